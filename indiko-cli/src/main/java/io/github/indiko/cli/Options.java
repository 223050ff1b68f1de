package io.github.indiko.cli;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.structure.Level;
import io.github.indiko.reports.ReportFormat;
import io.github.indiko.reports.ScoreScale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** Values of options that picocli does not convert on its own, and their checks. */
final class Options {
  /** The languages of the reports' own words, in indiko-reports' messages. */
  private static final List<String> REPORT_LANGUAGES = List.of("en", "fr");

  private Options() {}

  /**
   * Checks the language {@code --locale} asked for against those an edition's pages may be in: the
   * languages of the reports' own words (French, English) and the edition's default locale (that
   * of edition.json, which the pages are in without {@code --locale}). Tags are compared as BCP 47
   * tags, case aside.
   *
   * @param requested the value of {@code --locale}
   * @param definitions the edition's definitions
   * @param spec the command, for its usage message
   * @return {@code requested}
   * @throws ParameterException (exit 2) naming the value and the languages accepted
   */
  static Locale locale(Locale requested, EditionDefinitions definitions, CommandSpec spec) {
    Set<String> accepted = locales(definitions);
    String tag = requested.toLanguageTag();
    if (!accepted.contains(tag)) {
      throw new ParameterException(
          spec.commandLine(),
          "--locale "
              + tag
              + " is not a language of this edition's pages: expected one of "
              + String.join(", ", accepted));
    }
    return requested;
  }

  /**
   * @param definitions an edition's definitions
   * @return the languages its pages may be in, as normalised BCP 47 tags, sorted
   */
  static Set<String> locales(EditionDefinitions definitions) {
    Set<String> tags = new TreeSet<>(REPORT_LANGUAGES);
    tags.add(Locale.forLanguageTag(definitions.edition().defaultLocale()).toLanguageTag());
    return tags;
  }

  /** {@code raw}, {@code analysis} or {@code organisation}. */
  static final class LevelConverter implements ITypeConverter<Level> {
    @Override
    public Level convert(String value) {
      for (Level level : Level.values()) {
        if (level.id().equals(value)) {
          return level;
        }
      }
      throw new TypeConversionException(
          "expected raw, analysis or organisation, not '" + value + "'");
    }
  }

  /** {@code json}, {@code csv} or {@code html}. */
  static final class FormatConverter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      for (ReportFormat format : ReportFormat.values()) {
        if (format.id().equals(value)) {
          return format;
        }
      }
      throw new TypeConversionException("expected json, csv or html, not '" + value + "'");
    }
  }

  /** {@code 100} or {@code 10}. */
  static final class ScaleConverter implements ITypeConverter<ScoreScale> {
    @Override
    public ScoreScale convert(String value) {
      for (ScoreScale scale : ScoreScale.values()) {
        if (Integer.toString(scale.max()).equals(value)) {
          return scale;
        }
      }
      throw new TypeConversionException("expected 100 or 10, not '" + value + "'");
    }
  }

  /** A day of format v1, {@code 2017-12-01}: four digits of year, two of month and of day. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      if (value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        try {
          return LocalDate.parse(value);
        } catch (DateTimeException e) {
          // Refused below, with every other text that is not a day.
        }
      }
      throw new TypeConversionException("expected a day such as 2017-12-01, not '" + value + "'");
    }
  }

  /** A BCP 47 language tag such as {@code fr} or {@code en}. */
  static final class LocaleConverter implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      Locale locale = Locale.forLanguageTag(value);
      if (locale.getLanguage().isEmpty()) {
        throw new TypeConversionException(
            "expected a language tag such as fr or en, not '" + value + "'");
      }
      return locale;
    }
  }
}

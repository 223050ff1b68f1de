package io.github.indiko.cli;

import io.github.indiko.core.structure.Level;
import io.github.indiko.reports.ReportFormat;
import io.github.indiko.reports.ScoreScale;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Values of options that picocli does not convert on its own. */
final class Options {
  private Options() {}

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

  /** A BCP 47 language tag such as {@code fr} or {@code en}. */
  static final class LocaleConverter implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      Locale locale = Locale.forLanguageTag(value);
      if (locale.getLanguage().isEmpty()) {
        throw new TypeConversionException("expected a language tag such as fr or en, not '" + value + "'");
      }
      return locale;
    }
  }
}

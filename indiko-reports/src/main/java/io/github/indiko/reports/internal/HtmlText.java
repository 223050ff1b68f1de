package io.github.indiko.reports.internal;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.LocalizedText.Choice;
import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.internal.Bundle;
import io.github.indiko.core.internal.Bundles;
import io.github.indiko.core.internal.Markup;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.SegmentValue;
import io.github.indiko.core.structure.Category;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.reports.AgreementReport;
import io.github.indiko.reports.HtmlOptions;
import io.github.indiko.reports.ScoreScale;
import io.github.indiko.scoring.Agreement;
import io.github.indiko.scoring.StructureResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The words and numbers of one page: interface strings from the language's bundle ({@code
 * messages_fr.properties} or {@code messages_en.properties}, read as UTF-8, placeholders {@code {0}}
 * replaced literally: no MessageFormat), labels from the definitions in the page's language, and
 * numbers with one decimal, half-up, in the language's notation. Not thread-safe: one per page.
 */
final class HtmlText {
  private static final Map<String, Bundle> BUNDLES =
      Map.of("fr", load("fr"), "en", load("en"));

  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private final String language;
  private final Bundle messages;
  private final ScoreScale scale;
  private final EditionDefinitions definitions;
  private final DecimalFormat oneDecimal;
  private final DecimalFormat twoDecimals;
  private final DecimalFormat threeDecimals;
  private final DecimalFormat integer;

  private HtmlText(String language, ScoreScale scale, EditionDefinitions definitions) {
    this.language = language;
    this.messages = BUNDLES.get(language);
    this.scale = scale;
    this.definitions = definitions;
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    boolean french = language.equals("fr");
    symbols.setDecimalSeparator(french ? ',' : '.');
    symbols.setGroupingSeparator(french ? '\u202F' : ',');
    symbols.setMinusSign('\u2212');
    this.oneDecimal = new DecimalFormat("#,##0.0", symbols);
    this.twoDecimals = new DecimalFormat("#,##0.00", symbols);
    this.threeDecimals = new DecimalFormat("#,##0.000", symbols);
    this.integer = new DecimalFormat("#,##0", symbols);
  }

  /**
   * @return French for a locale of language {@code fr}, English for any other
   */
  static HtmlText of(EditionDefinitions definitions, HtmlOptions options) {
    String language = options.locale().getLanguage().equals("fr") ? "fr" : "en";
    return new HtmlText(language, options.scale(), definitions);
  }

  /** The language of the page: {@code fr} or {@code en}. */
  String language() {
    return language;
  }

  /**
   * An interface string with {@code {0}}, {@code {1}}… replaced by the arguments, as they are.
   *
   * @throws IllegalStateException when the bundle has no such key
   */
  String msg(String key, Object... args) {
    return messages.msg(key, args);
  }

  /**
   * An interface string as markup, its placeholders replaced by markup (escaped data, numbers):
   * the string itself is escaped, the arguments are not.
   */
  String markup(String key, String... markupArgs) {
    return Bundles.fill(Markup.escape(msg(key)), markupArgs);
  }

  /** A day: {@code 01/12/2017} in French, {@code 2017-12-01} in English. */
  String date(LocalDate day) {
    return language.equals("fr") ? FRENCH_DATE.format(day) : day.toString();
  }

  /** What stands for a number that does not exist. */
  String none() {
    return msg("value.none");
  }

  /** One decimal, half-up, in the page's notation. */
  String decimal(double value) {
    return oneDecimal.format(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP));
  }

  /** Two decimals, half-up (correlations). */
  String decimal2(double value) {
    return twoDecimals.format(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
  }

  /**
   * Krippendorff's alpha, three decimals, half-up: the precision its thresholds (0.800, 0.667)
   * are read at (analysis.md §A5).
   */
  String alpha(@Nullable Double value) {
    if (value == null) {
      return none();
    }
    return threeDecimals.format(BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP));
  }

  /** How two values of an alpha differ, e.g. nominal. */
  String agreementLevel(Agreement.Level level) {
    return msg("agr.level." + level.code());
  }

  /** How far observations with an alpha can be relied on. */
  String reading(AgreementReport.Reading reading) {
    return msg("agr.reading." + reading.id());
  }

  /** A count, grouped. */
  String count(long value) {
    return integer.format(value);
  }

  /** A score of 0–100 on the page's scale, one decimal, without its suffix. */
  String scoreBare(double value) {
    BigDecimal exact = BigDecimal.valueOf(value);
    if (scale == ScoreScale.TEN) {
      exact = exact.movePointLeft(1);
    }
    return oneDecimal.format(exact.setScale(1, RoundingMode.HALF_UP));
  }

  /** A score of 0–100 on the page's scale with its suffix, e.g. {@code 8,3/10}. */
  String score(@Nullable Double value) {
    return value == null ? none() : scoreBare(value) + suffix();
  }

  /** The scale's suffix: {@code /100} or {@code /10}. */
  String suffix() {
    return "/" + scale.max();
  }

  /** A difference of scores on the page's scale, signed, e.g. {@code +0,4}. */
  String scoreChange(@Nullable Double value) {
    if (value == null) {
      return none();
    }
    String text = scoreBare(value);
    return isPositive(text) ? "+" + text : text;
  }

  /** A share of 0–100 as a percentage. */
  String percent(@Nullable Double value) {
    if (value == null) {
      return none();
    }
    return decimal(value) + (language.equals("fr") ? "\u202F%" : "%");
  }

  /** A difference of percentages, signed, in points. */
  String pointsChange(double value) {
    String text = decimal(value);
    return (isPositive(text) ? "+" + text : text) + msg("unit.points");
  }

  /** A value on −100…100 (net satisfaction, NPS), not rescaled. */
  String signed(@Nullable Double value) {
    return value == null ? none() : decimal(value);
  }

  /** An interval of scores on the page's scale, e.g. {@code [7,1 ; 8,4]}. */
  String scoreInterval(io.github.indiko.scoring.spi.@Nullable Interval ci) {
    return ci == null ? none() : msg("interval", scoreBare(ci.low()), scoreBare(ci.high()));
  }

  /** An interval of percentages or of a value on −100…100, not rescaled. */
  String interval(io.github.indiko.scoring.spi.@Nullable Interval ci) {
    return ci == null ? none() : msg("interval", decimal(ci.low()), decimal(ci.high()));
  }

  private static boolean isPositive(String formatted) {
    return !formatted.startsWith("\u2212") && !formatted.matches("[0.,]+");
  }

  /** A theme: its name for domain.md's themes and {@code overall}, else its id. */
  String theme(@Nullable Theme theme) {
    return theme == null ? none() : messages.find("theme." + theme.id()).orElse(theme.id());
  }

  /** A channel: its name for domain.md's channels, else its id. */
  String channel(Channel channel) {
    return messages.find("channel." + channel.id()).orElse(channel.id());
  }

  String source(Source source) {
    return msg("source." + source.id());
  }

  /** A category: its type's name and its size band. */
  String category(Category category) {
    return msg(
        "category",
        msg("stype." + category.type().id()),
        msg("band." + category.band().id()));
  }

  String level(Level level) {
    return msg("level." + level.id());
  }

  String reason(RejectReason reason) {
    return msg("reason." + reason.code());
  }

  /**
   * A question's label, or its id when no version of the questionnaire has it: the label of the
   * newest version that asks it (analysis.md §A4).
   */
  Choice question(QuestionId id) {
    Questionnaire version = newestAsking(id);
    return version == null
        ? new Choice(language, id.value())
        : localized(version.question(id).orElseThrow().label(), version.defaultLocale());
  }

  /** The newest version of the questionnaire that asks the question, or null. */
  private @Nullable Questionnaire newestAsking(QuestionId id) {
    Questionnaire newest = null;
    for (Questionnaire version : definitions.questionnaires()) {
      if ((newest == null || version.version() > newest.version())
          && version.question(id).isPresent()) {
        newest = version;
      }
    }
    return newest;
  }

  /** A criterion's label, or its id. */
  Choice criterion(CriterionId id) {
    return definitions
        .grid()
        .criterion(id)
        .map(c -> localized(c.label(), definitions.grid().defaultLocale()))
        .orElse(new Choice(language, id.value()));
  }

  /** The label of a questionnaire or grid item id: a question, else a criterion. */
  Choice item(String id, Source source) {
    return source == Source.SURVEY ? question(new QuestionId(id)) : criterion(new CriterionId(id));
  }

  /** A segment key's label, or the key when the questionnaire does not declare it. */
  Choice segment(String key) {
    Questionnaire questionnaire = definitions.questionnaire();
    int position = questionnaire.segmentPosition(key);
    return position < 0
        ? new Choice(language, key)
        : localized(questionnaire.segments().get(position).label(), questionnaire.defaultLocale());
  }

  /**
   * A segment value's label: "not given" for the responses without the key ({@code (none)}), the
   * declared value's label, else the value itself.
   */
  Choice segmentValue(String key, String value) {
    if (value.equals(StructureResult.NO_SEGMENT_VALUE)) {
      return new Choice(language, msg("seg.none"));
    }
    Questionnaire questionnaire = definitions.questionnaire();
    int position = questionnaire.segmentPosition(key);
    if (position >= 0) {
      for (SegmentValue declared : questionnaire.segments().get(position).values()) {
        if (declared.value().equals(value)) {
          return localized(declared.label(), questionnaire.defaultLocale());
        }
      }
    }
    return new Choice(language, value);
  }

  /**
   * What a value of a question's distribution says: the option's label, {@code yes} and {@code
   * no} translated, a rating point with its label, else the value itself.
   */
  Choice distributionValue(QuestionId id, String value) {
    Questionnaire version = newestAsking(id);
    Optional<Question> question = version == null ? Optional.empty() : version.question(id);
    String tag = (version == null ? definitions.questionnaire() : version).defaultLocale();
    if (question.isPresent()) {
      QuestionType type = question.get().type();
      List<Option> options = List.of();
      if (type instanceof QuestionType.SingleChoice single) {
        options = single.options();
      } else if (type instanceof QuestionType.MultiChoice multi) {
        options = multi.options();
      } else if (type instanceof QuestionType.YesNo && (value.equals("yes") || value.equals("no"))) {
        return new Choice(language, msg("answer." + value));
      } else if (type instanceof QuestionType.Rating rating) {
        try {
          LocalizedText point = rating.labels().get(Integer.valueOf(value));
          if (point != null) {
            Choice label = localized(point, tag);
            return new Choice(label.tag(), value + " – " + label.text());
          }
        } catch (NumberFormatException e) {
          return new Choice(language, value);
        }
      }
      for (Option option : options) {
        if (option.value().equals(value)) {
          return localized(option.label(), tag);
        }
      }
    }
    return new Choice(language, value);
  }

  /** The edition's name in the page's language, else its default locale. */
  Choice editionName(LocalizedText name) {
    return localized(name, definitions.edition().defaultLocale());
  }

  /**
   * The text in the page's language, else in {@code defaultTag}, else the first text: {@link
   * LocalizedText#choose}.
   */
  Choice localized(LocalizedText text, String defaultTag) {
    return text.choose(language, defaultTag);
  }

  /** Reads a bundle here: in a named module, only this module may open its resources. */
  private static Bundle load(String language) {
    return Bundle.load(name -> HtmlText.class.getResourceAsStream(name), language);
  }
}

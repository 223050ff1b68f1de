package io.github.indiko.core;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.EditionId;
import io.github.indiko.core.edition.MinimumAudits;
import io.github.indiko.core.edition.ScoringSettings;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.StrategyRef;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.edition.TrophySettings;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Scale;
import io.github.indiko.core.questionnaire.Section;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.structure.StructureType;
import io.github.indiko.core.structure.Territory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Random, valid domain objects of format v1 for property-based tests, independent of any
 * property-testing framework: each factory takes a {@link RandomGenerator} (a {@link
 * java.util.SplittableRandom} seeded by the framework) and returns an object that the format's
 * readers accept on its own (cross-document rules aside). Deterministic for a given seed.
 */
public final class DomainGenerators {
  private static final String ID_FIRST = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String ID_REST = ID_FIRST + "._-";
  private static final List<String> LOCALES = List.of("fr", "en", "de", "br", "oc", "fr-CA");
  private static final List<String> ZONES =
      List.of("Europe/Paris", "UTC", "America/Cayenne", "Pacific/Noumea", "Indian/Reunion", "+02:00");
  private static final String TEXT_CHARS = "aAzZ09 éèçÉ'\"\\/<>&{}[]:,\n\t€ß";
  private static final List<String> EMOJI = List.of("😀", "🏛", "✓");
  private static final LocalDate EPOCH = LocalDate.of(2017, 1, 1);

  private DomainGenerators() {}

  /**
   * @return an identifier of format v1, 1 to 64 characters, usually short
   */
  public static String identifier(RandomGenerator random) {
    int length = random.nextInt(8) == 0 ? 1 + random.nextInt(64) : 1 + random.nextInt(10);
    StringBuilder id = new StringBuilder();
    id.append(ID_FIRST.charAt(random.nextInt(ID_FIRST.length())));
    while (id.length() < length) {
      id.append(ID_REST.charAt(random.nextInt(ID_REST.length())));
    }
    return id.toString();
  }

  /**
   * @return {@code count} distinct identifiers
   */
  public static List<String> identifiers(RandomGenerator random, int count) {
    Set<String> ids = new LinkedHashSet<>();
    while (ids.size() < count) {
      ids.add(identifier(random));
    }
    return List.copyOf(ids);
  }

  /**
   * @return a text of 0 to {@code max} characters mixing accents, quotes, escapes and emoji
   */
  public static String text(RandomGenerator random, int max) {
    int length = random.nextInt(max + 1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      if (random.nextInt(20) == 0) {
        text.append(EMOJI.get(random.nextInt(EMOJI.size())));
      } else {
        text.append(TEXT_CHARS.charAt(random.nextInt(TEXT_CHARS.length())));
      }
    }
    return text.toString();
  }

  /**
   * @return a non-empty text of at most {@code max} characters
   */
  public static String nonEmptyText(RandomGenerator random, int max) {
    String text = text(random, max - 1);
    return text + "x";
  }

  /**
   * @return a localized text holding {@code defaultLocale} and up to three other languages
   */
  public static LocalizedText localizedText(RandomGenerator random, String defaultLocale) {
    Map<String, String> values = new HashMap<>();
    values.put(defaultLocale, text(random, 30));
    int others = random.nextInt(4);
    for (int i = 0; i < others; i++) {
      values.put(pick(random, LOCALES), text(random, 30));
    }
    return new LocalizedText(values);
  }

  /**
   * @return a number of the form k / 8 in [min, max], both ends whole
   */
  public static double number(RandomGenerator random, int min, int max) {
    return min + random.nextInt((max - min) * 8 + 1) / 8.0;
  }

  /**
   * @return a weight in (0, 1000]
   */
  public static double weight(RandomGenerator random) {
    return random.nextBoolean() ? 1 + random.nextInt(5) : (1 + random.nextInt(8000)) / 8.0;
  }

  /**
   * @return a day in 2017 ± a few years
   */
  public static LocalDate date(RandomGenerator random) {
    return EPOCH.plusDays(random.nextInt(-2000, 2000));
  }

  /**
   * @return an inclusive range of dates
   */
  public static DateRange dateRange(RandomGenerator random) {
    LocalDate from = date(random);
    return new DateRange(from, from.plusDays(random.nextInt(200)));
  }

  /**
   * @return a valid edition, with defaults or random settings
   */
  public static Edition edition(RandomGenerator random) {
    String locale = pick(random, LOCALES);
    List<Channel> channels = new ArrayList<>();
    for (String id : identifiers(random, random.nextInt(3))) {
      channels.add(new Channel(id));
    }
    Set<Channel> known = new LinkedHashSet<>(Channel.BUILT_IN);
    known.addAll(channels);
    return new Edition(
        new EditionId(identifier(random)),
        localizedText(random, locale),
        locale,
        ZoneId.of(pick(random, ZONES)),
        dateRange(random),
        dateRange(random),
        new DefinitionRef(identifier(random), 1 + random.nextInt(20)),
        new DefinitionRef(identifier(random), 1 + random.nextInt(20)),
        random.nextInt(4) == 0 ? ScoringSettings.defaults() : scoring(random, List.copyOf(known)),
        random.nextInt(4) == 0
            ? TrophySettings.defaults()
            : new TrophySettings(1 + random.nextInt(10), random.nextInt(100)),
        maybe(random, () -> "../" + identifier(random) + "/results.json"),
        channels);
  }

  /**
   * @param known the channels a per-channel {@code minimumAudits} may name
   * @return valid scoring settings
   */
  public static ScoringSettings scoring(RandomGenerator random, List<Channel> known) {
    Map<Theme, Double> themes = new HashMap<>();
    for (Theme theme : Theme.BUILT_IN) {
      if (random.nextInt(4) != 0) {
        themes.put(theme, weight(random));
      }
    }
    for (String id : identifiers(random, random.nextInt(3))) {
      if (!id.equals(Theme.OVERALL.id())) {
        themes.put(new Theme(id), weight(random));
      }
    }
    Map<Source, Double> sources = new HashMap<>();
    sources.put(Source.SURVEY, number(random, 0, 5));
    if (random.nextBoolean()) {
      sources.put(Source.AUDIT, number(random, 1, 5));
    } else if (sources.get(Source.SURVEY) == 0) {
      sources.put(Source.SURVEY, 1.0);
    }
    MinimumAudits minimumAudits;
    if (random.nextBoolean()) {
      minimumAudits = new MinimumAudits.Total(random.nextInt(10));
    } else {
      Map<Channel, Integer> counts = new HashMap<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        counts.put(pick(random, known), random.nextInt(10));
      }
      minimumAudits = new MinimumAudits.PerChannel(counts);
    }
    return new ScoringSettings(
        strategy(random),
        strategy(random),
        strategy(random),
        themes,
        sources,
        random.nextInt(200),
        minimumAudits,
        (1 + random.nextInt(98)) / 100.0,
        5 + random.nextInt(50),
        number(random, 0, 100),
        random.nextBoolean());
  }

  /**
   * @return a strategy by name, with string, number and boolean parameters half of the time
   */
  public static StrategyRef strategy(RandomGenerator random) {
    String name = identifier(random);
    if (random.nextBoolean()) {
      return StrategyRef.of(name);
    }
    Map<String, Object> parameters = new HashMap<>();
    for (String key : identifiers(random, 1 + random.nextInt(3))) {
      if (key.equals("strategy")) {
        continue;
      }
      switch (random.nextInt(3)) {
        case 0 -> parameters.put(key, text(random, 10));
        case 1 -> parameters.put(key, number(random, -100, 100));
        default -> parameters.put(key, random.nextBoolean());
      }
    }
    return new StrategyRef(name, parameters);
  }

  /**
   * @return 0 to 8 structures with distinct ids
   */
  public static List<Structure> structures(RandomGenerator random) {
    List<Structure> structures = new ArrayList<>();
    for (String id : identifiers(random, random.nextInt(9))) {
      structures.add(structure(random, new StructureId(id)));
    }
    return structures;
  }

  /**
   * @return a structure with that id
   */
  public static Structure structure(RandomGenerator random, StructureId id) {
    List<Channel> channels = null;
    if (random.nextBoolean()) {
      channels = new ArrayList<>();
      for (Channel channel : Channel.BUILT_IN) {
        if (random.nextBoolean()) {
          channels.add(channel);
        }
      }
    }
    return new Structure(
        id,
        nonEmptyText(random, 40),
        pick(random, List.of(StructureType.values())),
        maybe(random, () -> (long) random.nextInt(0, 3_000_000)),
        maybe(
            random,
            () ->
                new Territory(
                    maybe(random, () -> text(random, 3)),
                    maybe(random, () -> text(random, 3)),
                    maybe(random, () -> text(random, 5)))),
        channels);
  }

  /**
   * @return 0 to 8 enrolments (structures need not exist: cross-document rules aside)
   */
  public static List<Enrolment> enrolments(RandomGenerator random) {
    List<Enrolment> enrolments = new ArrayList<>();
    for (int i = random.nextInt(9); i > 0; i--) {
      enrolments.add(
          new Enrolment(
              new StructureId(identifier(random)),
              date(random),
              pick(random, List.of(Level.values()))));
    }
    return enrolments;
  }

  /**
   * @return a questionnaire of 0 to 3 sections with distinct ids, question ids distinct across
   *     sections, every question type represented over many draws
   */
  public static Questionnaire questionnaire(RandomGenerator random) {
    String locale = pick(random, LOCALES);
    List<String> sectionIds = identifiers(random, random.nextInt(4));
    int[] sizes = new int[sectionIds.size()];
    int total = 0;
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = random.nextInt(6);
      total += sizes[i];
    }
    List<String> questionIds = identifiers(random, total);
    List<Section> sections = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < sizes.length; i++) {
      List<Question> questions = new ArrayList<>();
      for (int q = 0; q < sizes[i]; q++) {
        questions.add(question(random, new QuestionId(questionIds.get(next++)), locale));
      }
      sections.add(
          new Section(
              sectionIds.get(i),
              maybe(random, () -> localizedText(random, locale)),
              questions));
    }
    return new Questionnaire(
        identifier(random),
        1 + random.nextInt(20),
        locale,
        localizedText(random, locale),
        sections);
  }

  /**
   * @return a question of a random type
   */
  public static Question question(RandomGenerator random, QuestionId id, String locale) {
    return new Question(
        id,
        questionType(random, locale),
        localizedText(random, locale),
        maybe(random, () -> localizedText(random, locale)),
        maybe(random, () -> new Theme(identifier(random))),
        weight(random),
        random.nextBoolean(),
        maybe(random, () -> nonEmptyText(random, 60)));
  }

  /**
   * @return one of the eight question types with random members
   */
  public static QuestionType questionType(RandomGenerator random, String locale) {
    switch (random.nextInt(8)) {
      case 0:
        int min = random.nextInt(-2, 6);
        Scale scale = new Scale(min, min + 1 + random.nextInt(10));
        Map<Integer, LocalizedText> labels = new HashMap<>();
        for (int point = scale.min(); point <= scale.max(); point++) {
          if (random.nextInt(3) == 0) {
            labels.put(point, localizedText(random, locale));
          }
        }
        return new QuestionType.Rating(scale, labels, 1 + random.nextInt(scale.points() - 1));
      case 1:
        return new QuestionType.Nps();
      case 2:
        return new QuestionType.YesNo(random.nextBoolean());
      case 3:
        return new QuestionType.SingleChoice(options(random, locale, true));
      case 4:
        List<Option> options = options(random, locale, false);
        Integer minSelected = maybe(random, () -> random.nextInt(options.size() + 1));
        int lowestMax = minSelected == null ? 1 : Math.max(1, minSelected);
        Integer maxSelected =
            maybe(random, () -> lowestMax + random.nextInt(options.size() - lowestMax + 1));
        return new QuestionType.MultiChoice(options, minSelected, maxSelected);
      case 5:
        Double low = maybe(random, () -> number(random, -1000, 1000));
        Double high = maybe(random, () -> (low == null ? 0 : low) + number(random, 0, 1000));
        return new QuestionType.Number(
            low,
            high,
            random.nextBoolean(),
            maybe(random, () -> identifier(random)),
            maybe(random, () -> target(random)));
      case 6:
        return new QuestionType.Text(1 + random.nextInt(QuestionType.Text.LIMIT));
      default:
        LocalDate from = maybe(random, () -> date(random));
        LocalDate to =
            maybe(random, () -> (from == null ? date(random) : from).plusDays(random.nextInt(400)));
        return new QuestionType.Date(from, to);
    }
  }

  /**
   * @return 2 to 8 options with distinct values, scored only when {@code scored}
   */
  public static List<Option> options(RandomGenerator random, String locale, boolean scored) {
    List<Option> options = new ArrayList<>();
    for (String value : identifiers(random, 2 + random.nextInt(7))) {
      options.add(
          new Option(
              random.nextInt(4) == 0 ? value + " " + text(random, 5) : value,
              localizedText(random, locale),
              scored ? maybe(random, () -> number(random, 0, 100)) : null,
              maybe(random, random::nextBoolean)));
    }
    return options;
  }

  /**
   * @return a target whose good and bad values differ
   */
  public static Target target(RandomGenerator random) {
    double good = number(random, -100, 100);
    double bad = good + (random.nextBoolean() ? 1 : -1) * (1 + number(random, 0, 100));
    return new Target(good, bad);
  }

  /**
   * @return a grid of 0 to 8 criteria with distinct ids
   */
  public static Grid grid(RandomGenerator random) {
    String locale = pick(random, LOCALES);
    List<Criterion> criteria = new ArrayList<>();
    for (String id : identifiers(random, random.nextInt(9))) {
      criteria.add(criterion(random, new CriterionId(id), locale));
    }
    return new Grid(
        identifier(random),
        1 + random.nextInt(20),
        locale,
        localizedText(random, locale),
        criteria);
  }

  /**
   * @return a check or a measure criterion
   */
  public static Criterion criterion(RandomGenerator random, CriterionId id, String locale) {
    CriterionType type;
    if (random.nextBoolean()) {
      type = new CriterionType.Check();
    } else {
      Double low = maybe(random, () -> number(random, 0, 100));
      Double high = maybe(random, () -> (low == null ? 0 : low) + number(random, 0, 2000));
      type =
          new CriterionType.Measure(
              low,
              high,
              random.nextBoolean(),
              maybe(random, () -> identifier(random)),
              maybe(random, () -> target(random)));
    }
    return new Criterion(
        id,
        random.nextInt(4) == 0 ? new Channel(identifier(random)) : pick(random, Channel.BUILT_IN),
        type,
        localizedText(random, locale),
        maybe(random, () -> pick(random, Theme.BUILT_IN)),
        weight(random),
        maybe(random, () -> nonEmptyText(random, 60)));
  }

  private static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static <T> @Nullable T maybe(RandomGenerator random, Supplier<T> value) {
    return random.nextBoolean() ? value.get() : null;
  }
}

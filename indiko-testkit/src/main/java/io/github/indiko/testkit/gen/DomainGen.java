package io.github.indiko.testkit.gen;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.Target;
import io.github.indiko.core.condition.QuestionnaireConditions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.EditionId;
import io.github.indiko.core.edition.EditionState;
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
import io.github.indiko.testkit.property.Gen;
import io.github.indiko.testkit.property.RandomSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Generators of the definition documents of format v1 (formats.md): ids, texts, editions with
 * their settings, structures, enrolments, questionnaires of every question type with valid {@code
 * when} conditions, grids, and whole consistent {@link EditionDefinitions}. Every value is valid on
 * its own (the readers of format v1 accept it once written); {@link #definitions()} is also valid
 * across documents. Texts mix accents, quotes, escapes and emoji.
 *
 * <p>Every generator draws from a {@link RandomSource} only, so it is deterministic for a seed and
 * shrinks toward simpler values (fewer sections, questions and criteria, shorter ids and texts, the
 * first question type, no optional member). Immutable and thread-safe.
 */
public final class DomainGen {
  private static final String ID_FIRST = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String ID_REST = ID_FIRST + "._-";
  private static final String NAME_FIRST = "abcdefghijklmnopqrstuvwxyz";
  private static final String NAME_REST = NAME_FIRST + "0123456789_";
  private static final List<String> LOCALES = List.of("fr", "en", "de", "br", "oc", "fr-CA");
  private static final List<String> ZONES =
      List.of("Europe/Paris", "UTC", "America/Cayenne", "Pacific/Noumea", "Indian/Reunion", "+02:00");
  private static final String TEXT_CHARS = "aAzZ09 éèçÉ'\"\\/<>&{}[]:,\n\t€ß";
  private static final List<String> EMOJI = List.of("😀", "🏛", "✓");
  private static final LocalDate EPOCH = LocalDate.of(2017, 1, 1);

  private DomainGen() {}

  // ------------------------------------------------------------------ scalars

  /**
   * @return identifiers of format v1, 1 to 64 characters, usually short; shrinking toward {@code a}
   */
  public static Gen<String> identifiers() {
    return DomainGen::identifier;
  }

  /**
   * @return identifiers that a {@code when} condition can name ({@code [a-z][a-z0-9_]{0,63}}, not a
   *     keyword), also valid identifiers of format v1
   */
  public static Gen<String> conditionNames() {
    return DomainGen::conditionName;
  }

  /**
   * @param max the most code points, not negative
   * @return texts of 0 to {@code max} code points mixing accents, quotes, escapes and emoji
   */
  public static Gen<String> texts(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("a text has at least 0 code points: " + max);
    }
    return source -> text(source, max);
  }

  /**
   * @param defaultLocale the language tag the texts must hold
   * @return localized texts holding {@code defaultLocale} and up to three other languages
   */
  public static Gen<LocalizedText> localizedTexts(String defaultLocale) {
    return source -> localizedText(source, defaultLocale);
  }

  /**
   * @return days of 2017 ± a few years, shrinking toward 2017-01-01
   */
  public static Gen<LocalDate> dates() {
    return DomainGen::date;
  }

  /**
   * @return inclusive ranges of up to 200 days
   */
  public static Gen<DateRange> dateRanges() {
    return DomainGen::dateRange;
  }

  /**
   * @return item and theme weights in (0, 1000], often whole
   */
  public static Gen<Double> weights() {
    return DomainGen::weight;
  }

  /**
   * @return targets whose good and bad values differ
   */
  public static Gen<Target> targets() {
    return DomainGen::target;
  }

  // ------------------------------------------------------------------ editions

  /**
   * @return valid editions, with default or random settings, naming a random questionnaire and
   *     grid, half of them with a state set by the operator, one in four naming two or three
   *     versions of the questionnaire (analysis.md §A4) in a drawn order
   */
  public static Gen<Edition> editions() {
    List<EditionState> states = List.of(EditionState.values());
    return source -> {
      Edition edition =
          edition(source).withState(Draws.maybe(source, () -> Draws.pick(source, states)));
      if (!Draws.oneIn(source, 4)) {
        return edition;
      }
      DefinitionRef first = edition.questionnaire();
      List<DefinitionRef> versions = new ArrayList<>(List.of(first));
      for (int v = Draws.between(source, 1, 2); v > 0; v--) {
        DefinitionRef last = versions.get(versions.size() - 1);
        versions.add(new DefinitionRef(first.id(), last.version() + Draws.between(source, 1, 9)));
      }
      return edition.withQuestionnaires(Gen.permutations(versions).generate(source));
    };
  }

  /**
   * @param known the channels a per-channel {@code minimumAudits} may name, at least one
   * @return valid scoring settings
   */
  public static Gen<ScoringSettings> scoringSettings(List<Channel> known) {
    List<Channel> copy = List.copyOf(known);
    return source -> scoring(source, copy);
  }

  /**
   * @return strategy references by name, with string, number and boolean parameters half of the
   *     time
   */
  public static Gen<StrategyRef> strategies() {
    return DomainGen::strategy;
  }

  // ------------------------------------------------------------------ structures

  /**
   * @return lists of 0 to 8 structures with distinct ids
   */
  public static Gen<List<Structure>> structures() {
    return source -> structures(source, 0, 8);
  }

  /**
   * @param id the structure's id
   * @return structures with that id, offering every channel or some built-in ones
   */
  public static Gen<Structure> structures(StructureId id) {
    return source -> structure(source, id);
  }

  /**
   * @return lists of 0 to 8 enrolments of random structures on random days (valid on their own;
   *     {@link #definitions()} makes them consistent)
   */
  public static Gen<List<Enrolment>> enrolments() {
    return source -> {
      List<Enrolment> enrolments = new ArrayList<>();
      for (int i = Draws.between(source, 0, 8); i > 0; i--) {
        enrolments.add(
            new Enrolment(
                new StructureId(identifier(source)),
                date(source),
                Draws.pick(source, List.of(Level.values()))));
      }
      return enrolments;
    };
  }

  // ------------------------------------------------------------------ questionnaires

  /**
   * @return questionnaires of 0 to 3 sections of 0 to 5 questions, ids distinct across sections,
   *     every question type over many draws, about half of the questions with a valid {@code when}
   *     ({@link io.github.indiko.core.condition.QuestionnaireConditions#compile} accepts it), half
   *     of them declaring segments ({@link SegmentGen#segments})
   */
  public static Gen<Questionnaire> questionnaires() {
    return source ->
        questionnaire(source, s -> Draws.maybe(s, () -> new Theme(identifier(s))), false);
  }

  /**
   * @param locale the questionnaire's default locale
   * @return question types of the eight kinds with random members
   */
  public static Gen<QuestionType> questionTypes(String locale) {
    return source -> questionType(source, locale);
  }

  /**
   * @return grids of 0 to 8 criteria with distinct ids, checks and measures, on built-in or other
   *     channels, about half of them with a valid {@code when} ({@link
   *     io.github.indiko.core.condition.GridConditions#compile} accepts it)
   */
  public static Gen<Grid> grids() {
    return source ->
        grid(
            source,
            s -> Draws.oneIn(s, 4) ? new Channel(identifier(s)) : Draws.pick(s, Channel.BUILT_IN),
            s -> Draws.maybe(s, () -> Draws.pick(s, Theme.BUILT_IN)),
            0,
            Set.of());
  }

  // ------------------------------------------------------------------ definitions

  /**
   * Whole definitions that the edition folder's cross-document checks accept: the edition names
   * the questionnaire and grid; structures offer known channels; enrolments name distinct
   * structures within the registration window; themes and channels are known; no criterion id is
   * a question id. Built so that every reason of {@link InvalidLines} can be produced: at least two
   * structures, the first enrolled and offering every channel, the last not enrolled; a first
   * question that is required and can be named in conditions, and a last one shown only when the
   * first is unanswered; at least one criterion. One in three names two or three versions of its
   * questionnaire (analysis.md §A4), in a drawn order, each newer one made from the one before: a
   * question no condition reads dropped (never the first nor the last), a question added, a label
   * reworded; every version keeps the first and last questions, and the scoring members of the
   * questions they share are the same.
   *
   * @return consistent definitions of an edition
   */
  public static Gen<EditionDefinitions> definitions() {
    return source -> {
      Edition drawn = edition(source);
      Set<Theme> themes = new LinkedHashSet<>(Theme.BUILT_IN);
      themes.add(Theme.OVERALL);
      themes.addAll(drawn.scoring().themes().keySet());
      List<Theme> known = List.copyOf(themes);
      Questionnaire questionnaire =
          questionnaire(source, s -> Draws.maybe(s, () -> Draws.pick(s, known)), true);
      Set<String> questionIds = new HashSet<>();
      questionnaire.questions().forEach(q -> questionIds.add(q.id().value()));
      List<Channel> channels = List.copyOf(drawn.knownChannels());
      Grid grid =
          grid(
              source,
              s -> Draws.pick(s, channels),
              s -> Draws.maybe(s, () -> Draws.pick(s, known)),
              1,
              questionIds);
      Edition edition =
          new Edition(
              drawn.id(),
              drawn.name(),
              drawn.defaultLocale(),
              drawn.timeZone(),
              drawn.registration(),
              drawn.collection(),
              questionnaire.ref(),
              grid.ref(),
              drawn.scoring(),
              drawn.trophies(),
              drawn.previous(),
              drawn.channels());
      List<Structure> structures = structures(source, 2, 6);
      Structure first = structures.get(0);
      structures.set(
          0,
          new Structure(
              first.id(),
              first.name(),
              first.type(),
              first.population(),
              first.territory(),
              null));
      DateRange registration = edition.registration();
      int days = (int) ChronoUnit.DAYS.between(registration.from(), registration.to());
      List<Enrolment> enrolments = new ArrayList<>();
      for (int i = 0; i < structures.size() - 1; i++) {
        if (i == 0 || Draws.coin(source)) {
          enrolments.add(
              new Enrolment(
                  structures.get(i).id(),
                  registration.from().plusDays(Draws.between(source, 0, days)),
                  Draws.pick(source, List.of(Level.values()))));
        }
      }
      if (!Draws.oneIn(source, 3)) {
        return new EditionDefinitions(edition, structures, enrolments, questionnaire, grid);
      }
      Set<String> taken = new HashSet<>(questionIds);
      grid.criteria().forEach(criterion -> taken.add(criterion.id().value()));
      List<Questionnaire> versions = versions(source, questionnaire, known, taken);
      return EditionDefinitions.ofVersions(
          edition.withQuestionnaires(versions.stream().map(Questionnaire::ref).toList()),
          structures,
          enrolments,
          versions,
          grid,
          null);
    };
  }

  /**
   * @param base the oldest version
   * @param themes the themes an added question may have
   * @param taken the ids an added question may not have, question and criterion ids; added to
   * @return two or three versions, each newer one made from the one before, in a drawn order
   */
  static List<Questionnaire> versions(
      RandomSource source, Questionnaire base, List<Theme> themes, Set<String> taken) {
    List<Questionnaire> versions = new ArrayList<>(List.of(base));
    for (int v = Draws.between(source, 2, 3); v > 1; v--) {
      versions.add(newer(source, versions.get(versions.size() - 1), themes, taken));
    }
    return Gen.permutations(versions).generate(source);
  }

  /**
   * The next version: a question no condition reads dropped (neither the first nor the last), a
   * question added after the first, a label reworded.
   */
  private static Questionnaire newer(
      RandomSource source, Questionnaire older, List<Theme> themes, Set<String> taken) {
    List<Question> questions = older.questions();
    QuestionnaireConditions conditions = QuestionnaireConditions.compile(older);
    List<Integer> droppable = new ArrayList<>();
    for (int i = 1; i < questions.size() - 1; i++) {
      if (!conditions.isRead(i)) {
        droppable.add(i);
      }
    }
    QuestionId dropped =
        droppable.isEmpty() ? null : questions.get(Draws.pick(source, droppable)).id();
    QuestionId reworded = Draws.pick(source, questions).id();
    String locale = older.defaultLocale();
    Question added =
        new Question(
            new QuestionId(Draws.unique(identifier(source), taken, '-')),
            questionType(source, locale),
            localizedText(source, locale),
            null,
            Draws.maybe(source, () -> Draws.pick(source, themes)),
            weight(source),
            Draws.coin(source),
            null);
    List<Section> sections = new ArrayList<>();
    for (Section section : older.sections()) {
      List<Question> kept = new ArrayList<>();
      for (Question question : section.questions()) {
        if (question.id().equals(dropped)) {
          continue;
        }
        kept.add(
            question.id().equals(reworded)
                ? new Question(
                    question.id(),
                    question.type(),
                    localizedText(source, locale),
                    question.help(),
                    question.theme(),
                    question.weight(),
                    question.required(),
                    question.when())
                : question);
        if (question.id().equals(questions.get(0).id())) {
          kept.add(added);
        }
      }
      sections.add(new Section(section.id(), section.title(), kept));
    }
    return new Questionnaire(
        older.id(), older.version() + 1, locale, older.title(), sections, older.segments());
  }

  // ------------------------------------------------------------------ package-private draws

  static String identifier(RandomSource source) {
    int length =
        Draws.oneIn(source, 8) ? Draws.between(source, 1, 64) : Draws.between(source, 1, 10);
    StringBuilder id = new StringBuilder();
    id.append(ID_FIRST.charAt((int) source.next(ID_FIRST.length() - 1L)));
    while (id.length() < length) {
      id.append(ID_REST.charAt((int) source.next(ID_REST.length() - 1L)));
    }
    return id.toString();
  }

  static String conditionName(RandomSource source) {
    int length =
        Draws.oneIn(source, 8) ? Draws.between(source, 1, 60) : Draws.between(source, 1, 10);
    StringBuilder id = new StringBuilder();
    id.append(NAME_FIRST.charAt((int) source.next(NAME_FIRST.length() - 1L)));
    while (id.length() < length) {
      id.append(NAME_REST.charAt((int) source.next(NAME_REST.length() - 1L)));
    }
    String name = id.toString();
    return Conditions.KEYWORDS.contains(name) ? name + "_q" : name;
  }

  static String text(RandomSource source, int max) {
    int length = Draws.between(source, 0, max);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      if (Draws.oneIn(source, 20)) {
        text.append(Draws.pick(source, EMOJI));
      } else {
        text.append(TEXT_CHARS.charAt((int) source.next(TEXT_CHARS.length() - 1L)));
      }
    }
    return text.toString();
  }

  static String nonEmptyText(RandomSource source, int max) {
    return text(source, max - 1) + "x";
  }

  static LocalizedText localizedText(RandomSource source, String defaultLocale) {
    Map<String, String> values = new HashMap<>();
    values.put(defaultLocale, text(source, 30));
    for (int others = Draws.between(source, 0, 3); others > 0; others--) {
      values.put(Draws.pick(source, LOCALES), text(source, 30));
    }
    return new LocalizedText(values);
  }

  /** A number k / 8 in [min, max], both ends whole, shrinking toward {@code min}. */
  static double number(RandomSource source, int min, int max) {
    return min + source.next((max - min) * 8L) / 8.0;
  }

  static double weight(RandomSource source) {
    return Draws.coin(source)
        ? Draws.between(source, 1, 8000) / 8.0
        : Draws.between(source, 1, 5);
  }

  static LocalDate date(RandomSource source) {
    long days = source.next(2000);
    return Draws.coin(source) ? EPOCH.minusDays(days) : EPOCH.plusDays(days);
  }

  static DateRange dateRange(RandomSource source) {
    LocalDate from = date(source);
    return new DateRange(from, from.plusDays(source.next(199)));
  }

  static Target target(RandomSource source) {
    double good = number(source, -100, 100);
    double gap = 1 + number(source, 0, 100);
    return new Target(good, Draws.coin(source) ? good - gap : good + gap);
  }

  static Edition edition(RandomSource source) {
    String locale = Draws.pick(source, LOCALES);
    Set<String> channelIds = new HashSet<>();
    Channel.BUILT_IN.forEach(channel -> channelIds.add(channel.id()));
    List<Channel> channels = new ArrayList<>();
    for (int i = Draws.between(source, 0, 2); i > 0; i--) {
      channels.add(new Channel(Draws.unique(identifier(source), channelIds, '-')));
    }
    List<Channel> known = new ArrayList<>(Channel.BUILT_IN);
    known.addAll(channels);
    return new Edition(
        new EditionId(identifier(source)),
        localizedText(source, locale),
        locale,
        ZoneId.of(Draws.pick(source, ZONES)),
        dateRange(source),
        dateRange(source),
        new DefinitionRef(identifier(source), Draws.between(source, 1, 20)),
        new DefinitionRef(identifier(source), Draws.between(source, 1, 20)),
        Draws.oneIn(source, 4) ? ScoringSettings.defaults() : scoring(source, known),
        Draws.oneIn(source, 4)
            ? TrophySettings.defaults()
            : new TrophySettings(Draws.between(source, 1, 10), Draws.between(source, 0, 99)),
        Draws.maybe(source, () -> "../" + identifier(source) + "/results.json"),
        channels);
  }

  static ScoringSettings scoring(RandomSource source, List<Channel> known) {
    Map<Theme, Double> themes = new HashMap<>();
    for (Theme theme : Theme.BUILT_IN) {
      if (!Draws.oneIn(source, 4)) {
        themes.put(theme, weight(source));
      }
    }
    for (int i = Draws.between(source, 0, 2); i > 0; i--) {
      String id = identifier(source);
      if (!id.equals(Theme.OVERALL.id())) {
        themes.put(new Theme(id), weight(source));
      }
    }
    Map<Source, Double> sources = new HashMap<>();
    double survey = number(source, 0, 5);
    if (Draws.coin(source)) {
      sources.put(Source.AUDIT, number(source, 1, 5));
    } else if (survey == 0) {
      survey = 1;
    }
    sources.put(Source.SURVEY, survey);
    MinimumAudits minimumAudits;
    if (Draws.coin(source)) {
      Map<Channel, Integer> counts = new HashMap<>();
      for (int i = Draws.between(source, 0, 3); i > 0; i--) {
        counts.put(Draws.pick(source, known), Draws.between(source, 0, 9));
      }
      minimumAudits = new MinimumAudits.PerChannel(counts);
    } else {
      minimumAudits = new MinimumAudits.Total(Draws.between(source, 0, 9));
    }
    return new ScoringSettings(
        strategy(source),
        strategy(source),
        strategy(source),
        themes,
        sources,
        Draws.between(source, 0, 199),
        minimumAudits,
        Draws.between(source, 1, 98) / 100.0,
        Draws.between(source, 5, 54),
        number(source, 0, 100),
        Draws.coin(source));
  }

  static StrategyRef strategy(RandomSource source) {
    String name = identifier(source);
    if (!Draws.coin(source)) {
      return StrategyRef.of(name);
    }
    Map<String, Object> parameters = new HashMap<>();
    for (int i = Draws.between(source, 1, 3); i > 0; i--) {
      String key = identifier(source);
      if (key.equals("strategy")) {
        continue;
      }
      switch ((int) source.next(2)) {
        case 0 -> parameters.put(key, text(source, 10));
        case 1 -> parameters.put(key, number(source, -100, 100));
        default -> parameters.put(key, Draws.coin(source));
      }
    }
    return new StrategyRef(name, parameters);
  }

  static List<Structure> structures(RandomSource source, int min, int max) {
    Set<String> ids = new HashSet<>();
    List<Structure> structures = new ArrayList<>();
    for (int i = Draws.between(source, min, max); i > 0; i--) {
      StructureId id = new StructureId(Draws.unique(identifier(source), ids, '-'));
      structures.add(structure(source, id));
    }
    return structures;
  }

  static Structure structure(RandomSource source, StructureId id) {
    List<Channel> channels = null;
    if (Draws.coin(source)) {
      channels = new ArrayList<>();
      for (Channel channel : Channel.BUILT_IN) {
        if (Draws.coin(source)) {
          channels.add(channel);
        }
      }
    }
    return new Structure(
        id,
        nonEmptyText(source, 40),
        Draws.pick(source, List.of(StructureType.values())),
        Draws.maybe(source, () -> (long) Draws.between(source, 0, 3_000_000)),
        Draws.maybe(
            source,
            () ->
                new Territory(
                    Draws.maybe(source, () -> text(source, 3)),
                    Draws.maybe(source, () -> text(source, 3)),
                    Draws.maybe(source, () -> text(source, 5)))),
        channels);
  }

  /**
   * @param themes draws a question's theme, or null
   * @param forDefinitions whether to make a first question that is required and nameable, and a
   *     last one shown only when the first is unanswered (see {@link #definitions()})
   */
  static Questionnaire questionnaire(
      RandomSource source,
      Function<RandomSource, @Nullable Theme> themes,
      boolean forDefinitions) {
    String locale = Draws.pick(source, LOCALES);
    Set<String> sectionIds = new HashSet<>();
    Set<String> questionIds = new HashSet<>();
    List<Question> earlier = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    int sectionCount = Draws.between(source, forDefinitions ? 1 : 0, 3);
    for (int i = 0; i < sectionCount; i++) {
      String sectionId = Draws.unique(identifier(source), sectionIds, '-');
      List<Question> questions = new ArrayList<>();
      int size = Draws.between(source, forDefinitions && i == 0 ? 1 : 0, 5);
      for (int q = 0; q < size; q++) {
        boolean first = forDefinitions && earlier.isEmpty();
        String id =
            first || Draws.coin(source)
                ? Draws.unique(conditionName(source), questionIds, '_')
                : Draws.unique(identifier(source), questionIds, '-');
        Question question =
            new Question(
                new QuestionId(id),
                questionType(source, locale),
                localizedText(source, locale),
                Draws.maybe(source, () -> localizedText(source, locale)),
                themes.apply(source),
                weight(source),
                first || Draws.coin(source),
                Conditions.question(source, earlier));
        questions.add(question);
        earlier.add(question);
      }
      if (forDefinitions && i == sectionCount - 1) {
        Question guard =
            new Question(
                new QuestionId(Draws.unique(conditionName(source), questionIds, '_')),
                questionType(source, locale),
                localizedText(source, locale),
                null,
                themes.apply(source),
                weight(source),
                false,
                "not answered(" + earlier.get(0).id().value() + ")");
        questions.add(guard);
        earlier.add(guard);
      }
      sections.add(
          new Section(
              sectionId, Draws.maybe(source, () -> localizedText(source, locale)), questions));
    }
    return new Questionnaire(
        identifier(source),
        Draws.between(source, 1, 20),
        locale,
        localizedText(source, locale),
        sections,
        SegmentGen.segments(source, locale));
  }

  static QuestionType questionType(RandomSource source, String locale) {
    switch ((int) source.next(7)) {
      case 0:
        int min = Draws.between(source, -2, 5);
        Scale scale = new Scale(min, min + Draws.between(source, 1, 10));
        Map<Integer, LocalizedText> labels = new HashMap<>();
        for (int point = scale.min(); point <= scale.max(); point++) {
          if (Draws.oneIn(source, 3)) {
            labels.put(point, localizedText(source, locale));
          }
        }
        return new QuestionType.Rating(
            scale, labels, Draws.between(source, 1, scale.points() - 1));
      case 1:
        return new QuestionType.Nps();
      case 2:
        return new QuestionType.YesNo(!Draws.coin(source));
      case 3:
        return new QuestionType.SingleChoice(options(source, locale, true));
      case 4:
        List<Option> options = options(source, locale, false);
        Integer minSelected =
            Draws.maybe(source, () -> Draws.between(source, 0, options.size()));
        int lowestMax = minSelected == null ? 1 : Math.max(1, minSelected);
        Integer maxSelected =
            Draws.maybe(source, () -> Draws.between(source, lowestMax, options.size()));
        return new QuestionType.MultiChoice(options, minSelected, maxSelected);
      case 5:
        boolean integer = Draws.coin(source);
        Double low =
            Draws.maybe(
                source,
                () -> integer ? Draws.between(source, -1000, 1000) : number(source, -1000, 1000));
        Double high =
            Draws.maybe(
                source,
                () ->
                    (low == null ? 0 : low)
                        + (integer ? Draws.between(source, 0, 1000) : number(source, 0, 1000)));
        return new QuestionType.Number(
            low,
            high,
            integer,
            Draws.maybe(source, () -> identifier(source)),
            Draws.maybe(source, () -> target(source)));
      case 6:
        return new QuestionType.Text(
            Draws.oneIn(source, 4)
                ? Draws.between(source, 1, QuestionType.Text.LIMIT)
                : Draws.between(source, 1, 200));
      default:
        LocalDate from = Draws.maybe(source, () -> date(source));
        LocalDate to =
            Draws.maybe(
                source, () -> (from == null ? date(source) : from).plusDays(source.next(399)));
        return new QuestionType.Date(from, to);
    }
  }

  static List<Option> options(RandomSource source, String locale, boolean scored) {
    Set<String> values = new HashSet<>();
    List<Option> options = new ArrayList<>();
    for (int i = Draws.between(source, 2, 8); i > 0; i--) {
      String value = identifier(source);
      if (Draws.oneIn(source, 4)) {
        value = value + " " + text(source, 5);
      }
      options.add(
          new Option(
              Draws.unique(value, values, '-'),
              localizedText(source, locale),
              scored ? Draws.maybe(source, () -> number(source, 0, 100)) : null,
              Draws.maybe(source, () -> Draws.coin(source))));
    }
    return options;
  }

  /**
   * @param channels draws a criterion's channel
   * @param themes draws a criterion's theme, or null
   * @param minCriteria the fewest criteria
   * @param takenIds ids criteria may not have (the questions')
   */
  static Grid grid(
      RandomSource source,
      Function<RandomSource, Channel> channels,
      Function<RandomSource, @Nullable Theme> themes,
      int minCriteria,
      Set<String> takenIds) {
    String locale = Draws.pick(source, LOCALES);
    Set<String> ids = new HashSet<>(takenIds);
    List<Criterion> criteria = new ArrayList<>();
    for (int i = Draws.between(source, minCriteria, 8); i > 0; i--) {
      String id =
          Draws.coin(source)
              ? Draws.unique(conditionName(source), ids, '_')
              : Draws.unique(identifier(source), ids, '-');
      criteria.add(
          new Criterion(
              new CriterionId(id),
              channels.apply(source),
              criterionType(source),
              localizedText(source, locale),
              themes.apply(source),
              weight(source),
              Conditions.criterion(source, criteria)));
    }
    return new Grid(
        identifier(source),
        Draws.between(source, 1, 20),
        locale,
        localizedText(source, locale),
        criteria);
  }

  static CriterionType criterionType(RandomSource source) {
    if (!Draws.coin(source)) {
      return new CriterionType.Check();
    }
    boolean integer = Draws.coin(source);
    Double low =
        Draws.maybe(
            source, () -> integer ? Draws.between(source, 0, 100) : number(source, 0, 100));
    Double high =
        Draws.maybe(
            source,
            () ->
                (low == null ? 0 : low)
                    + (integer ? Draws.between(source, 0, 2000) : number(source, 0, 2000)));
    return new CriterionType.Measure(
        low,
        high,
        integer,
        Draws.maybe(source, () -> identifier(source)),
        Draws.maybe(source, () -> target(source)));
  }
}

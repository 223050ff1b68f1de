package io.github.indiko.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.Target;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.Edition;
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
import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.structure.StructureType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link IndikoValidation} and a host's own validator on every record that carries a constraint:
 * the same violations at the same property paths. The host's validator is {@code
 * Validation.buildDefaultValidatorFactory()}, configured by the tests' {@code
 * META-INF/validation.xml} with Hibernate Validator's {@code ParameterMessageInterpolator}, as an
 * application without Expression Language must be.
 */
class IndikoValidationTest {
  private static final EditionDefinitions VALID = Fixtures.definitions(false);
  private static final Edition EDITION = VALID.edition();
  private static final ScoringSettings SCORING = EDITION.scoring();
  private static final LocalizedText LABEL = LocalizedText.of("fr", "Libellé");
  private static final Validator HOST = Validation.buildDefaultValidatorFactory().getValidator();

  private static Question question(QuestionType type, double weight, String when) {
    return new Question(new QuestionId("q"), type, LABEL, null, null, weight, false, when);
  }

  private static Question question(QuestionType type) {
    return question(type, 1, null);
  }

  private static Criterion criterion(CriterionType type, double weight) {
    return new Criterion(new CriterionId("c"), Channel.PHONE, type, LABEL, null, weight, null);
  }

  private static Option option(String value, Double score) {
    return new Option(value, LocalizedText.of("fr", value), score, null);
  }

  private static QuestionType.MultiChoice multiChoice(Integer minSelected) {
    return new QuestionType.MultiChoice(
        List.of(option("a", null), option("b", null)), minSelected, null);
  }

  private static DateRange reversed() {
    return new DateRange(LocalDate.of(2017, 7, 13), LocalDate.of(2017, 6, 20));
  }

  private static Edition edition(DateRange registration, ScoringSettings scoring) {
    Edition e = EDITION;
    return new Edition(
        e.id(),
        e.name(),
        e.defaultLocale(),
        e.timeZone(),
        registration,
        e.collection(),
        e.questionnaire(),
        e.grid(),
        scoring,
        e.trophies(),
        e.previous(),
        e.channels());
  }

  /** The members of the fixture's scoring settings that the tests change. */
  private static final class Settings {
    private StrategyRef survey = SCORING.survey();
    private Map<Theme, Double> themes = SCORING.themes();
    private Map<Source, Double> sources = SCORING.sources();
    private MinimumAudits minimumAudits = SCORING.minimumAudits();
    private double confidence = SCORING.confidence();
    private int disclosureThreshold = SCORING.disclosureThreshold();
  }

  /** The fixture's scoring settings, changed. */
  private static ScoringSettings scoring(Consumer<Settings> change) {
    Settings m = new Settings();
    change.accept(m);
    ScoringSettings s = SCORING;
    return new ScoringSettings(
        m.survey,
        s.audit(),
        s.ranking(),
        m.themes,
        m.sources,
        s.minimumResponses(),
        m.minimumAudits,
        m.confidence,
        m.disclosureThreshold,
        s.target(),
        s.oneResponsePerRespondent());
  }

  private static Arguments invalid(String record, Object value, String path, String message) {
    return Arguments.of(Named.of(record, value), path, message);
  }

  /** A record of each kind that carries a constraint, with one invalid value. */
  static Stream<Arguments> invalidRecords() {
    Questionnaire questionnaire = VALID.questionnaire();
    Grid grid = VALID.grid();
    return Stream.of(
        invalid(
            "Structure",
            new Structure(new StructureId("mairie"), "", StructureType.COMMUNE, null, null, null),
            "name",
            "length must be between 1 and 2000"),
        invalid(
            "Structure",
            new Structure(
                new StructureId("mairie"), "Mairie", StructureType.COMMUNE, -1L, null, null),
            "population",
            "must be greater than or equal to 0"),
        invalid(
            "Edition",
            edition(reversed(), SCORING),
            "registration",
            "opens 2017-07-13 is after closes 2017-06-20"),
        invalid(
            "Edition",
            edition(EDITION.registration(), scoring(m -> m.disclosureThreshold = 4)),
            "scoring.disclosureThreshold",
            "must be greater than or equal to 5"),
        invalid(
            "ScoringSettings", scoring(m -> m.confidence = 2), "confidence", "must be less than 1"),
        invalid(
            "ScoringSettings",
            scoring(m -> m.themes = Map.of(Theme.COURTESY, -1.0)),
            "themes[courtesy].<map value>",
            "a theme weight must be > 0 and <= 1000: -1"),
        invalid(
            "ScoringSettings",
            scoring(m -> m.sources = Map.of(Source.SURVEY, 0.0)),
            "sources",
            "at least one source weight must be > 0"),
        invalid(
            "ScoringSettings",
            scoring(m -> m.minimumAudits = new MinimumAudits.Total(-1)),
            "minimumAudits.count",
            "must be an integer from 0 to 2147483647: -1"),
        invalid(
            "ScoringSettings",
            scoring(m -> m.survey = StrategyRef.of(" ")),
            "survey.name",
            "a strategy name must not be blank"),
        invalid(
            "TrophySettings",
            new TrophySettings(0, 30),
            "minimumEligible",
            "must be greater than or equal to 1"),
        invalid("DateRange", reversed(), "", "from 2017-07-13 is after to 2017-06-20"),
        invalid(
            "MinimumAudits.Total",
            new MinimumAudits.Total(-1),
            "count",
            "must be an integer from 0 to 2147483647: -1"),
        invalid(
            "MinimumAudits.PerChannel",
            new MinimumAudits.PerChannel(Map.of(Channel.PHONE, -1)),
            "counts[phone].<map value>",
            "must be an integer from 0 to 2147483647: -1"),
        invalid(
            "StrategyRef",
            new StrategyRef("\t", Map.of()),
            "name",
            "a strategy name must not be blank"),
        invalid(
            "Questionnaire",
            new Questionnaire(
                questionnaire.id(),
                questionnaire.version(),
                questionnaire.defaultLocale(),
                questionnaire.title(),
                List.of(
                    new Section("a", null, List.of(question(new QuestionType.Nps(), 0, null))))),
            "sections[0].questions[0].weight",
            "must be greater than 0"),
        invalid(
            "Section",
            new Section("a", null, List.of(question(new QuestionType.Nps(), 1, "a".repeat(1001)))),
            "questions[0].when",
            "length must be between 0 and 1000"),
        invalid(
            "Question",
            question(new QuestionType.Nps(), 1000.5, null),
            "weight",
            "must be less than or equal to 1000"),
        invalid(
            "Question",
            question(new QuestionType.Rating(new Scale(1, 1), Map.of(), 1)),
            "type.scale",
            "a scale has 2 to 11 points: 1..1 has 1"),
        invalid(
            "QuestionType.Rating",
            new QuestionType.Rating(new Scale(1, 5), Map.of(), 5),
            "topBox",
            "must be an integer from 1 to 4: 5"),
        invalid(
            "QuestionType.SingleChoice",
            new QuestionType.SingleChoice(List.of(option("a", null))),
            "options",
            "a choice has 2 to 50 options: 1"),
        invalid(
            "QuestionType.MultiChoice",
            multiChoice(3),
            "minSelected",
            "must be an integer from 0 to 2: 3"),
        invalid(
            "QuestionType.Number",
            new QuestionType.Number(5.0, 1.0, false, null, null),
            "",
            "min 5 is above max 1"),
        invalid(
            "QuestionType.Number",
            new QuestionType.Number(null, null, false, null, new Target(3, 3)),
            "target",
            "target good and bad must differ: both are 3.0"),
        invalid(
            "QuestionType.Text",
            new QuestionType.Text(0),
            "maxLength",
            "must be an integer from 1 to 10000: 0"),
        invalid(
            "QuestionType.Date",
            new QuestionType.Date(LocalDate.of(2017, 9, 2), LocalDate.of(2017, 9, 1)),
            "",
            "min 2017-09-02 is after max 2017-09-01"),
        invalid("Scale", new Scale(3, 1), "", "a scale has 2 to 11 points: 3..1 has -1"),
        invalid("Option", option("a", -0.5), "score", "must be greater than or equal to 0"),
        invalid(
            "Target", new Target(1.5, 1.5), "", "target good and bad must differ: both are 1.5"),
        invalid(
            "Grid",
            new Grid(
                grid.id(),
                grid.version(),
                grid.defaultLocale(),
                grid.title(),
                List.of(criterion(new CriterionType.Check(), 0))),
            "criteria[0].weight",
            "must be greater than 0"),
        invalid(
            "Criterion",
            criterion(new CriterionType.Measure(101.0, 100.0, true, null, null), 1),
            "type",
            "min 101 is above max 100"),
        invalid(
            "CriterionType.Measure",
            new CriterionType.Measure(null, null, false, null, new Target(8, 8)),
            "target",
            "target good and bad must differ: both are 8.0"),
        invalid(
            "Segment", Fixtures.segment("k", "a"), "values", "a segment key has 2 to 50 values"),
        invalid(
            "Questionnaire",
            segmented(questionnaire, segments(9, 2)),
            "segments",
            "a questionnaire declares at most 8 segment keys"),
        invalid(
            "Questionnaire",
            segmented(questionnaire, segments(1, 51)),
            "segments[0].values",
            "a segment key has 2 to 50 values"));
  }

  /** {@code keys} segment keys {@code k0, k1…} of {@code values} values each. */
  private static List<Segment> segments(int keys, int values) {
    String[] names = IntStream.range(0, values).mapToObj(i -> "v" + i).toArray(String[]::new);
    return IntStream.range(0, keys).mapToObj(k -> Fixtures.segment("k" + k, names)).toList();
  }

  private static Questionnaire segmented(Questionnaire q, List<Segment> segments) {
    return new Questionnaire(
        q.id(), q.version(), q.defaultLocale(), q.title(), q.sections(), segments);
  }

  @Test
  void check_segmentCounts_atTheirPointersInEnglishAndFrench() {
    Questionnaire q = VALID.questionnaire();

    assertThat(IndikoValidation.check(segmented(q, segments(8, 50)))).isNotNull();
    assertThatThrownBy(() -> IndikoValidation.check(segmented(q, segments(9, 2))))
        .hasMessage("Questionnaire at /segments: a questionnaire declares at most 8 segment keys");
    assertThatThrownBy(
            () -> IndikoValidation.check(segmented(q, segments(2, 1)), Locale.FRENCH))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems())
                    .extracting(DefinitionProblem::pointer, DefinitionProblem::message)
                    .containsExactly(
                        tuple("/segments/0/values", "une clé de segment a de 2 à 50 valeurs"),
                        tuple("/segments/1/values", "une clé de segment a de 2 à 50 valeurs")));
    assertThatThrownBy(() -> IndikoValidation.check(segmented(q, segments(9, 2)), Locale.FRENCH))
        .hasMessage(
            "Questionnaire at /segments: un questionnaire déclare au plus 8 clés de segment");
  }

  /** Path to message, of every violation. */
  private static Map<String, String> violations(Set<? extends ConstraintViolation<?>> found) {
    return found.stream()
        .collect(
            Collectors.toMap(
                violation -> violation.getPropertyPath().toString(),
                ConstraintViolation::getMessage,
                (a, b) -> a + " | " + b,
                TreeMap::new));
  }

  @ParameterizedTest
  @MethodSource("invalidRecords")
  void validate_invalidRecord_violationAtItsPath(Object record, String path, String message) {
    assertThat(violations(IndikoValidation.validator().validate(record)))
        .containsExactly(Map.entry(path, message));
  }

  @ParameterizedTest
  @MethodSource("invalidRecords")
  void validate_hostsOwnValidator_samePathsAndIndikoMessages(
      Object record, String path, String message) {
    Set<ConstraintViolation<Object>> host = HOST.validate(record);
    Set<ConstraintViolation<Object>> indiko =
        IndikoValidation.validator(Locale.getDefault()).validate(record);

    assertThat(violations(host).keySet()).containsExactly(path);
    for (ConstraintViolation<Object> violation : host) {
      if (violation.getMessageTemplate().startsWith("{io.github.indiko.")) {
        assertThat(violation.getMessage()).isEqualTo(violations(indiko).get(path));
      }
    }
  }

  @Test
  void validate_validRecords_noViolation() {
    for (Object record :
        List.of(EDITION, SCORING, VALID.questionnaire(), VALID.grid(), VALID.structures().get(0))) {
      assertThat(IndikoValidation.validator().validate(record)).as("%s", record).isEmpty();
      assertThat(HOST.validate(record)).as("%s", record).isEmpty();
    }
  }

  @Test
  void validator_inFrench_translatesIndikosAndTheBuiltInMessages() {
    Validator french = IndikoValidation.validator(Locale.CANADA_FRENCH);

    assertThat(violations(french.validate(scoring(m -> m.themes = Map.of(Theme.COURTESY, 1000.5)))))
        .containsExactly(
            Map.entry(
                "themes[courtesy].<map value>",
                "le poids d'un thème doit être > 0 et <= 1000 : 1000.5"));
    assertThat(violations(french.validate(scoring(m -> m.confidence = 1))))
        .containsExactly(Map.entry("confidence", "doit être inférieur à 1"));
    assertThat(violations(french.validate(new TrophySettings(0, 30))))
        .containsExactly(Map.entry("minimumEligible", "doit être supérieur ou égal à 1"));
    assertThat(violations(french.validate(reversed())))
        .containsExactly(Map.entry("", "from 2017-07-13 est postérieur à to 2017-06-20"));
  }

  @Test
  void validator_otherLanguages_english() {
    assertThat(IndikoValidation.validator(Locale.GERMAN)).isSameAs(IndikoValidation.validator());
    assertThat(IndikoValidation.validator(Locale.FRANCE))
        .isSameAs(IndikoValidation.validator(Locale.FRENCH))
        .isNotSameAs(IndikoValidation.validator());
  }

  @Test
  void check_validRecord_returnsIt() {
    assertThat(IndikoValidation.check(EDITION)).isSameAs(EDITION);
  }

  @Test
  void check_invalidRecord_listsEveryProblemAtItsPointer() {
    ScoringSettings settings =
        scoring(
            m -> {
              m.themes = Map.of(Theme.OVERALL, 1.0);
              m.minimumAudits = new MinimumAudits.PerChannel(Map.of(Channel.EMAIL, -2));
              m.disclosureThreshold = 0;
            });

    assertThatThrownBy(() -> IndikoValidation.check(edition(reversed(), settings)))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems())
                    .extracting(DefinitionProblem::file, DefinitionProblem::pointer)
                    .containsExactly(
                        tuple("Edition", "/registration"),
                        tuple("Edition", "/scoring/disclosureThreshold"),
                        tuple("Edition", "/scoring/minimumAudits/email"),
                        tuple("Edition", "/scoring/themes/overall")))
        .hasMessageContaining(
            "Edition at /scoring/disclosureThreshold: must be greater than or equal to 5");
  }

  @Test
  void check_inFrench() {
    assertThatThrownBy(() -> IndikoValidation.check(new QuestionType.Text(0), Locale.FRENCH))
        .hasMessage("Text at /maxLength: doit être un entier de 1 à 10000 : 0");
  }

  @Test
  void editionDefinitions_invalidRecord_refusedAsAProblemOfItsDocument() {
    Questionnaire q = VALID.questionnaire();
    Questionnaire invalid =
        new Questionnaire(
            q.id(),
            q.version(),
            q.defaultLocale(),
            q.title(),
            List.of(
                new Section(
                    "a",
                    null,
                    List.of(
                        question(new QuestionType.Text(2000)),
                        new Question(
                            new QuestionId("reasons"),
                            multiChoice(3),
                            LABEL,
                            null,
                            null,
                            1,
                            false,
                            null)))));

    assertThatThrownBy(
            () ->
                new EditionDefinitions(
                    edition(EDITION.registration(), scoring(m -> m.disclosureThreshold = 4)),
                    VALID.structures(),
                    VALID.enrolments(),
                    invalid,
                    VALID.grid()))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new DefinitionProblem(
                            "edition.json",
                            "/scoring/disclosureThreshold",
                            "must be greater than or equal to 5"),
                        new DefinitionProblem(
                            "questionnaire.json",
                            "/sections/0/questions/1/minSelected",
                            "must be an integer from 0 to 2: 3")));
  }

  @Test
  void messages_areFoundFromTheNamedModule() {
    // Surefire runs this module's tests on the module path: Hibernate Validator, a named module,
    // finds the bundles of io.github.indiko.core there for Indiko's validator and the host's.
    assertThat(IndikoValidation.class.getModule().getName()).isEqualTo("io.github.indiko.core");
    assertThat(HOST.getClass().getModule().isNamed()).isTrue();
    Set<String> messages = new TreeSet<>();
    HOST.validate(new Scale(1, 1)).forEach(violation -> messages.add(violation.getMessage()));
    IndikoValidation.validator(Locale.FRENCH)
        .validate(new Scale(1, 1))
        .forEach(violation -> messages.add(violation.getMessage()));

    assertThat(messages).noneMatch(message -> message.contains("{")).hasSizeBetween(1, 2);
  }
}

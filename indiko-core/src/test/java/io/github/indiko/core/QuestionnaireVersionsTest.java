package io.github.indiko.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.format.FormatV1;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionPool;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Scale;
import io.github.indiko.core.questionnaire.Section;
import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.questionnaire.SegmentValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Several versions of the questionnaire in one edition's definitions (analysis.md §A4): the items
 * pooled by id, and the versions checked against each other.
 */
class QuestionnaireVersionsTest {
  private static final Edition ONE = FormatV1.readEdition(example("edition"), "edition.json");
  private static final Edition EDITION =
      ONE.withQuestionnaires(
          List.of(new DefinitionRef("accueil", 3), new DefinitionRef("accueil", 4)));
  private static final Grid GRID = FormatV1.readGrid(example("grid"), "grid.json");

  private static InputStream example(String kind) {
    return QuestionnaireVersionsTest.class.getResourceAsStream(
        "/io/github/indiko/core/format/examples/" + kind + ".json");
  }

  private static LocalizedText text(String fr) {
    return new LocalizedText(Map.of("fr", fr));
  }

  private static Question question(String id, QuestionType type, String theme) {
    return new Question(
        new QuestionId(id),
        type,
        text(id),
        null,
        theme == null ? null : new Theme(theme),
        1,
        false,
        null);
  }

  private static QuestionType rating() {
    return new QuestionType.Rating(new Scale(1, 5), Map.of(), 2);
  }

  private static QuestionType choice(Double scoreOfB) {
    return new QuestionType.SingleChoice(
        List.of(
            new Option("a", text("A"), 100.0, true), new Option("b", text("B"), scoreOfB, false)));
  }

  private static Questionnaire version(int version, List<Question> questions) {
    return new Questionnaire(
        "accueil", version, "fr", text("Accueil"), List.of(new Section("all", null, questions)));
  }

  /** Version 3: courtesy, wait, choice, overall. */
  private static Questionnaire three() {
    return version(
        3,
        List.of(
            question("courtesy", rating(), "courtesy"),
            question(
                "wait",
                new QuestionType.Number(0.0, 600.0, true, "minute", new Target(10, 40)),
                "waiting_time"),
            question("choice", choice(0.0), "information"),
            question("overall", rating(), "overall")));
  }

  /** Version 4: overall moved first, wait dropped, signage added, courtesy reworded. */
  private static Questionnaire four() {
    Question courtesy = three().questions().get(0);
    return version(
        4,
        List.of(
            question("overall", rating(), "overall"),
            new Question(
                courtesy.id(),
                courtesy.type(),
                text("Le personnel a-t-il été aimable ?"),
                text("Une aide"),
                courtesy.theme(),
                courtesy.weight(),
                true,
                null),
            question("signage", rating(), "accessibility"),
            question("choice", choice(0.0), "information")));
  }

  private static EditionDefinitions definitions(List<Questionnaire> versions) {
    return EditionDefinitions.ofVersions(EDITION, List.of(), List.of(), versions, GRID, null);
  }

  /** Version 4 with its question {@code id} changed. */
  private static Questionnaire fourWith(String id, UnaryOperator<Question> change) {
    List<Question> questions = new ArrayList<>();
    for (Question question : four().questions()) {
      questions.add(question.id().value().equals(id) ? change.apply(question) : question);
    }
    return version(4, questions);
  }

  private static Question withType(Question q, QuestionType type) {
    return new Question(
        q.id(), type, q.label(), q.help(), q.theme(), q.weight(), q.required(), q.when());
  }

  @Test
  void questionPool_newestOrderThenOlderOnlyQuestions() {
    QuestionPool pool = definitions(List.of(three(), four())).questionPool();

    assertThat(pool.questions().stream().map(q -> q.id().value()))
        .containsExactly("overall", "courtesy", "signage", "choice", "wait");
    assertThat(pool.questions().get(1).label())
        .isEqualTo(text("Le personnel a-t-il été aimable ?"));
    assertThat(pool.positions(0)).containsExactly(1, 4, 3, 0);
    assertThat(pool.positions(1)).containsExactly(0, 1, 2, 3);
    assertThat(pool.versionsAsking(0)).containsExactly(3, 4);
    assertThat(pool.versionsAsking(2)).containsExactly(4);
    assertThat(pool.versionsAsking(4)).containsExactly(3);
    assertThat(pool.position(new QuestionId("wait"))).isEqualTo(4);
    assertThat(pool.position(new QuestionId("nothing"))).isEqualTo(-1);
  }

  @Test
  void definitions_versions_theNewestIsTheQuestionnaire() {
    EditionDefinitions definitions = definitions(List.of(three(), four()));

    assertThat(definitions.questionnaire().version()).isEqualTo(4);
    assertThat(definitions.questionnaires())
        .extracting(Questionnaire::version)
        .containsExactly(3, 4);
  }

  @Test
  void definitions_oneVersion_poolsItsQuestionsInOrder() {
    EditionDefinitions definitions =
        new EditionDefinitions(ONE, List.of(), List.of(), three(), GRID);

    assertThat(definitions.questionnaires()).containsExactly(three());
    assertThat(definitions.questionPool().questions()).isEqualTo(three().questions());
  }

  @Test
  void definitions_labelsHelpRequiredAndRangesDiffer_areAccepted() {
    Questionnaire four =
        fourWith(
            "choice",
            q ->
                new Question(
                    q.id(),
                    new QuestionType.SingleChoice(
                        List.of(
                            new Option("a", text("Oui, A"), 100.0, true),
                            new Option("b", text("Non, B"), 0.0, false))),
                    text("Autre libellé"),
                    null,
                    q.theme(),
                    q.weight(),
                    true,
                    "answered(overall)"));

    assertThat(definitions(List.of(three(), four)).questionPool().questions()).hasSize(5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"type", "scale", "topBox", "theme", "weight"})
  void definitions_aScoringMemberDiffers_isRefusedNamingTheIdAndBothVersions(String member) {
    Questionnaire four =
        fourWith(
            "courtesy",
            q ->
                switch (member) {
                  case "type" -> withType(q, new QuestionType.Nps());
                  case "scale" ->
                      withType(q, new QuestionType.Rating(new Scale(0, 4), Map.of(), 2));
                  case "topBox" ->
                      withType(q, new QuestionType.Rating(new Scale(1, 5), Map.of(), 1));
                  case "theme" ->
                      new Question(
                          q.id(),
                          q.type(),
                          q.label(),
                          null,
                          new Theme("efficiency"),
                          q.weight(),
                          false,
                          null);
                  default ->
                      new Question(q.id(), q.type(), q.label(), null, q.theme(), 2, false, null);
                });

    assertThatThrownBy(() -> definitions(List.of(three(), four)))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new DefinitionProblem(
                            "questionnaires/accueil-3.json",
                            "/sections/0/questions/0/" + member,
                            "question courtesy differs in "
                                + member
                                + " between versions 3 and 4: a question id is one item"
                                + " across versions, scored alike (analysis.md §A4)")));
  }

  @Test
  void definitions_optionsDifferInValueScoreFavourableOrOrder_areRefused() {
    List<List<Option>> others =
        List.of(
            List.of(
                new Option("a", text("A"), 100.0, true), new Option("c", text("B"), 0.0, false)),
            List.of(
                new Option("a", text("A"), 100.0, true), new Option("b", text("B"), 10.0, false)),
            List.of(new Option("a", text("A"), 100.0, true), new Option("b", text("B"), 0.0, null)),
            List.of(
                new Option("b", text("B"), 0.0, false), new Option("a", text("A"), 100.0, true)));
    for (List<Option> options : others) {
      Questionnaire four =
          fourWith("choice", q -> withType(q, new QuestionType.SingleChoice(options)));

      assertThatThrownBy(() -> definitions(List.of(three(), four)))
          .as("%s", options)
          .isInstanceOfSatisfying(
              DefinitionException.class,
              e ->
                  assertThat(e.problems())
                      .singleElement()
                      .satisfies(
                          problem -> {
                            assertThat(problem.pointer())
                                .isEqualTo("/sections/0/questions/2/options");
                            assertThat(problem.message())
                                .startsWith(
                                    "question choice differs in options between versions"
                                        + " 3 and 4");
                          }));
    }
  }

  @Test
  void definitions_favourableOfAYesNoOrTargetOfANumberDiffers_isRefused() {
    Questionnaire yesNo3 =
        version(3, List.of(question("online", new QuestionType.YesNo(true), null)));
    Questionnaire yesNo4 =
        version(4, List.of(question("online", new QuestionType.YesNo(false), null)));
    Questionnaire four =
        fourWith(
            "signage",
            q ->
                question(
                    "wait",
                    new QuestionType.Number(0.0, 600.0, true, "minute", new Target(5, 40)),
                    "waiting_time"));

    assertThatThrownBy(() -> definitions(List.of(yesNo3, yesNo4)))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems().get(0).pointer())
                    .isEqualTo("/sections/0/questions/0/favourable"));
    assertThatThrownBy(() -> definitions(List.of(three(), four)))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems().get(0))
                    .isEqualTo(
                        new DefinitionProblem(
                            "questionnaires/accueil-3.json",
                            "/sections/0/questions/1/target",
                            "question wait differs in target between versions 3 and 4: a"
                                + " question id is one item across versions, scored alike"
                                + " (analysis.md §A4)")));
  }

  @Test
  void definitions_segmentsDiffer_areRefusedAtTheOlderVersion() {
    Segment age =
        new Segment(
            "age",
            text("Âge"),
            List.of(
                new SegmentValue("jeune", text("Jeune")),
                new SegmentValue("vieux", text("Vieux"))));
    Questionnaire four =
        new Questionnaire("accueil", 4, "fr", text("Accueil"), four().sections(), List.of(age));

    assertThatThrownBy(() -> definitions(List.of(three(), four)))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new DefinitionProblem(
                            "questionnaires/accueil-3.json",
                            "/segments",
                            "the segments of versions 3 and 4 differ: every version of an edition"
                                + " declares the same (analysis.md §A4)")));
  }

  @Test
  void definitions_aNamedVersionMissingOrAnotherGiven_areRefused() {
    assertThatThrownBy(() -> definitions(List.of(four())))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new DefinitionProblem(
                            "edition.json",
                            "/questionnaires/0",
                            "names questionnaire accueil v3, but no document holds it")));
    Questionnaire five = version(5, four().questions());
    assertThatThrownBy(() -> definitions(List.of(three(), four(), five)))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new DefinitionProblem(
                            "questionnaires/accueil-5.json",
                            "",
                            "holds questionnaire accueil v5, which the edition does not name")));
  }

  @Test
  void definitions_questionnaireNotTheNewest_isRefused() {
    assertThatThrownBy(
            () ->
                new EditionDefinitions(
                    EDITION, List.of(), List.of(), three(), List.of(three(), four()), GRID, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("questionnaire accueil v3 is not the newest of the versions given");
  }

  @Test
  void definitions_500DistinctQuestionsAccepted_501Refused() {
    assertThat(definitions(manyQuestions(200)).questionPool().questions()).hasSize(500);
    assertThatThrownBy(() -> definitions(manyQuestions(201)))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new DefinitionProblem(
                            "edition.json",
                            "/questionnaires",
                            "the versions ask 501 distinct questions together, more than 500")));
  }

  /** Versions 3 and 4 of 300 questions each, version 4's ids starting at {@code from}. */
  private static List<Questionnaire> manyQuestions(int from) {
    List<Question> three =
        IntStream.range(0, 300).mapToObj(i -> question("q" + i, rating(), null)).toList();
    List<Question> four =
        IntStream.range(from, from + 300).mapToObj(i -> question("q" + i, rating(), null)).toList();
    return List.of(version(3, three), version(4, four));
  }
}

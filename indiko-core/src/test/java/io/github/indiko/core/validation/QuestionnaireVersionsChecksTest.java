package io.github.indiko.core.validation;

import static io.github.indiko.core.validation.Fixtures.reject;
import static io.github.indiko.core.validation.Fixtures.responses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Responses checked against the version of the questionnaire they name (analysis.md §A4), on the
 * reference and the fast path, in the edition of {@link Fixtures#versioned}: versions 3 and 4.
 */
class QuestionnaireVersionsChecksTest {
  private static final EditionDefinitions DEFINITIONS = Fixtures.versioned(false);
  private static final DataValidator VALIDATOR = DataValidator.of(DEFINITIONS);
  private static final List<Question> ITEMS = DEFINITIONS.questionPool().questions();

  /** A response of {@code mairie-a} naming the version, with these answers (JSON members). */
  private static String line(int id, int version, String answers) {
    return "{\"id\":\"r-"
        + id
        + "\",\"questionnaire\":\"accueil\",\"version\":"
        + version
        + ",\"structure\":\"mairie-a\",\"channel\":\"in_person\","
        + "\"submittedAt\":\"2017-09-14T10:32:00+02:00\",\"answers\":{"
        + answers
        + "}}";
  }

  private static Reject rejected(String line) {
    List<LineResult<Response>> results = responses(VALIDATOR, line);
    Reject reject = reject(results.get(0));
    assertThat(reject).as("reject of %s", line).isNotNull();
    return reject;
  }

  private static Response accepted(String line) {
    List<LineResult<Response>> results = responses(VALIDATOR, line);
    assertThat(reject(results.get(0))).as("reject of %s", line).isNull();
    return ((LineResult.Accepted<Response>) results.get(0)).record();
  }

  private static int item(String id) {
    return DEFINITIONS.questionPool().position(new QuestionId(id));
  }

  private static void sameOnBothPaths(String... lines) {
    ScanResponsesProperties.sameOutcomes(
        VALIDATOR, ITEMS, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void items_versionFoursQuestionsThenTheOnesOnlyVersionThreeAsks() {
    assertThat(ITEMS.stream().map(q -> q.id().value()))
        .containsExactly(
            "contact_mode",
            "courtesy_staff",
            "signage",
            "recommend",
            "used_online",
            "online_useful",
            "reasons",
            "answer_days",
            "comment",
            "visit_date",
            "visits_year");
  }

  @Test
  void check_aVersionTheEditionDoesNotName_isUnknownQuestionnaire() {
    Reject reject = rejected(line(1, 5, "\"courtesy_staff\":4"));

    assertThat(reject.reason()).isEqualTo(RejectReason.UNKNOWN_QUESTIONNAIRE);
    assertThat(reject.message()).isEqualTo("questionnaire \"accueil\" v5 is not the edition's");
    sameOnBothPaths(line(1, 5, "\"courtesy_staff\":4"), line(2, 2, "\"courtesy_staff\":4"));
  }

  @Test
  void check_eachVersion_acceptsItsOwnQuestionsAndNamesItsVersion() {
    Response three = accepted(line(1, 3, "\"courtesy_staff\":4,\"visits_year\":3"));
    Response four =
        accepted(line(2, 4, "\"contact_mode\":\"in_person\",\"courtesy_staff\":4,\"signage\":5"));

    assertThat(three.questionnaire()).isEqualTo(new DefinitionRef("accueil", 3));
    assertThat(four.questionnaire()).isEqualTo(new DefinitionRef("accueil", 4));
    ResponseRow row = VALIDATOR.row(four);
    assertThat(row.questionnaireVersion()).isEqualTo(4);
    assertThat(row.answered(item("signage"))).isTrue();
    assertThat(row.number(item("signage"))).isEqualTo(5);
    assertThat(VALIDATOR.row(three).number(item("visits_year"))).isEqualTo(3);
    assertThat(VALIDATOR.row(three).questionnaireVersion()).isEqualTo(3);
  }

  @Test
  void check_aQuestionOnlyAnotherVersionAsks_isUnknownQuestion() {
    Reject signage = rejected(line(1, 3, "\"courtesy_staff\":4,\"signage\":5"));
    Reject visits = rejected(line(2, 4, "\"courtesy_staff\":4,\"visits_year\":3"));
    Reject unanswered = rejected(line(3, 4, "\"courtesy_staff\":4,\"visits_year\":null"));

    assertThat(signage.reason()).isEqualTo(RejectReason.UNKNOWN_QUESTION);
    assertThat(signage.message()).isEqualTo("unknown question \"signage\"");
    assertThat(visits.reason()).isEqualTo(RejectReason.UNKNOWN_QUESTION);
    assertThat(unanswered.reason()).isEqualTo(RejectReason.UNKNOWN_QUESTION);
  }

  @Test
  void check_requiredQuestions_areThoseOfTheResponsesVersion() {
    // Version 3 requires online_useful when used_online; version 4 does not.
    Reject three = rejected(line(1, 3, "\"courtesy_staff\":4,\"used_online\":true"));
    accepted(line(2, 4, "\"courtesy_staff\":4,\"used_online\":true"));
    // Version 4 requires signage for a visit in person; version 3 has no signage.
    Reject four = rejected(line(3, 4, "\"contact_mode\":\"in_person\",\"courtesy_staff\":4"));
    accepted(line(4, 3, "\"contact_mode\":\"in_person\",\"courtesy_staff\":4"));

    assertThat(three.reason()).isEqualTo(RejectReason.MISSING_REQUIRED);
    assertThat(three.message()).isEqualTo("required question online_useful is not answered");
    assertThat(four.reason()).isEqualTo(RejectReason.MISSING_REQUIRED);
    assertThat(four.message()).isEqualTo("required question signage is not answered");
  }

  @Test
  void check_conditions_areThoseOfTheResponsesVersion() {
    Reject hidden =
        rejected(line(1, 4, "\"contact_mode\":\"phone\",\"courtesy_staff\":4," + "\"signage\":2"));

    assertThat(hidden.reason()).isEqualTo(RejectReason.ANSWERED_HIDDEN);
    assertThat(hidden.message()).isEqualTo("question signage is answered but hidden");
  }

  @Test
  void check_answerRules_areThoseOfTheResponsesVersion() {
    String thirty = "\"comment\":\"" + "x".repeat(30) + "\"";

    Reject three = rejected(line(1, 3, "\"courtesy_staff\":4," + thirty));
    accepted(line(2, 4, "\"courtesy_staff\":4," + thirty));

    assertThat(three.reason()).isEqualTo(RejectReason.INVALID_ANSWER);
    assertThat(three.message()).isEqualTo("question comment: 30 characters, more than 20");
  }

  @Test
  void scan_givesTheReferenceOutcomesForEveryVersion() {
    String thirty = "\"comment\":\"" + "x".repeat(30) + "\"";
    sameOnBothPaths(
        line(1, 3, "\"courtesy_staff\":4,\"visits_year\":3"),
        line(2, 4, "\"contact_mode\":\"in_person\",\"courtesy_staff\":4,\"signage\":5"),
        line(3, 3, "\"courtesy_staff\":4,\"signage\":5"),
        line(4, 4, "\"courtesy_staff\":4,\"visits_year\":3"),
        line(5, 3, "\"courtesy_staff\":4,\"used_online\":true"),
        line(6, 4, "\"courtesy_staff\":4,\"used_online\":true"),
        line(7, 4, "\"contact_mode\":\"in_person\",\"courtesy_staff\":4"),
        line(8, 4, "\"contact_mode\":\"phone\",\"courtesy_staff\":4,\"signage\":2"),
        line(9, 3, "\"courtesy_staff\":4," + thirty),
        line(10, 4, "\"courtesy_staff\":4,\"used_online\":true,\"online_useful\":3," + thirty),
        line(11, 4, "\"courtesy_staff\":4,\"visits_year\":null"),
        line(12, 5, "\"courtesy_staff\":4"));
  }

  @Test
  void scan_answersBeforeTheVersion_areReadByTheReference() {
    String answersFirst =
        "{\"id\":\"r-1\",\"answers\":{\"contact_mode\":\"in_person\",\"courtesy_staff\":4,"
            + "\"signage\":5},\"questionnaire\":\"accueil\",\"version\":4,"
            + "\"structure\":\"mairie-a\",\"channel\":\"in_person\","
            + "\"submittedAt\":\"2017-09-14T10:32:00+02:00\"}";

    accepted(answersFirst);
    sameOnBothPaths(answersFirst, answersFirst.replace("\"version\":4", "\"version\":3"));
  }

  @Test
  void row_aResponseOfAnotherVersionOrAQuestionItsVersionDoesNotAsk_isRefused() {
    Response four =
        accepted(line(1, 4, "\"contact_mode\":\"in_person\",\"courtesy_staff\":4,\"signage\":5"));
    Map<QuestionId, Answer> answers = new LinkedHashMap<>(four.answers());
    Response five =
        new Response(
            four.id(),
            new DefinitionRef("accueil", 5),
            four.structure(),
            four.channel(),
            four.submittedAt(),
            null,
            null,
            Map.of(),
            answers);
    Response asThree =
        new Response(
            four.id(),
            new DefinitionRef("accueil", 3),
            four.structure(),
            four.channel(),
            four.submittedAt(),
            null,
            null,
            Map.of(),
            answers);

    assertThatThrownBy(() -> VALIDATOR.row(five))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("response r-1: questionnaire accueil v5 is not of the edition");
    assertThatThrownBy(() -> VALIDATOR.row(asThree))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("question signage is not of questionnaire accueil v3");
  }
}

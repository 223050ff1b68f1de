package io.github.indiko.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Section;
import io.github.indiko.core.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Disagreements once found between the fast path ({@link DataValidator#scanResponses}) and the
 * reference checks, each on the smallest source that showed it: the fast path must now give what
 * the reference gives.
 */
class ScanResponsesTest {
  private static final String HEAD =
      "{\"id\":\"r-%d\",\"questionnaire\":\"accueil\",\"version\":3,\"structure\":\"mairie-a\","
          + "\"channel\":\"in_person\",\"submittedAt\":\"2017-09-14T10:32:00+02:00\","
          + "\"answers\":{\"courtesy_staff\":4,%s}}";

  @Test
  void scan_optionValueWithAnUnpairedSurrogate_isNotTheValueItsUtf8Replacement() {
    // "é\uD800" has no UTF-8 form: encoding it gives "é?", which a line may hold plainly.
    EditionDefinitions definitions =
        withQuestion(
            new QuestionType.SingleChoice(options("é\uD800", "b")),
            new QuestionType.MultiChoice(options("x\uDFFF", "y"), null, null));
    DataValidator validator = DataValidator.of(definitions);

    List<LineResult<Response>> reference =
        responses(validator, line(1, "\"extra\":\"é?\""), line(2, "\"extra\":\"é\\ud800\""));
    assertThat(reject(reference.get(0)).reason()).isEqualTo(RejectReason.INVALID_ANSWER);
    assertThat(reference.get(1)).isInstanceOf(LineResult.Accepted.class);
    ScanResponsesProperties.sameOutcomes(
        validator,
        definitions.questionnaire().questions(),
        bytes(
            line(1, "\"extra\":\"é?\""),
            line(2, "\"extra\":\"é\\ud800\""),
            line(3, "\"more\":[\"x?\"]"),
            line(4, "\"more\":[\"y\",\"x\\udfff\"]")));
  }

  @Test
  void scan_optionValuesWhoseUtf8ReplacementsCollide_areReadByTheReference() {
    EditionDefinitions definitions =
        withQuestion(
            new QuestionType.SingleChoice(options("a\uD800", "a\uDBFF")),
            new QuestionType.MultiChoice(options("m", "n"), null, null));
    DataValidator validator = DataValidator.of(definitions);

    ScanResponsesProperties.sameOutcomes(
        validator,
        definitions.questionnaire().questions(),
        bytes(
            line(1, "\"extra\":\"a?\""),
            line(2, "\"extra\":\"a\\udbff\""),
            line(3, "\"extra\":\"a\\ud800\"")));
  }

  @Test
  void scan_respondentsWithUnpairedSurrogates_areNotOneAnotherNorTheirUtf8Replacement() {
    // Before the duplicate checks kept bytes, these were three respondents, as formats.md says.
    DataValidator validator = Fixtures.validator(true);
    String[] lines = {
      withRespondent(1, "\"a\\ud800\""),
      withRespondent(2, "\"a\\udbff\""),
      withRespondent(3, "\"a?\""),
      withRespondent(4, "\"a\\udbff\""),
      withRespondent(5, "\"\\udfff\\ud800\""),
      withRespondent(6, "\"\\udfff\\ud800\"")
    };

    List<LineResult<Response>> reference = responses(validator, lines);
    assertThat(reference.subList(0, 3)).allMatch(r -> r instanceof LineResult.Accepted<?>);
    assertThat(reject(reference.get(3)).message())
        .isEqualTo("respondent \"a\\udbff\" already answered for mairie-a");
    assertThat(reference.get(4)).isInstanceOf(LineResult.Accepted.class);
    assertThat(reject(reference.get(5)).reason()).isEqualTo(RejectReason.DUPLICATE_RESPONDENT);
    ScanResponsesProperties.sameOutcomes(bytes(lines));
  }

  private static String withRespondent(int id, String respondent) {
    return Fixtures.RESPONSE
        .replace("\"r-1\"", "\"r-" + id + "\"")
        .replace("\"answers\"", "\"respondent\":" + respondent + ",\"answers\"");
  }

  private static String line(int id, String answers) {
    return String.format(java.util.Locale.ROOT, HEAD, id, answers);
  }

  private static byte[] bytes(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static List<LineResult<Response>> responses(DataValidator validator, String... lines) {
    return Fixtures.responses(validator, lines);
  }

  private static Reject reject(LineResult<Response> result) {
    Reject reject = Fixtures.reject(result);
    assertThat(reject).as("a reject").isNotNull();
    return reject;
  }

  /** Fixtures' edition with three questions: its required rating, {@code extra} and {@code more}. */
  private static EditionDefinitions withQuestion(QuestionType extra, QuestionType more) {
    EditionDefinitions fixtures = Fixtures.definitions(true);
    Question courtesy = fixtures.questionnaire().questions().get(1);
    Questionnaire questionnaire =
        new Questionnaire(
            "accueil",
            3,
            "fr",
            LocalizedText.of("fr", "Accueil"),
            List.of(
                new Section(
                    "all",
                    null,
                    new ArrayList<>(
                        List.of(courtesy, question("extra", extra), question("more", more))))));
    return new EditionDefinitions(
        fixtures.edition(),
        fixtures.structures(),
        fixtures.enrolments(),
        questionnaire,
        fixtures.grid());
  }

  private static Question question(String id, QuestionType type) {
    return new Question(
        new QuestionId(id), type, LocalizedText.of("fr", id), null, null, 1, false, null);
  }

  private static List<Option> options(String... values) {
    return Arrays.stream(values)
        .map(v -> new Option(v, LocalizedText.of("fr", "option"), null, null))
        .toList();
  }
}

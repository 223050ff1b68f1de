package io.github.indiko.core.validation;

import static io.github.indiko.core.validation.Fixtures.RESPONSE;
import static io.github.indiko.core.validation.Fixtures.reject;
import static io.github.indiko.core.validation.Fixtures.responses;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every reject reason of {@code responses.jsonl}, with formats.md's messages. */
class ResponseChecksTest {
  private static final DataValidator VALIDATOR = Fixtures.validator(false);

  private static String answers(String answers) {
    return RESPONSE.replace("{\"courtesy_staff\":4}", answers);
  }

  private static Reject single(DataValidator validator, String line) {
    List<LineResult<Response>> results = responses(validator, line);
    assertThat(results).hasSize(1);
    Reject reject = reject(results.get(0));
    assertThat(reject).as("reject of %s", line).isNotNull();
    return reject;
  }

  private static Response accepted(String line) {
    List<LineResult<Response>> results = responses(VALIDATOR, line);
    assertThat(results).hasSize(1);
    assertThat(reject(results.get(0))).as("reject of %s", line).isNull();
    return ((LineResult.Accepted<Response>) results.get(0)).record();
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of("[\"r-1\"]", null, "malformed", "not a JSON object"),
        Arguments.of(
            RESPONSE.replace("\"submittedAt\"", "\"sumbittedAt\""),
            "r-1",
            "malformed",
            "unknown member \"sumbittedAt\""),
        Arguments.of(
            RESPONSE.replace("\"channel\":\"in_person\",", ""),
            "r-1",
            "malformed",
            "missing member 'channel'"),
        Arguments.of(
            RESPONSE.replace("\"channel\":\"in_person\"", "\"channel\":null"),
            "r-1",
            "malformed",
            "missing member 'channel'"),
        Arguments.of(
            RESPONSE.replace("\"version\":3", "\"version\":\"3\""),
            "r-1",
            "malformed",
            "member 'version' is not a valid integer: \"3\""),
        Arguments.of(
            RESPONSE.replace("\"version\":3", "\"version\":true"),
            "r-1",
            "malformed",
            "member 'version' is not a valid integer: true"),
        Arguments.of(
            RESPONSE.replace("\"version\":3", "\"version\":3.5"),
            "r-1",
            "malformed",
            "member 'version' is not a valid integer: 3.5"),
        Arguments.of(
            RESPONSE.replace("2017-09-14T10:32:00+02:00", "2017-09-14 10:32:00"),
            "r-1",
            "malformed",
            "member 'submittedAt' is not a valid instant: \"2017-09-14 10:32:00\""),
        Arguments.of(
            RESPONSE.replace("2017-09-14T10:32:00+02:00", "2017-09-14T10:32:00"),
            "r-1",
            "malformed",
            "member 'submittedAt' is not a valid instant: \"2017-09-14T10:32:00\""),
        Arguments.of(
            RESPONSE.replace("2017-09-14T10:32:00+02:00", "2017-09-31T10:32:00+02:00"),
            "r-1",
            "malformed",
            "member 'submittedAt' is not a valid instant: \"2017-09-31T10:32:00+02:00\""),
        Arguments.of(
            RESPONSE.replace("\"r-1\"", "\"R 1\""),
            "R 1",
            "malformed",
            "member 'id' is not a valid identifier: \"R 1\""),
        Arguments.of(
            RESPONSE.replace("\"r-1\"", "17"),
            null,
            "malformed",
            "member 'id' is not a string: 17"),
        Arguments.of(
            RESPONSE.replace("\"structure\":\"mairie-a\"", "\"structure\":[\"mairie-a\"]"),
            "r-1",
            "malformed",
            "member 'structure' is not a string: [\"mairie-a\"]"),
        Arguments.of(
            RESPONSE.replace("\"answers\":", "\"segment\":{\"age\":35},\"answers\":"),
            "r-1",
            "malformed",
            "member 'segment' is not an object of strings"),
        Arguments.of(
            RESPONSE.replace("\"answers\":{\"courtesy_staff\":4}", "\"answers\":[4]"),
            "r-1",
            "malformed",
            "member 'answers' is not an object"),
        Arguments.of(
            answers("{\"courtesy_staff\":NaN}"),
            null,
            "malformed",
            "NaN is not a finite JSON number"),
        Arguments.of(
            answers("{\"courtesy_staff\":4,\"visits_year\":1e+16}"),
            null,
            "malformed",
            "number 1e+16 is beyond +-1e15"),
        Arguments.of(
            RESPONSE.replace("\"answers\":", "\"segment\":{\"n\":\"x\",\"n\":\"y\"},\"answers\":"),
            null,
            "malformed",
            "member \"n\" is repeated"),
        Arguments.of(
            RESPONSE.replace("\"version\":3", "\"version\":2"),
            "r-1",
            "unknown_questionnaire",
            "questionnaire \"accueil\" v2 is not the edition's"),
        Arguments.of(
            RESPONSE.replace("\"questionnaire\":\"accueil\"", "\"questionnaire\":\"accueil-2016\""),
            "r-1",
            "unknown_questionnaire",
            "questionnaire \"accueil-2016\" v3 is not the edition's"),
        Arguments.of(
            RESPONSE.replace("mairie-a", "mairie-de-nulle-part"),
            "r-1",
            "unknown_structure",
            "unknown structure \"mairie-de-nulle-part\""),
        Arguments.of(
            RESPONSE.replace("mairie-a", "mairie-c"),
            "r-1",
            "not_enrolled",
            "structure mairie-c is not enrolled"),
        Arguments.of(
            RESPONSE.replace("in_person", "carrier_pigeon"),
            "r-1",
            "unknown_channel",
            "unknown channel \"carrier_pigeon\""),
        Arguments.of(
            RESPONSE.replace("in_person", "Carrier Pigeon"),
            "r-1",
            "unknown_channel",
            "unknown channel \"Carrier Pigeon\""),
        Arguments.of(
            RESPONSE.replace("2017-09-14T10:32:00+02:00", "2017-08-31T23:59:59+02:00"),
            "r-1",
            "outside_collection",
            "2017-08-31T23:59:59+02:00 is outside the collection period 2017-09-01..2017-11-30"),
        Arguments.of(
            RESPONSE.replace("2017-09-14T10:32:00+02:00", "2017-11-30T23:00:00Z"),
            "r-1",
            "outside_collection",
            "2017-11-30T23:00:00Z is outside the collection period 2017-09-01..2017-11-30"),
        Arguments.of(
            answers("{\"courtesy_staff\":4,\"channel\":\"phone\"}"),
            "r-1",
            "unknown_question",
            "unknown question \"channel\""),
        Arguments.of(
            answers("{\"courtesy_staff\":4,\"channel\":null}"),
            "r-1",
            "unknown_question",
            "unknown question \"channel\""),
        Arguments.of(
            answers("{\"used_online\":false,\"online_useful\":3,\"courtesy_staff\":4}"),
            "r-1",
            "answered_hidden",
            "question online_useful is answered but hidden"),
        Arguments.of(
            answers("{\"recommend\":9}"),
            "r-1",
            "missing_required",
            "required question courtesy_staff is not answered"),
        Arguments.of(
            answers("{\"courtesy_staff\":null}"),
            "r-1",
            "missing_required",
            "required question courtesy_staff is not answered"),
        Arguments.of(
            answers("{\"courtesy_staff\":4,\"used_online\":true}"),
            "r-1",
            "missing_required",
            "required question online_useful is not answered"));
  }

  @ParameterizedTest
  @MethodSource
  void rejected(String line, String id, String reason, String message) {
    Reject reject = single(VALIDATOR, line);

    assertThat(reject)
        .isEqualTo(new Reject("responses.jsonl", 1, id, RejectReason.fromCode(reason), message));
  }

  static Stream<Arguments> invalidAnswers() {
    return Stream.of(
        Arguments.of(
            "\"courtesy_staff\":7", "question courtesy_staff: 7 is outside the scale 1..5"),
        Arguments.of(
            "\"courtesy_staff\":0", "question courtesy_staff: 0 is outside the scale 1..5"),
        Arguments.of("\"courtesy_staff\":true", "question courtesy_staff: true is not an integer"),
        Arguments.of(
            "\"courtesy_staff\":\"4\"", "question courtesy_staff: \"4\" is not an integer"),
        Arguments.of("\"courtesy_staff\":3.5", "question courtesy_staff: 3.5 is not an integer"),
        Arguments.of("\"recommend\":11", "question recommend: 11 is outside the scale 0..10"),
        Arguments.of("\"recommend\":-1", "question recommend: -1 is outside the scale 0..10"),
        Arguments.of(
            "\"used_online\":\"oui\"", "question used_online: \"oui\" is not true or false"),
        Arguments.of("\"used_online\":1", "question used_online: 1 is not true or false"),
        Arguments.of(
            "\"contact_mode\":\"fax\"", "question contact_mode: \"fax\" is not an option value"),
        Arguments.of(
            "\"contact_mode\":[\"phone\"]",
            "question contact_mode: [\"phone\"] is not an option value"),
        Arguments.of(
            "\"reasons\":[\"a\",\"b\",\"c\",\"d\"]", "question reasons: 4 selected, more than 3"),
        Arguments.of("\"reasons\":[]", "question reasons: 0 selected, fewer than 1"),
        Arguments.of("\"reasons\":[\"a\",\"a\"]", "question reasons: an option is selected twice"),
        Arguments.of(
            "\"reasons\":[\"a\",\"parking\"]",
            "question reasons: \"parking\" is not an option value"),
        Arguments.of(
            "\"reasons\":\"a\"", "question reasons: \"a\" is not an array of option values"),
        Arguments.of("\"visits_year\":366", "question visits_year: 366 is above the maximum 365"),
        Arguments.of("\"visits_year\":-1", "question visits_year: -1 is below the minimum 0"),
        Arguments.of("\"visits_year\":2.5", "question visits_year: 2.5 is not an integer"),
        Arguments.of("\"visits_year\":\"3\"", "question visits_year: \"3\" is not a number"),
        Arguments.of("\"visits_year\":false", "question visits_year: false is not a number"),
        Arguments.of("\"answer_days\":60.5", "question answer_days: 60.5 is above the maximum 60"),
        Arguments.of(
            "\"comment\":\"" + "x".repeat(21) + "\"",
            "question comment: 21 characters, more than 20"),
        Arguments.of("\"comment\":42", "question comment: 42 is not a string"),
        Arguments.of(
            "\"visit_date\":\"14/09/2017\"",
            "question visit_date: \"14/09/2017\" is not a local date"),
        Arguments.of(
            "\"visit_date\":\"2017-02-30\"",
            "question visit_date: \"2017-02-30\" is not a local date"),
        Arguments.of(
            "\"visit_date\":\"2017-12-24\"",
            "question visit_date: 2017-12-24 is outside 2017-08-15..2017-11-30"));
  }

  @ParameterizedTest
  @MethodSource
  void invalidAnswers(String answer, String message) {
    String others = answer.startsWith("\"courtesy_staff\"") ? "" : "\"courtesy_staff\":4,";
    Reject reject = single(VALIDATOR, answers("{" + others + answer + "}"));

    assertThat(reject)
        .isEqualTo(new Reject("responses.jsonl", 1, "r-1", RejectReason.INVALID_ANSWER, message));
  }

  @Test
  void check_unknownMemberBeforeMissingOne() {
    String line =
        RESPONSE.replace("\"channel\":\"in_person\",", "").replace("\"answers\"", "\"answerz\"");

    assertThat(single(VALIDATOR, line).message()).isEqualTo("unknown member \"answerz\"");
  }

  @Test
  void check_malformedBeforeUnknownQuestionnaire() {
    String line = RESPONSE.replace("\"version\":3", "\"version\":2").replace("\"r-1\"", "\"R\"");

    assertThat(single(VALIDATOR, line).reason()).isEqualTo(RejectReason.MALFORMED);
  }

  @Test
  void check_unknownQuestionBeforeInvalidAnswer() {
    String line = answers("{\"courtesy_staff\":9,\"nope\":1}");

    assertThat(single(VALIDATOR, line).reason()).isEqualTo(RejectReason.UNKNOWN_QUESTION);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2017-08-31T22:00:00Z",
        "2017-09-01T00:00+02:00",
        "2017-11-30T22:59:59.999Z",
        "2017-11-30T23:59:59.123456789+01:00",
        "2017-10-29T02:30:00+01:00"
      })
  void check_instantInsideCollection(String instant) {
    Response response = accepted(RESPONSE.replace("2017-09-14T10:32:00+02:00", instant));

    assertThat(response.submittedAt().toString()).startsWith(instant.substring(0, 16));
  }

  @Test
  void check_acceptedResponseIsTyped() {
    String line =
        RESPONSE
            .replace("\"channel\":\"in_person\"", "\"channel\":\"kiosk\",\"locale\":\"fr\"")
            .replace(
                "\"answers\":",
                "\"respondent\":\"9f2c\",\"segment\":{\"age\":\"35-49\"},\"answers\":")
            .replace(
                "{\"courtesy_staff\":4}",
                "{\"comment\":\"Très bon 😀\",\"courtesy_staff\":4.0,\"recommend\":null,"
                    + "\"used_online\":false,\"contact_mode\":\"phone\",\"reasons\":[\"b\",\"a\"],"
                    + "\"answer_days\":1.5,\"visit_date\":\"2017-09-13\"}");

    Response response = accepted(line);

    assertThat(response.id().value()).isEqualTo("r-1");
    assertThat(response.channel()).isEqualTo(new Channel("kiosk"));
    assertThat(response.locale()).isEqualTo("fr");
    assertThat(response.respondent()).isEqualTo("9f2c");
    assertThat(response.segment()).containsExactly(java.util.Map.entry("age", "35-49"));
    assertThat(response.answers().keySet())
        .extracting(QuestionId::value)
        .containsExactly(
            "comment",
            "courtesy_staff",
            "used_online",
            "contact_mode",
            "reasons",
            "answer_days",
            "visit_date");
    assertThat(response.answers().values())
        .containsExactly(
            new Answer.Text("Très bon 😀"),
            new Answer.Numeric(4),
            new Answer.YesNo(false),
            new Answer.Choice("phone"),
            new Answer.Choices(List.of("b", "a")),
            new Answer.Numeric(1.5),
            new Answer.Date(LocalDate.of(2017, 9, 13)));
  }

  @Test
  void check_conditionalQuestionShownAndAnswered() {
    Response response =
        accepted(answers("{\"courtesy_staff\":4,\"used_online\":true,\"online_useful\":3}"));

    assertThat(response.answers()).containsKey(new QuestionId("online_useful"));
  }

  @Test
  void check_textLengthInCodePoints() {
    Response response =
        accepted(answers("{\"courtesy_staff\":4,\"comment\":\"" + "😀".repeat(20) + "\"}"));

    assertThat(response.answers()).containsKey(new QuestionId("comment"));
  }

  @Test
  void check_duplicateId() {
    List<LineResult<Response>> results = responses(VALIDATOR, RESPONSE, RESPONSE);

    assertThat(reject(results.get(0))).isNull();
    assertThat(reject(results.get(1)))
        .isEqualTo(
            new Reject(
                "responses.jsonl",
                2,
                "r-1",
                RejectReason.DUPLICATE_ID,
                "id r-1 was accepted before"));
  }

  @Test
  void check_rejectedLineDoesNotTakeItsId() {
    List<LineResult<Response>> results =
        responses(VALIDATOR, RESPONSE.replace("mairie-a", "mairie-c"), RESPONSE);

    assertThat(reject(results.get(0))).isNotNull();
    assertThat(reject(results.get(1))).isNull();
  }

  @Test
  void check_duplicateRespondentWhenOnePerRespondent() {
    String first = RESPONSE.replace("\"answers\":", "\"respondent\":\"8d1e31d9\",\"answers\":");
    String sameStructure = first.replace("r-1", "r-2");
    String otherStructure = first.replace("r-1", "r-3").replace("mairie-a", "mairie-b");
    String noRespondent = RESPONSE.replace("r-1", "r-4");

    List<LineResult<Response>> results =
        responses(
            Fixtures.validator(true),
            first,
            sameStructure,
            otherStructure,
            noRespondent,
            noRespondent.replace("r-4", "r-5"));

    assertThat(results)
        .extracting(Fixtures::reject)
        .containsExactly(
            null,
            new Reject(
                "responses.jsonl",
                2,
                "r-2",
                RejectReason.DUPLICATE_RESPONDENT,
                "respondent \"8d1e31d9\" already answered for mairie-a"),
            null,
            null,
            null);
  }

  @Test
  void check_sameRespondentAcceptedWhenSeveralAllowed() {
    String first = RESPONSE.replace("\"answers\":", "\"respondent\":\"8d1e31d9\",\"answers\":");

    List<LineResult<Response>> results = responses(VALIDATOR, first, first.replace("r-1", "r-2"));

    assertThat(results).extracting(Fixtures::reject).containsExactly(null, null);
  }
}

package io.github.indiko.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.ResponseId;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.samples.SyntheticEdition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Submissions of an edition naming two versions of its questionnaire (analysis.md §A4): the
 * synthetic edition's 3 and 4, version 4 adding {@code online_appointment}.
 */
class SubmissionsVersionsTest {
  private static final EditionDefinitions TWO_VERSIONS =
      SyntheticEdition.defaults().withVersions(2).definitions();
  private static final QuestionId ADDED = new QuestionId("online_appointment");

  @Test
  void of_twoVersions_servesTheNewest() {
    Submissions submissions = Forms.submissions(TWO_VERSIONS);

    assertThat(submissions.version()).isEqualTo(4);
    assertThat(submissions.form().questionnaire()).isEqualTo(TWO_VERSIONS.questionnaire());
    assertThat(submissions.form().questionnaire().questions())
        .extracting(Question::id)
        .contains(ADDED);
  }

  @Test
  void parse_newest_answersTheAddedQuestionAndNamesVersion4() {
    String body = body("used_online", "true", "online_useful", "3", "online_appointment", "4");
    Submission.Accepted accepted =
        Forms.accepted(Forms.submissions(TWO_VERSIONS).parse(body, context()));

    assertThat(accepted.response().questionnaire().version()).isEqualTo(4);
    assertThat(accepted.response().answers()).containsEntry(ADDED, new Answer.Numeric(4));
    assertThat(accepted.line()).contains("\"version\":4");
    assertThat(validate(accepted.line()).accepted()).isEqualTo(1);
  }

  @Test
  void forVersion_older_servesItsQuestionsAndItsResponsesNameIt() {
    Submissions older = Forms.submissions(TWO_VERSIONS).forVersion(3);

    Submission.Accepted accepted = Forms.accepted(older.parse(body(), context()));

    assertThat(older.version()).isEqualTo(3);
    assertThat(older.form().questionnaire()).isEqualTo(TWO_VERSIONS.questionnaires().get(0));
    assertThat(older.form().questionnaire().questions())
        .extracting(Question::id)
        .doesNotContain(ADDED);
    assertThat(accepted.response().questionnaire().version()).isEqualTo(3);
    assertThat(accepted.line()).contains("\"version\":3");
    assertThat(validate(accepted.line()).accepted()).isEqualTo(1);
  }

  @Test
  void forVersion_older_refusesTheQuestionOnlyTheNewerAsks() {
    Submissions older = Forms.submissions(TWO_VERSIONS).forVersion(3);

    Submission.Rejected rejected =
        Forms.rejected(
            older.parse(
                body("used_online", "true", "online_useful", "3", "online_appointment", "4"),
                context()));

    assertThat(rejected.errors())
        .extracting(FieldError::question, FieldError::code)
        .containsExactly(tuple(null, FieldError.Code.UNKNOWN_FIELD));
  }

  @Test
  void of_versionTheEditionLacks_refusedNamingItsVersions() {
    assertThatThrownBy(() -> Forms.submissions(TWO_VERSIONS).forVersion(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no version 5")
        .hasMessageEndingWith("it names 3, 4");
    assertThatThrownBy(() -> Forms.submissions(Forms.SAMPLE).forVersion(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("it names 3");
  }

  @Test
  void of_oneVersion_servesIt() {
    Submissions submissions = Forms.submissions(Forms.SAMPLE);

    assertThat(submissions.version()).isEqualTo(3);
    assertThat(submissions.forVersion(3).form().questionnaire())
        .isEqualTo(submissions.form().questionnaire());
  }

  /** The required answers, then {@code more} name, value pairs. */
  private static String body(String... more) {
    String[] pairs = new String[8 + more.length];
    String[] required = {
      Forms.CSRF, "token", "courtesy_staff", "4", "problem_solved", "yes", "overall", "5"
    };
    System.arraycopy(required, 0, pairs, 0, required.length);
    System.arraycopy(more, 0, pairs, required.length, more.length);
    return Forms.body(pairs);
  }

  private static SubmissionContext context() {
    return new SubmissionContext(
        new ResponseId("r-web-1"),
        TWO_VERSIONS.enrolments().get(0).structure(),
        Channel.WEBSITE,
        OffsetDateTime.parse("2017-09-14T10:32:00+02:00"),
        "tok-1",
        Locale.FRENCH,
        Forms.CSRF);
  }

  private static SourceCounts validate(String line) {
    return DataValidator.of(TWO_VERSIONS)
        .validateResponses(
            new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)),
            DataValidator.RESPONSES,
            result -> {});
  }
}

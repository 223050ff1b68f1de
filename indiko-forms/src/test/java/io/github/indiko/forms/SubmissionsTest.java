package io.github.indiko.forms;

import static io.github.indiko.forms.Forms.accepted;
import static io.github.indiko.forms.Forms.body;
import static io.github.indiko.forms.Forms.minimal;
import static io.github.indiko.forms.Forms.post;
import static io.github.indiko.forms.Forms.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.indiko.core.format.ResponseLines;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmissionsTest {
  private static QuestionId q(String id) {
    return new QuestionId(id);
  }

  private static List<String> codes(Submission submission) {
    return rejected(submission).errors().stream()
        .map(e -> (e.question() == null ? "-" : e.question().value()) + ":" + e.code().id())
        .toList();
  }

  @Test
  void parse_minimal_accepted() {
    Submission.Accepted accepted = accepted(post(minimal(Forms.CSRF, "token")));
    Response response = accepted.response();
    assertThat(response.answers())
        .containsExactly(
            Map.entry(q("courtesy_staff"), new Answer.Numeric(4)),
            Map.entry(q("problem_solved"), new Answer.Choice("yes")),
            Map.entry(q("overall"), new Answer.Numeric(5)));
    assertThat(response.locale()).isEqualTo("fr");
    assertThat(response.respondent()).isEqualTo("tok-1");
    assertThat(accepted.line()).isEqualTo(ResponseLines.line(response));
    assertThat(accepted.line())
        .isEqualTo(
            "{\"id\":\"r-web-1\",\"questionnaire\":\"accueil\",\"version\":3,"
                + "\"structure\":\"mairie-grandpre-sur-vire\",\"channel\":\"website\","
                + "\"submittedAt\":\"2017-09-14T10:32+02:00\",\"locale\":\"fr\","
                + "\"respondent\":\"tok-1\",\"answers\":{\"courtesy_staff\":4,"
                + "\"problem_solved\":\"yes\",\"overall\":5}}");
  }

  @Test
  void parse_everyType_accepted() {
    String body =
        body(
            "contact_mode", "in_person",
            "visit_date", "2017-09-10",
            "hours_suitable", "true",
            "signage_clear", "3",
            "wait_minutes", "12",
            "courtesy_staff", "4",
            "greeting", "true",
            "problem_solved", "partly",
            "info_clear", "0",
            "well_directed", "false",
            "used_online", "true",
            "online_useful", "3",
            "online_easy", "4",
            "goal_achieved", "true",
            "overall", "4",
            "recommend", "5",
            "recommend_reason", "Trop d'attente\r\n<b>&é😀",
            "reasons", "waiting",
            "reasons", "opening_hours",
            "hours_wish", "evening",
            "visits_year", "3",
            "comment", "",
            Forms.CSRF, "x");
    Response response = accepted(post(body)).response();
    Map<QuestionId, Answer> answers = response.answers();
    assertThat(answers).hasSize(20);
    assertThat(answers.get(q("visit_date"))).isEqualTo(new Answer.Date(LocalDate.of(2017, 9, 10)));
    assertThat(answers.get(q("wait_minutes"))).isEqualTo(new Answer.Numeric(12));
    assertThat(answers.get(q("recommend_reason"))).isEqualTo(new Answer.Text("Trop d'attente\n<b>&é😀"));
    assertThat(answers.get(q("reasons"))).isEqualTo(new Answer.Choices(List.of("waiting", "opening_hours")));
    assertThat(answers.get(q("well_directed"))).isEqualTo(new Answer.YesNo(false));
    assertThat(answers).doesNotContainKey(q("comment"));
  }

  @Test
  void parse_extraField_rejected() {
    Submission.Rejected rejected = rejected(post(minimal("is_admin", "1")));
    assertThat(rejected.errors())
        .extracting(FieldError::question, FieldError::code)
        .containsExactly(tuple(null, FieldError.Code.UNKNOWN_FIELD));
    assertThat(rejected.errors().get(0).message()).contains("\u00A0is_admin\u00A0");
  }

  @Test
  void parse_outOfRangeRating_rejected() {
    Submission.Rejected rejected = rejected(post(body("courtesy_staff", "7", "problem_solved", "yes", "overall", "5")));
    assertThat(rejected.errors())
        .extracting(FieldError::question, FieldError::code, FieldError::message)
        .containsExactly(tuple(q("courtesy_staff"), FieldError.Code.OUT_OF_RANGE, "Choisissez une valeur entre 1 et 5."));
    assertThat(rejected.state().values().get("courtesy_staff")).containsExactly("7");
  }

  @Test
  void parse_nonOption_rejected() {
    assertThat(codes(post(body("courtesy_staff", "4", "problem_solved", "maybe", "overall", "5"))))
        .containsExactly("problem_solved:not_an_option");
    assertThat(codes(post(minimal("used_online", "oui"))))
        .containsExactly("used_online:not_an_option");
    assertThat(codes(post(minimal("reasons", "waiting", "reasons", "bribes"))))
        .containsExactly("reasons:not_an_option");
  }

  @Test
  void parse_answerToHiddenQuestion_refusedAndDropped() {
    Submission.Rejected rejected =
        rejected(post(minimal("contact_mode", "website", "hours_suitable", "true", "online_useful", "2")));
    assertThat(codes(rejected))
        .containsExactly("hours_suitable:answered_hidden", "online_useful:answered_hidden");
    assertThat(rejected.state().values()).doesNotContainKeys("hours_suitable", "online_useful");
    assertThat(rejected.state().values().get("contact_mode")).containsExactly("website");
    Submission again = post(minimal("contact_mode", "website"));
    assertThat(again).isInstanceOf(Submission.Accepted.class);
  }

  @Test
  void parse_tenMegabyteField_refusedWithoutReadingIt() {
    long size = 10L << 20;
    byte[] head = "courtesy_staff=4&comment=".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    long[] read = {0};
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            if (read[0] >= head.length + size) {
              return -1;
            }
            int b = read[0] < head.length ? head[(int) read[0]] : 'a';
            read[0]++;
            return b;
          }
        };
    Submission submission = Forms.SUBMISSIONS.parse(endless, Forms.context(Locale.FRENCH));
    assertThat(codes(submission)).contains("comment:too_large");
    assertThat(read[0]).isLessThanOrEqualTo(SubmissionLimits.defaults().maxFieldBytes() + 8192L + head.length);
    assertThat(rejected(submission).state().values()).doesNotContainKey("comment");
  }

  @Test
  void parse_bodyBeyondLimit_rejected() {
    Submissions small =
        Submissions.of(Forms.SAMPLE, new SubmissionLimits(40, 1000, 1000), Forms.CLOCK);
    assertThat(codes(small.parse(minimal("comment", "x".repeat(50)), Forms.context(Locale.FRENCH))))
        .contains("-:body_too_large");
  }

  @Test
  void parse_invalidEncoding_rejected() {
    assertThat(codes(post(minimal() + "&comment=%zz"))).containsExactly("-:malformed");
    assertThat(codes(post(minimal() + "&comment=%C3%28"))).containsExactly("-:malformed");
    assertThat(codes(post(minimal() + "&comment=%E2%82"))).containsExactly("-:malformed");
    assertThat(codes(post(minimal() + "&comment=%"))).containsExactly("-:malformed");
    assertThat(codes(post(minimal() + "&comment=é"))).containsExactly("-:malformed");
    assertThat(codes(post(minimal() + "&comment=a b"))).containsExactly("-:malformed");
    assertThat(codes(post(minimal() + "&comm%FFent=a"))).containsExactly("-:malformed");
  }

  @Test
  void parse_repeatedSingleField_rejected() {
    assertThat(codes(post(minimal("courtesy_staff", "5")))).containsExactly("courtesy_staff:repeated");
    assertThat(codes(post(minimal("comment", "a", "comment", "b")))).containsExactly("comment:repeated");
  }

  @Test
  void parse_missingRequired_rejected() {
    Submission.Rejected rejected = rejected(post(""));
    assertThat(codes(rejected))
        .containsExactly("courtesy_staff:required", "problem_solved:required", "overall:required");
    assertThat(rejected.errors().get(0).message()).isEqualTo("Répondez à cette question.");
    assertThat(codes(post(minimal("used_online", "true")))).containsExactly("online_useful:required");
  }

  @Test
  void parse_tooManyFields_rejected() {
    String[] pairs = new String[400];
    for (int i = 0; i < pairs.length; i += 2) {
      pairs[i] = "reasons";
      pairs[i + 1] = "waiting";
    }
    assertThat(codes(post(minimal(pairs)))).contains("-:too_many_fields");
  }

  @Test
  void parse_valuesOfTheWrongShape_rejected() {
    assertThat(codes(post(minimal("visits_year", "abc")))).containsExactly("visits_year:not_a_number");
    assertThat(codes(post(minimal("visits_year", "2.5")))).containsExactly("visits_year:not_an_integer");
    assertThat(codes(post(minimal("visits_year", "3.0000000000000000001"))))
        .containsExactly("visits_year:not_an_integer");
    assertThat(codes(post(minimal("visits_year", "366")))).containsExactly("visits_year:out_of_range");
    assertThat(codes(post(minimal("visits_year", "1e16")))).containsExactly("visits_year:out_of_range");
    assertThat(codes(post(minimal("visit_date", "2017-02-30")))).containsExactly("visit_date:not_a_date");
    assertThat(codes(post(minimal("visit_date", "2017-12-01")))).containsExactly("visit_date:out_of_range");
    assertThat(codes(post(minimal("recommend", "4", "recommend_reason", "x".repeat(301)))))
        .containsExactly("recommend_reason:too_long");
    assertThat(codes(post(minimal("reasons", "waiting", "reasons", "staff", "reasons", "other", "reasons", "website"))))
        .containsExactly("reasons:too_many_selected");
    assertThat(codes(post(minimal("reasons", "waiting", "reasons", "waiting"))))
        .containsExactly("reasons:repeated_option");
    assertThat(codes(post(minimal("recommend", "10.0")))).containsExactly("recommend:not_an_integer");
    assertThat(codes(post(minimal("recommend", "11")))).containsExactly("recommend:out_of_range");
  }

  @Test
  void parse_messages_inTheCitizensLanguage() {
    Submission english =
        Forms.SUBMISSIONS.parse(minimal("visit_date", "2017-12-01"), Forms.context(Locale.ENGLISH));
    assertThat(rejected(english).errors().get(0).message())
        .isEqualTo("Choose a date from 2017-08-15 to 2017-11-30.");
    Submission french = post(minimal("visit_date", "2017-12-01"));
    assertThat(rejected(french).errors().get(0).message())
        .isEqualTo("Choisissez une date entre le 15/08/2017 et le 30/11/2017.");
    Submission german =
        Forms.SUBMISSIONS.parse(minimal("recommend_reason", "x"), Forms.context(Locale.GERMAN));
    assertThat(rejected(german).errors().get(0).message())
        .isEqualTo("This question did not apply to your other answers: the answer given was removed. Check your answers and send them again.");
  }

  @Test
  void parse_outsideCollection_refusedByTheValidator() {
    SubmissionContext late =
        new SubmissionContext(
            Forms.context(Locale.FRENCH).id(),
            Forms.context(Locale.FRENCH).structure(),
            Forms.context(Locale.FRENCH).channel(),
            OffsetDateTime.parse("2017-12-01T00:00:00+01:00"),
            null,
            Locale.FRENCH,
            null);
    Submission submission = Forms.SUBMISSIONS.parse(minimal(), late);
    assertThat(codes(submission)).containsExactly("-:not_accepted");
    assertThat(rejected(submission).state().values()).containsKeys("courtesy_staff", "overall");
  }

  @Test
  void parse_csrfFieldOnlyIgnoredWhenNamed() {
    SubmissionContext noCsrf =
        new SubmissionContext(
            Forms.context(Locale.FRENCH).id(),
            Forms.context(Locale.FRENCH).structure(),
            Forms.context(Locale.FRENCH).channel(),
            Forms.context(Locale.FRENCH).submittedAt(),
            null,
            Locale.FRENCH,
            null);
    assertThat(codes(Forms.SUBMISSIONS.parse(minimal(Forms.CSRF, "t"), noCsrf)))
        .containsExactly("-:unknown_field");
  }

  @Test
  void parse_exponentBeyondAnInt_refusedNotThrown() {
    assertThat(codes(post(minimal("visits_year", "1e9999999999"))))
        .containsExactly("visits_year:not_a_number");
    assertThat(codes(post(minimal("visits_year", "1e-9999999999"))))
        .containsExactly("visits_year:not_a_number");
  }

  /** The sample, with its last question, comment, shown only when visits_year > 5. */
  private static Submissions commentAfterManyVisits() {
    var sample = Forms.SAMPLE;
    var questionnaire = sample.questionnaire();
    var sections =
        questionnaire.sections().stream()
            .map(
                section ->
                    new io.github.indiko.core.questionnaire.Section(
                        section.id(),
                        section.title(),
                        section.questions().stream()
                            .map(
                                question ->
                                    question.id().value().equals("comment")
                                        ? new io.github.indiko.core.questionnaire.Question(
                                            question.id(),
                                            question.type(),
                                            question.label(),
                                            question.help(),
                                            question.theme(),
                                            question.weight(),
                                            question.required(),
                                            "visits_year > 5")
                                        : question)
                            .toList()))
            .toList();
    return Forms.submissions(
        new io.github.indiko.core.EditionDefinitions(
            sample.edition(),
            sample.structures(),
            sample.enrolments(),
            new io.github.indiko.core.questionnaire.Questionnaire(
                questionnaire.id(),
                questionnaire.version(),
                questionnaire.defaultLocale(),
                questionnaire.title(),
                sections),
            sample.grid()));
  }

  @Test
  void parse_invalidAnswerThatTheScriptReadsAsShowing_keepsTheDependentAnswer() {
    // The form's script reads 400 as a number and shows comment (400 > 5); the citizen answers it.
    // The refusal must be about visits_year only, and keep the comment for the redisplay.
    Submissions submissions = commentAfterManyVisits();
    Submission submission =
        submissions.parse(minimal("visits_year", "400", "comment", "Bien"), Forms.context(Locale.FRENCH));

    assertThat(codes(submission)).containsExactly("visits_year:out_of_range");
    assertThat(rejected(submission).state().values().get("comment")).containsExactly("Bien");
    org.jsoup.nodes.Element comment =
        org.jsoup.Jsoup.parseBodyFragment(
                submissions
                    .form()
                    .render(
                        rejected(submission).state(),
                        FormOptions.of(Locale.FRENCH, "/survey")))
            .selectFirst("[data-ik-q=comment]");
    assertThat(comment.hasAttr("hidden")).as("the redisplay shows what the script showed").isFalse();
  }
}

package io.github.indiko.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.validation.RejectReason;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioTest {
  private static final EditionDefinitions SAMPLE = EditionFolder.load(Samples.edition());

  /** A response to the sample questionnaire that answers every question it shows. */
  private static final Scenario COMPLETE =
      Scenario.of(SAMPLE)
          .answer("contact_mode", "in_person")
          .answer("visit_date", LocalDate.of(2017, 9, 1))
          .answer("hours_suitable", true)
          .answer("signage_clear", 3)
          .answer("wait_minutes", 12)
          .answer("courtesy_staff", 4)
          .answer("greeting", true)
          .answer("staff_competent", 5)
          .answer("problem_solved", "partly")
          .answer("info_clear", 8)
          .answer("well_directed", true)
          .answer("used_online", true)
          .answer("online_useful", 3)
          .answer("online_easy", 4)
          .answer("online_problem", false)
          .answer("goal_achieved", true)
          .answer("overall", 4)
          .answer("recommend", 9)
          .answer("reasons", List.of("opening_hours"))
          .answer("hours_wish", "evening")
          .answer("visits_year", 2)
          .answer("comment", "Très bien, \"merci\"\n")
          .answer("comment_contact", true);

  @Test
  void validation_completeResponse_isAccepted() {
    assertThat(COMPLETE.missingRequired()).isEmpty();
    assertThat(COMPLETE.validation()).isEqualTo(Verdict.ACCEPTED);
    assertThat(COMPLETE.validation().isAccepted()).isTrue();
  }

  @Test
  void validation_answeredHiddenQuestion_isAnsweredHidden() {
    Scenario website = COMPLETE.answer("contact_mode", "website");

    assertThat(website.isShown("signage_clear")).isFalse();
    assertThat(website.validation())
        .isEqualTo(
            new Verdict.Rejected(
                RejectReason.ANSWERED_HIDDEN, "question hours_suitable is answered but hidden"));
  }

  @Test
  void validation_requiredOverallUnanswered_isMissingRequired() {
    Scenario noOverall = COMPLETE.unanswer("overall");

    assertThat(noOverall.missingRequired()).containsExactly("overall");
    assertThat(noOverall.validation())
        .isEqualTo(
            new Verdict.Rejected(
                RejectReason.MISSING_REQUIRED, "required question overall is not answered"));
  }

  @Test
  void validation_ratingOutsideTheScale_isInvalidAnswer() {
    Verdict verdict = COMPLETE.answer("overall", 7).validation();

    assertThat(verdict.reason()).isEqualTo(RejectReason.INVALID_ANSWER);
    assertThat(verdict)
        .hasToString("invalid_answer: question overall: 7 is outside the scale 1..5");
  }

  @Test
  void validation_fractionalRating_isInvalidAnswer() {
    assertThat(COMPLETE.answer("overall", 3.5).validation())
        .isEqualTo(
            new Verdict.Rejected(
                RejectReason.INVALID_ANSWER, "question overall: 3.5 is not an integer"));
  }

  @Test
  void itemScore_followsScoringSection1() {
    assertThat(COMPLETE.itemScore("overall")).hasValue(75);
    assertThat(COMPLETE.itemScore("signage_clear").getAsDouble())
        .isCloseTo(200.0 / 3, within(1e-12));
    assertThat(COMPLETE.itemScore("recommend")).hasValue(90);
    assertThat(COMPLETE.itemScore("online_problem")).hasValue(100);
    assertThat(COMPLETE.answer("online_problem", true).itemScore("online_problem")).hasValue(0);
    assertThat(COMPLETE.itemScore("problem_solved")).hasValue(50);
    assertThat(COMPLETE.itemScore("wait_minutes").getAsDouble())
        .isCloseTo(93.333_333_333_333, within(1e-9));
    assertThat(COMPLETE.answer("wait_minutes", 45).itemScore("wait_minutes")).hasValue(0);
  }

  @Test
  void itemScore_unscoredUnansweredOrHidden_isEmpty() {
    assertThat(COMPLETE.itemScore("reasons")).isEmpty();
    assertThat(COMPLETE.itemScore("visits_year")).isEmpty();
    assertThat(COMPLETE.answer("problem_solved", "dont_know").itemScore("problem_solved"))
        .isEmpty();
    assertThat(COMPLETE.unanswer("overall").itemScore("overall")).isEmpty();
    assertThat(COMPLETE.answer("contact_mode", "email").itemScore("wait_minutes")).isEmpty();
  }

  @Test
  void isFavourable_followsScoringSection1() {
    assertThat(COMPLETE.isFavourable("overall")).isTrue();
    assertThat(COMPLETE.answer("overall", 3).isFavourable("overall")).isFalse();
    assertThat(COMPLETE.isFavourable("info_clear")).isTrue();
    assertThat(COMPLETE.isFavourable("recommend")).isTrue();
    assertThat(COMPLETE.isFavourable("online_problem")).isTrue();
    assertThat(COMPLETE.isFavourable("problem_solved")).isFalse();
    assertThat(COMPLETE.answer("problem_solved", "yes").isFavourable("problem_solved")).isTrue();
    assertThat(COMPLETE.answer("wait_minutes", 10).isFavourable("wait_minutes")).isTrue();
    assertThat(COMPLETE.unanswer("overall").isFavourable("overall")).isFalse();
  }

  @Test
  void answer_leavesTheScenarioItCameFromUnchanged() {
    Scenario start = Scenario.of(SAMPLE);
    Scenario website = start.answer("contact_mode", "website");

    assertThat(start.isShown("hours_suitable")).isTrue();
    assertThat(website.isShown("hours_suitable")).isFalse();
  }

  @Test
  void answer_ofAnotherType_isRefused() {
    Scenario start = Scenario.of(SAMPLE);

    assertThatThrownBy(() -> start.answer("overall", "5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("question overall is of type rating: it is not answered with a string");
    assertThatThrownBy(() -> start.answer("reasons", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("multi_choice");
  }

  @Test
  void answer_unknownQuestion_isRefused() {
    assertThatThrownBy(() -> Scenario.of(SAMPLE).answer("overal", 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("questionnaire accueil v3 has no question \"overal\"");
  }

  @Test
  void jsonLine_writesTheEnvelopeAndTheAnswersInDocumentOrder() {
    Scenario scenario =
        Scenario.of(SAMPLE)
            .answer("overall", 4)
            .answer("contact_mode", "phone")
            .answer("comment", "a \"quoted\"\ttab");

    assertThat(scenario.jsonLine())
        .isEqualTo(
            "{\"id\":\"scenario\",\"questionnaire\":\"accueil\",\"version\":3,"
                + "\"structure\":\"mairie-grandpre-sur-vire\",\"channel\":\"website\","
                + "\"submittedAt\":\"2017-09-01T12:00:00+02:00\",\"answers\":{"
                + "\"contact_mode\":\"phone\",\"overall\":4,"
                + "\"comment\":\"a \\\"quoted\\\"\\u0009tab\"}}");
  }

  @Test
  void of_loneQuestionnaire_acceptsACompleteResponse() {
    Scenario lone = Scenario.of(SAMPLE.questionnaire());

    assertThat(lone.validation().reason()).isEqualTo(RejectReason.MISSING_REQUIRED);
    assertThat(
            lone.answer("courtesy_staff", 5)
                .answer("problem_solved", "yes")
                .answer("overall", 5)
                .validation())
        .isEqualTo(Verdict.ACCEPTED);
  }
}

package io.github.indiko.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.validation.RejectReason;
import org.junit.jupiter.api.Test;

class AuditScenarioTest {
  private static final EditionDefinitions SAMPLE = EditionFolder.load(Samples.edition());
  private static final AuditScenario START = AuditScenario.of(SAMPLE);

  /** A phone audit of the sample grid that observes every criterion it shows. */
  private static final AuditScenario PHONE =
      START
          .channel("phone")
          .observe("phone_hours", "met")
          .observe("phone_rings", 4)
          .observe("phone_greeting", "met")
          .observe("phone_answer", "not_met");

  @Test
  void isShown_criteriaOfTheChannelOnly() {
    assertThat(PHONE.shownCriteria())
        .containsExactly("phone_hours", "phone_rings", "phone_greeting", "phone_answer");
    assertThat(START.channel("website").shownCriteria())
        .containsExactly("web_a11y", "web_procedures", "web_clicks", "web_info");
    assertThat(PHONE.isShown("desk_signage")).isFalse();
  }

  @Test
  void phoneRingsMissed_hidesGreetingAndAnswer() {
    AuditScenario missed = PHONE.missed("phone_rings");

    assertThat(missed.isShown("phone_greeting")).isFalse();
    assertThat(missed.isShown("phone_answer")).isFalse();
    assertThat(PHONE.isShown("phone_greeting")).isTrue();
  }

  @Test
  void phoneRingsNa_countsAsUnansweredAndHidesGreeting() {
    assertThat(PHONE.na("phone_rings").isShown("phone_greeting")).isFalse();
    assertThat(START.channel("phone").isShown("phone_greeting")).isFalse();
  }

  @Test
  void emailDelayMissed_hidesCompleteAndPolite() {
    AuditScenario email = START.channel("email").observe("email_delay", 30);

    assertThat(email.shownCriteria())
        .containsExactly("email_delay", "email_complete", "email_polite");
    assertThat(email.missed("email_delay").shownCriteria()).containsExactly("email_delay");
  }

  @Test
  void socialReplyMissed_hidesTone() {
    AuditScenario social = START.channel("social").observe("social_reply", 12.5);

    assertThat(social.isShown("social_tone")).isTrue();
    assertThat(social.missed("social_reply").isShown("social_tone")).isFalse();
  }

  @Test
  void itemScore_followsScoringSection1() {
    assertThat(PHONE.itemScore("phone_hours")).hasValue(100);
    assertThat(PHONE.itemScore("phone_answer")).hasValue(0);
    assertThat(PHONE.itemScore("phone_rings")).hasValue(80);
    assertThat(PHONE.missed("phone_rings").itemScore("phone_rings")).hasValue(0);
    assertThat(PHONE.na("phone_hours").itemScore("phone_hours")).isEmpty();
    assertThat(START.channel("website").observe("web_a11y", 70).itemScore("web_a11y"))
        .hasValue(50);
    assertThat(PHONE.missed("phone_rings").itemScore("phone_greeting")).isEmpty();
  }

  @Test
  void isFavourable_metAndFullScoresOnly() {
    assertThat(PHONE.isFavourable("phone_hours")).isTrue();
    assertThat(PHONE.isFavourable("phone_answer")).isFalse();
    assertThat(PHONE.isFavourable("phone_rings")).isFalse();
    assertThat(PHONE.observe("phone_rings", 3).isFavourable("phone_rings")).isTrue();
  }

  @Test
  void validation_completeAudit_isAccepted() {
    assertThat(PHONE.missingObservations()).isEmpty();
    assertThat(PHONE.validation()).isEqualTo(Verdict.ACCEPTED);
    AuditScenario missed =
        PHONE.missed("phone_rings").unobserve("phone_greeting").unobserve("phone_answer");
    assertThat(missed.validation()).isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void validation_observedHiddenCriterion_isObservedHidden() {
    assertThat(PHONE.missed("phone_rings").validation())
        .isEqualTo(
            new Verdict.Rejected(
                RejectReason.OBSERVED_HIDDEN, "criterion phone_greeting is observed but hidden"));
    assertThat(PHONE.observe("desk_signage", "met").validation())
        .isEqualTo(
            new Verdict.Rejected(
                RejectReason.OBSERVED_HIDDEN,
                "criterion desk_signage is of channel in_person, not phone"));
  }

  @Test
  void validation_shownCriterionUnobserved_isMissingObservation() {
    AuditScenario noAnswer = PHONE.unobserve("phone_answer");

    assertThat(noAnswer.missingObservations()).containsExactly("phone_answer");
    assertThat(noAnswer.validation())
        .isEqualTo(
            new Verdict.Rejected(
                RejectReason.MISSING_OBSERVATION, "criterion phone_answer is not observed"));
  }

  @Test
  void validation_measureAboveItsMaximum_isInvalidObservation() {
    assertThat(PHONE.observe("phone_rings", 101).validation())
        .isEqualTo(
            new Verdict.Rejected(
                RejectReason.INVALID_OBSERVATION,
                "criterion phone_rings: 101 is above the maximum 100"));
  }

  @Test
  void observe_valueThatDoesNotFitTheCriterion_isRefused() {
    assertThatThrownBy(() -> PHONE.observe("phone_greeting", "missed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("criterion phone_greeting is a check: it is not observed with \"missed\"");
    assertThatThrownBy(() -> PHONE.observe("phone_hours", 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a number");
  }

  @Test
  void isShown_withoutChannel_isRefused() {
    assertThatThrownBy(() -> START.isShown("phone_hours"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("channel(\"phone\")");
  }

  @Test
  void of_loneGrid_acceptsACompleteAudit() {
    AuditScenario lone = AuditScenario.of(SAMPLE.grid()).channel("email");

    assertThat(lone.validation().reason()).isEqualTo(RejectReason.MISSING_OBSERVATION);
    assertThat(lone.missed("email_delay").validation()).isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void jsonLine_namesAStructureThatOffersTheChannel() {
    assertThat(PHONE.jsonLine())
        .startsWith(
            "{\"id\":\"scenario\",\"grid\":\"audit-accueil\",\"version\":1,\"structure\":")
        .endsWith(
            "\"channel\":\"phone\",\"performedAt\":\"2017-09-01T12:00:00+02:00\","
                + "\"observations\":{\"phone_hours\":\"met\",\"phone_rings\":4,"
                + "\"phone_greeting\":\"met\",\"phone_answer\":\"not_met\"}}");
  }
}

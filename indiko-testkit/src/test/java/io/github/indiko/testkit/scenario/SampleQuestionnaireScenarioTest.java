package io.github.indiko.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every {@code when} of the sample questionnaire, true and false. */
class SampleQuestionnaireScenarioTest {
  private static final EditionDefinitions SAMPLE = EditionFolder.load(Samples.edition());
  private static final Scenario START = Scenario.of(SAMPLE);

  @Test
  void conditions_areTheOnesThisTestCovers() {
    assertThat(
            SAMPLE.questionnaire().questions().stream()
                .filter(q -> q.when() != null)
                .map(q -> q.id().value()))
        .containsExactly(
            "hours_suitable",
            "signage_clear",
            "wait_minutes",
            "answer_days",
            "greeting",
            "online_useful",
            "online_easy",
            "online_problem",
            "recommend_reason",
            "hours_wish",
            "comment_contact");
  }

  @Test
  void hoursSuitable_hiddenOnlyForTheWebsite() {
    assertThat(START.isShown("hours_suitable")).isTrue();
    assertThat(START.answer("contact_mode", "phone").isShown("hours_suitable")).isTrue();
    assertThat(START.answer("contact_mode", "website").isShown("hours_suitable")).isFalse();
  }

  @Test
  void inPerson_showsTheDeskQuestions() {
    Scenario inPerson = START.answer("contact_mode", "in_person");

    assertThat(inPerson.shownQuestions())
        .contains("signage_clear", "wait_minutes", "greeting")
        .doesNotContain("answer_days");
    assertThat(START.shownQuestions())
        .doesNotContain("signage_clear", "wait_minutes", "greeting", "answer_days");
  }

  @Test
  void waitMinutes_shownInPersonAndByPhone() {
    Scenario phone = START.answer("contact_mode", "phone");

    assertThat(phone.isShown("wait_minutes")).isTrue();
    assertThat(phone.isShown("signage_clear")).isFalse();
    assertThat(phone.isShown("greeting")).isFalse();
    assertThat(START.answer("contact_mode", "email").isShown("wait_minutes")).isFalse();
  }

  @Test
  void answerDays_shownByEmailAndByPost() {
    assertThat(START.answer("contact_mode", "email").isShown("answer_days")).isTrue();
    assertThat(START.answer("contact_mode", "mail").isShown("answer_days")).isTrue();
    assertThat(START.answer("contact_mode", "social").isShown("answer_days")).isFalse();
  }

  @Test
  void usedOnline_makesOnlineUsefulShownAndRequired() {
    Scenario online = START.answer("used_online", true);

    assertThat(online.isShown("online_useful")).isTrue();
    assertThat(online.isRequired("online_useful")).isTrue();
    assertThat(online.isShown("online_problem")).isTrue();
    assertThat(online.missingRequired()).contains("online_useful");
    Scenario offline = START.answer("used_online", false);
    assertThat(offline.isShown("online_useful")).isFalse();
    assertThat(offline.isRequired("online_useful")).isFalse();
    assertThat(offline.isShown("online_problem")).isFalse();
    assertThat(offline.missingRequired()).doesNotContain("online_useful");
  }

  @Test
  void onlineEasy_shownWhenOnlineUsefulIsAtLeast2() {
    Scenario online = START.answer("used_online", true);

    assertThat(online.isShown("online_easy")).isFalse();
    assertThat(online.answer("online_useful", 1).isShown("online_easy")).isFalse();
    assertThat(online.answer("online_useful", 2).isShown("online_easy")).isTrue();
    assertThat(online.answer("online_useful", 4).isShown("online_easy")).isTrue();
  }

  @Test
  void onlineEasy_hiddenWhenOnlineUsefulIsItselfHidden() {
    Scenario hiddenAnswer =
        START.answer("used_online", true).answer("online_useful", 3).answer("used_online", false);

    assertThat(hiddenAnswer.isShown("online_useful")).isFalse();
    assertThat(hiddenAnswer.isShown("online_easy")).isFalse();
  }

  @Test
  void recommendReason_shownForDetractors() {
    assertThat(START.isShown("recommend_reason")).isFalse();
    assertThat(START.answer("recommend", 6).isShown("recommend_reason")).isTrue();
    assertThat(START.answer("recommend", 0).isShown("recommend_reason")).isTrue();
    assertThat(START.answer("recommend", 7).isShown("recommend_reason")).isFalse();
  }

  @Test
  void hoursWish_shownWhenReasonsContainOpeningHours() {
    assertThat(START.isShown("hours_wish")).isFalse();
    assertThat(START.answer("reasons", List.of("waiting", "opening_hours")).isShown("hours_wish"))
        .isTrue();
    assertThat(START.answer("reasons", List.of("waiting")).isShown("hours_wish")).isFalse();
  }

  @Test
  void commentContact_shownWhenCommentIsAnswered() {
    Scenario commented = START.answer("comment", "Merci");

    assertThat(START.isShown("comment_contact")).isFalse();
    assertThat(commented.isShown("comment_contact")).isTrue();
    assertThat(commented.unanswer("comment").isShown("comment_contact")).isFalse();
  }
}

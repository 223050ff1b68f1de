package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.response.Answer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemScoresTest {
  private static final EditionDefinitions SAMPLE = EditionFolder.load(Samples.edition());

  private static Question question(String id) {
    return SAMPLE.questionnaire().question(new QuestionId(id)).orElseThrow();
  }

  private static Criterion criterion(String id) {
    return SAMPLE.grid().criterion(new CriterionId(id)).orElseThrow();
  }

  @Test
  void of_rating_isLinearOnTheScaleAndFavourableInTheTopBox() {
    assertThat(ItemScores.of(question("overall"), new Answer.Numeric(4))).hasValue(75);
    assertThat(ItemScores.favourable(question("overall"), new Answer.Numeric(4))).isTrue();
    assertThat(ItemScores.favourable(question("overall"), new Answer.Numeric(3))).isFalse();
  }

  @Test
  void of_numberWithTarget_interpolatesBetweenGoodAndBad() {
    assertThat(ItemScores.of(question("wait_minutes"), new Answer.Numeric(12)).getAsDouble())
        .isCloseTo(280.0 / 3, within(1e-12));
    assertThat(ItemScores.favourable(question("wait_minutes"), new Answer.Numeric(10))).isTrue();
  }

  @Test
  void of_unscoredQuestion_isEmpty() {
    assertThat(ItemScores.of(question("reasons"), new Answer.Choices(List.of("waiting"))))
        .isEmpty();
    assertThat(ItemScores.of(question("problem_solved"), new Answer.Choice("dont_know")))
        .isEmpty();
  }

  @Test
  void of_answerOfAnotherType_isRefused() {
    assertThatThrownBy(() -> ItemScores.of(question("overall"), new Answer.YesNo(true)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("question overall");
  }

  @Test
  void of_criterion_scoresChecksAndMeasures() {
    assertThat(ItemScores.of(criterion("phone_greeting"), Observation.MET)).hasValue(100);
    assertThat(ItemScores.of(criterion("phone_rings"), Observation.MISSED)).hasValue(0);
    assertThat(ItemScores.of(criterion("phone_rings"), Observation.NOT_APPLICABLE)).isEmpty();
    assertThat(ItemScores.favourable(criterion("phone_rings"), new Observation.Measured(3)))
        .isTrue();
  }

  @Test
  void of_observationOfAnotherType_isRefused() {
    assertThatThrownBy(() -> ItemScores.of(criterion("phone_rings"), Observation.MET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("criterion phone_rings");
  }
}

package io.github.indiko.core.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionTypeTest {
  private static Option option(String value) {
    return new Option(value, LocalizedText.of("fr", value), null, null);
  }

  @Test
  void scale_hasTwoToElevenPoints() {
    assertThat(new Scale(0, 10).points()).isEqualTo(11);
    assertThat(new Scale(1, 2).points()).isEqualTo(2);
    assertThatThrownBy(() -> new Scale(1, 1)).hasMessage("a scale has 2 to 11 points: 1..1 has 1");
    assertThatThrownBy(() -> new Scale(0, 11)).hasMessageContaining("has 12");
  }

  @Test
  void topBox_defaultsAndRange() {
    assertThat(QuestionType.Rating.defaultTopBox(new Scale(1, 4))).isEqualTo(2);
    assertThat(QuestionType.Rating.defaultTopBox(new Scale(1, 3))).isEqualTo(1);
    assertThatThrownBy(() -> new QuestionType.Rating(new Scale(1, 5), Map.of(), 5))
        .hasMessage("topBox must lie in 1..4: 5");
    assertThatThrownBy(
            () -> new QuestionType.Rating(new Scale(1, 5), Map.of(6, LocalizedText.of("fr", "x")), 2))
        .hasMessage("label of point 6 is outside the scale 1..5");
  }

  @Test
  void choices_haveUniqueOptionsAndNoScoreInMultiChoice() {
    assertThatThrownBy(() -> new QuestionType.SingleChoice(List.of(option("a"), option("a"))))
        .hasMessage("option value \"a\" is repeated");
    assertThatThrownBy(() -> new QuestionType.SingleChoice(List.of(option("a"))))
        .hasMessage("a choice has 2 to 50 options: 1");
    Option scored = new Option("b", LocalizedText.of("fr", "b"), 50.0, null);
    assertThatThrownBy(() -> new QuestionType.MultiChoice(List.of(option("a"), scored), null, null))
        .hasMessage("option b of a multi_choice may not have a score");
    assertThatThrownBy(() -> new QuestionType.MultiChoice(List.of(option("a"), option("b")), 2, 1))
        .hasMessage("minSelected is above maxSelected");
  }

  @Test
  void number_refusal_namesTheRule() {
    QuestionType.Number minutes = new QuestionType.Number(0.0, 600.0, true, "minute", null);
    assertThat(minutes.refusal(12)).isEmpty();
    assertThat(minutes.refusal(2.5)).contains("2.5 is not an integer");
    assertThat(minutes.refusal(-1)).contains("-1 is below the minimum 0");
    assertThat(minutes.refusal(601)).contains("601 is above the maximum 600");
    assertThat(new QuestionType.Number(null, null, false, null, null).refusal(-1e15)).isEmpty();
    assertThatThrownBy(() -> new QuestionType.Number(5.0, 1.0, false, null, null))
        .hasMessage("min 5 is above max 1");
  }

  @Test
  void target_scoresLinearlyBetweenGoodAndBad() {
    Target lowerIsBetter = new Target(10, 40);
    assertThat(lowerIsBetter.score(5)).isEqualTo(100);
    assertThat(lowerIsBetter.score(10)).isEqualTo(100);
    assertThat(lowerIsBetter.score(25)).isEqualTo(50);
    assertThat(lowerIsBetter.score(40)).isZero();
    assertThat(lowerIsBetter.score(600)).isZero();
    Target higherIsBetter = new Target(90, 50);
    assertThat(higherIsBetter.score(79.9)).isCloseTo(74.75, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(higherIsBetter.score(95)).isEqualTo(100);
    assertThat(higherIsBetter.score(50)).isZero();
    assertThatThrownBy(() -> new Target(3, 3)).hasMessageContaining("must differ");
  }

  @Test
  void choices_twoToFiftyOptions() {
    List<Option> fifty =
        java.util.stream.IntStream.range(0, 51).mapToObj(i -> option("o" + i)).toList();
    assertThat(new QuestionType.SingleChoice(fifty.subList(0, 2)).options()).hasSize(2);
    assertThat(new QuestionType.MultiChoice(fifty.subList(0, 50), null, null).options()).hasSize(50);
    assertThatThrownBy(() -> new QuestionType.MultiChoice(fifty, null, null))
        .hasMessage("a choice has 2 to 50 options: 51");
  }

  @Test
  void text_maxLengthUpToTenThousand() {
    assertThat(new QuestionType.Text(10_000).maxLength()).isEqualTo(10_000);
    assertThatThrownBy(() -> new QuestionType.Text(10_001))
        .hasMessage("maxLength must lie in 1..10000: 10001");
  }
}

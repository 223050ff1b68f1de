package io.github.indiko.core.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.Target;
import io.github.indiko.core.validation.IndikoValidation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionTypeTest {
  private static Option option(String value) {
    return new Option(value, LocalizedText.of("fr", value), null, null);
  }

  /** What Bean Validation refuses, as {@code path: message}, sorted. */
  private static List<String> refusals(Object record) {
    return IndikoValidation.validator().validate(record).stream()
        .map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
        .sorted()
        .toList();
  }

  @Test
  void scale_hasTwoToElevenPoints() {
    assertThat(new Scale(0, 10).points()).isEqualTo(11);
    assertThat(new Scale(1, 2).points()).isEqualTo(2);
    assertThat(refusals(new Scale(0, 10))).isEmpty();
    assertThat(refusals(new Scale(1, 1)))
        .containsExactly(": a scale has 2 to 11 points: 1..1 has 1");
    assertThat(refusals(new Scale(0, 11))).singleElement().asString().endsWith("has 12");
  }

  @Test
  void topBox_defaultsAndRange() {
    assertThat(QuestionType.Rating.defaultTopBox(new Scale(1, 4))).isEqualTo(2);
    assertThat(QuestionType.Rating.defaultTopBox(new Scale(1, 3))).isEqualTo(1);
    assertThat(refusals(new QuestionType.Rating(new Scale(1, 5), Map.of(), 4))).isEmpty();
    assertThat(refusals(new QuestionType.Rating(new Scale(1, 5), Map.of(), 5)))
        .containsExactly("topBox: must be an integer from 1 to 4: 5");
    Map<Integer, LocalizedText> six = Map.of(6, LocalizedText.of("fr", "x"));
    assertThat(refusals(new QuestionType.Rating(new Scale(1, 5), six, 2)))
        .containsExactly(
            "labels[6].<map value>: a label's key must be a point of the scale 1..5: \"6\"");
  }

  @Test
  void rating_ofAReversedScale_reportsTheScaleOnly() {
    assertThat(refusals(new QuestionType.Rating(new Scale(5, 1), Map.of(), 9)))
        .containsExactly("scale: a scale has 2 to 11 points: 5..1 has -3");
  }

  @Test
  void choices_haveUniqueOptionsAndNoScoreInMultiChoice() {
    assertThatThrownBy(() -> new QuestionType.SingleChoice(List.of(option("a"), option("a"))))
        .hasMessage("option value \"a\" is repeated");
    assertThat(refusals(new QuestionType.SingleChoice(List.of(option("a")))))
        .containsExactly("options: a choice has 2 to 50 options: 1");
    Option scored = new Option("b", LocalizedText.of("fr", "b"), 50.0, null);
    assertThat(refusals(new QuestionType.MultiChoice(List.of(option("a"), scored), null, null)))
        .containsExactly("options[1].score: an option of a multi_choice has no score");
    assertThat(refusals(new QuestionType.MultiChoice(List.of(option("a"), option("b")), 2, 1)))
        .containsExactly(": minSelected is above maxSelected");
    assertThat(refusals(new QuestionType.MultiChoice(List.of(option("a"), option("b")), 3, 0)))
        .containsExactly(
            ": minSelected is above maxSelected",
            "maxSelected: must be an integer from 1 to 2: 0",
            "minSelected: must be an integer from 0 to 2: 3");
  }

  @Test
  void option_scoreLiesIn0To100() {
    LocalizedText label = LocalizedText.of("fr", "a");
    assertThat(refusals(new Option("a", label, 100.0, null))).isEmpty();
    assertThat(refusals(new Option("a", label, 100.5, null)))
        .containsExactly("score: must be less than or equal to 100");
    assertThatThrownBy(() -> new Option("", label, null, null))
        .hasMessage("an option value must not be empty");
  }

  @Test
  void date_minNotAfterMax() {
    LocalDate day = LocalDate.of(2017, 9, 1);
    assertThat(refusals(new QuestionType.Date(day, day))).isEmpty();
    assertThat(refusals(new QuestionType.Date(day.plusDays(1), day)))
        .containsExactly(": min 2017-09-02 is after max 2017-09-01");
  }

  @Test
  void number_refusal_namesTheRule() {
    QuestionType.Number minutes = new QuestionType.Number(0.0, 600.0, true, "minute", null);
    assertThat(minutes.refusal(12)).isEmpty();
    assertThat(minutes.refusal(2.5)).contains("2.5 is not an integer");
    assertThat(minutes.refusal(-1)).contains("-1 is below the minimum 0");
    assertThat(minutes.refusal(601)).contains("601 is above the maximum 600");
    assertThat(new QuestionType.Number(null, null, false, null, null).refusal(-1e15)).isEmpty();
    assertThat(refusals(new QuestionType.Number(5.0, 1.0, false, null, null)))
        .containsExactly(": min 5 is above max 1");
    assertThatThrownBy(() -> new QuestionType.Number(Double.NaN, 1.0, false, null, null))
        .hasMessage("min and max must be finite");
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
    assertThat(refusals(new Target(3, 3)))
        .containsExactly(": target good and bad must differ: both are 3.0");
    assertThat(new Target(3, 3).score(3)).isEqualTo(100);
    assertThatThrownBy(() -> new Target(Double.POSITIVE_INFINITY, 3))
        .hasMessage("target values must be finite");
  }

  @Test
  void choices_twoToFiftyOptions() {
    List<Option> fifty =
        java.util.stream.IntStream.range(0, 51).mapToObj(i -> option("o" + i)).toList();
    assertThat(new QuestionType.SingleChoice(fifty.subList(0, 2)).options()).hasSize(2);
    assertThat(refusals(new QuestionType.MultiChoice(fifty.subList(0, 50), null, null))).isEmpty();
    assertThat(refusals(new QuestionType.MultiChoice(fifty, null, null)))
        .containsExactly("options: a choice has 2 to 50 options: 51");
  }

  @Test
  void text_maxLengthUpToTenThousand() {
    assertThat(refusals(new QuestionType.Text(10_000))).isEmpty();
    assertThat(refusals(new QuestionType.Text(10_001)))
        .containsExactly("maxLength: must be an integer from 1 to 10000: 10001");
    assertThat(refusals(new QuestionType.Text(0)))
        .containsExactly("maxLength: must be an integer from 1 to 10000: 0");
  }
}

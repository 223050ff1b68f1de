package io.github.indiko.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.QuestionType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerBoundsTest {
  private static final List<Option> OPTIONS =
      List.of(
          new Option("a", LocalizedText.of("fr", "A"), null, null),
          new Option("b", LocalizedText.of("fr", "B"), null, null),
          new Option("c", LocalizedText.of("fr", "C"), null, null));

  @Test
  void onScale_boundsIncluded() {
    assertThat(AnswerBounds.onScale(1, 1, 5)).isTrue();
    assertThat(AnswerBounds.onScale(5, 1, 5)).isTrue();
    assertThat(AnswerBounds.onScale(0, 1, 5)).isFalse();
    assertThat(AnswerBounds.onScale(6, 1, 5)).isFalse();
  }

  @Test
  void position_ofAValueOrMinusOne() {
    assertThat(AnswerBounds.position(OPTIONS, "c")).isEqualTo(2);
    assertThat(AnswerBounds.isOption(AnswerBounds.position(OPTIONS, "d"))).isFalse();
  }

  @Test
  void selection_withoutBounds_anyDistinctOptions() {
    QuestionType.MultiChoice free = new QuestionType.MultiChoice(OPTIONS, null, null);
    assertThat(AnswerBounds.fewest(free)).isZero();
    assertThat(AnswerBounds.most(free)).isEqualTo(3);
    QuestionType.MultiChoice bounded = new QuestionType.MultiChoice(OPTIONS, 1, 2);
    assertThat(AnswerBounds.selectionFits(0, 1, 2)).isFalse();
    assertThat(AnswerBounds.selectionFits(2, AnswerBounds.fewest(bounded), 2)).isTrue();
    assertThat(AnswerBounds.selectionFits(3, 1, AnswerBounds.most(bounded))).isFalse();
    assertThat(AnswerBounds.isSelected(0b100, 2)).isTrue();
    assertThat(AnswerBounds.isSelected(0b100, 1)).isFalse();
  }

  @Test
  void inRange_openEnds() {
    QuestionType.Date open = new QuestionType.Date(null, null);
    assertThat(
            AnswerBounds.inRange(
                Long.MIN_VALUE + 1, AnswerBounds.firstDay(open), AnswerBounds.lastDay(open)))
        .isTrue();
    QuestionType.Date closed =
        new QuestionType.Date(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31));
    long first = AnswerBounds.firstDay(closed);
    long last = AnswerBounds.lastDay(closed);
    assertThat(first).isEqualTo(LocalDate.of(2017, 1, 1).toEpochDay());
    assertThat(AnswerBounds.inRange(last, first, last)).isTrue();
    assertThat(AnswerBounds.inRange(last + 1, first, last)).isFalse();
    assertThat(AnswerBounds.inRange(first - 1, first, last)).isFalse();
  }

  @Test
  void fitsLength_inCodePoints() {
    assertThat(AnswerBounds.fitsLength(3, 3)).isTrue();
    assertThat(AnswerBounds.fitsLength(4, 3)).isFalse();
  }
}

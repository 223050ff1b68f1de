package io.github.indiko.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Scale;
import io.github.indiko.core.response.Answer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerRulesTest {
  private static final List<Option> OPTIONS =
      List.of(
          new Option("a", LocalizedText.of("fr", "A"), null, null),
          new Option("b", LocalizedText.of("fr", "B"), null, null),
          new Option("c", LocalizedText.of("fr", "C"), null, null));

  private static Optional<AnswerRules.Rule> rule(QuestionType type, Answer answer) {
    return AnswerRules.check(type, answer).map(AnswerRules.Problem::rule);
  }

  @Test
  void check_ratingAndNps() {
    QuestionType rating = new QuestionType.Rating(new Scale(1, 5), Map.of(), 2);
    assertThat(rule(rating, new Answer.Numeric(5))).isEmpty();
    assertThat(AnswerRules.check(rating, new Answer.Numeric(7)).orElseThrow().message())
        .isEqualTo("7 is outside the scale 1..5");
    assertThat(rule(rating, new Answer.Numeric(2.5))).contains(AnswerRules.Rule.NOT_INTEGER);
    assertThat(rule(new QuestionType.Nps(), new Answer.Numeric(0))).isEmpty();
    assertThat(rule(new QuestionType.Nps(), new Answer.Numeric(11)))
        .contains(AnswerRules.Rule.OUT_OF_RANGE);
  }

  @Test
  void check_choices() {
    QuestionType single = new QuestionType.SingleChoice(OPTIONS);
    assertThat(rule(single, new Answer.Choice("b"))).isEmpty();
    assertThat(AnswerRules.check(single, new Answer.Choice("z")).orElseThrow().message())
        .isEqualTo("\"z\" is not an option value");
    QuestionType multi = new QuestionType.MultiChoice(OPTIONS, 1, 2);
    assertThat(rule(multi, new Answer.Choices(List.of("a", "c")))).isEmpty();
    assertThat(rule(multi, new Answer.Choices(List.of("a", "a"))))
        .contains(AnswerRules.Rule.REPEATED_OPTION);
    assertThat(rule(multi, new Answer.Choices(List.of())))
        .contains(AnswerRules.Rule.TOO_FEW_SELECTED);
    assertThat(rule(multi, new Answer.Choices(List.of("a", "b", "c"))))
        .contains(AnswerRules.Rule.TOO_MANY_SELECTED);
  }

  @Test
  void check_numberTextDate() {
    QuestionType number = new QuestionType.Number(0.0, 600.0, true, "minute", null);
    assertThat(rule(number, new Answer.Numeric(600))).isEmpty();
    assertThat(rule(number, new Answer.Numeric(1.5))).contains(AnswerRules.Rule.NOT_INTEGER);
    assertThat(AnswerRules.check(number, new Answer.Numeric(-1)).orElseThrow().message())
        .isEqualTo("-1 is below the minimum 0");
    QuestionType text = new QuestionType.Text(3);
    assertThat(rule(text, new Answer.Text("😀😀😀"))).isEmpty();
    assertThat(rule(text, new Answer.Text("abcd"))).contains(AnswerRules.Rule.TOO_LONG);
    QuestionType date = new QuestionType.Date(LocalDate.of(2017, 1, 1), null);
    assertThat(rule(date, new Answer.Date(LocalDate.of(2017, 1, 1)))).isEmpty();
    assertThat(AnswerRules.check(date, new Answer.Date(LocalDate.of(2016, 12, 31))).orElseThrow().message())
        .isEqualTo("2016-12-31 is before the minimum 2017-01-01");
  }

  @Test
  void check_wrongKind() {
    assertThat(rule(new QuestionType.YesNo(true), new Answer.Text("yes")))
        .contains(AnswerRules.Rule.WRONG_TYPE);
    assertThat(rule(new QuestionType.YesNo(true), new Answer.YesNo(false))).isEmpty();
  }
}

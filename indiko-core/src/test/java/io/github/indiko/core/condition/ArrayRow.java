package io.github.indiko.core.condition;

import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.response.Answer;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Answer objects seen as an {@link AnswerRow}: choices become option positions, so that the
 * tests can evaluate a condition both ways on the same answers. An answer of another type than
 * its question's reads as unanswered, as a value of an unexpected class makes the object
 * evaluation false.
 */
final class ArrayRow implements AnswerRow {
  private final List<Question> questions;
  private final @Nullable Answer[] answers;

  ArrayRow(List<Question> questions, @Nullable Answer[] answers) {
    this.questions = questions;
    this.answers = answers;
  }

  @Override
  public boolean answered(int question) {
    Answer answer = question < answers.length ? answers[question] : null;
    if (answer == null || question >= questions.size()) {
      return false;
    }
    QuestionType type = questions.get(question).type();
    return answer instanceof Answer.Numeric
            && (type instanceof QuestionType.Rating
                || type instanceof QuestionType.Nps
                || type instanceof QuestionType.Number)
        || answer instanceof Answer.YesNo && type instanceof QuestionType.YesNo
        || answer instanceof Answer.Choice choice
            && type instanceof QuestionType.SingleChoice single
            && position(single.options(), choice.value()) >= 0
        || answer instanceof Answer.Choices choices
            && type instanceof QuestionType.MultiChoice multi
            && choices.values().stream().allMatch(v -> position(multi.options(), v) >= 0)
        || answer instanceof Answer.Text && type instanceof QuestionType.Text
        || answer instanceof Answer.Date && type instanceof QuestionType.Date;
  }

  @Override
  public double number(int question) {
    return ((Answer.Numeric) answers[question]).value();
  }

  @Override
  public boolean yes(int question) {
    return ((Answer.YesNo) answers[question]).value();
  }

  @Override
  public int option(int question) {
    QuestionType.SingleChoice type = (QuestionType.SingleChoice) questions.get(question).type();
    return position(type.options(), ((Answer.Choice) answers[question]).value());
  }

  @Override
  public long options(int question) {
    QuestionType.MultiChoice type = (QuestionType.MultiChoice) questions.get(question).type();
    long bits = 0;
    for (String value : ((Answer.Choices) answers[question]).values()) {
      bits |= 1L << position(type.options(), value);
    }
    return bits;
  }

  @Override
  public String text(int question) {
    return ((Answer.Text) answers[question]).value();
  }

  @Override
  public LocalDate date(int question) {
    return ((Answer.Date) answers[question]).value();
  }

  private static int position(List<Option> options, String value) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).value().equals(value)) {
        return i;
      }
    }
    return -1;
  }
}

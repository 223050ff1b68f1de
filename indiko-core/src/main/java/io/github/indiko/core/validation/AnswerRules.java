package io.github.indiko.core.validation;

import io.github.indiko.core.format.Numbers;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.internal.EpochDays;
import io.github.indiko.core.internal.data.JsonValue;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Scale;
import io.github.indiko.core.response.Answer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rules a typed answer must follow for its question's type (formats.md, {@code
 * invalid_answer}): the scale of a rating or nps, the range and integer flag of a number, option
 * values, the selection bounds of a multi_choice, the length of a text, the range of a date. These
 * are the checks {@link DataValidator} makes on the answers of data lines, once their JSON types
 * are right; a form that builds typed answers makes the same ones here. Stateless and thread-safe.
 */
public final class AnswerRules {
  /** Which rule an answer breaks. */
  public enum Rule {
    /** The answer's kind does not fit the question's type (a text for a rating, say). */
    WRONG_TYPE,
    /** A rating, nps or integer number that is not an integer. */
    NOT_INTEGER,
    /** A rating or nps outside its scale, a number or a date outside its range. */
    OUT_OF_RANGE,
    /** A choice that is not an option value of the question. */
    NOT_AN_OPTION,
    /** A multi_choice that selects an option twice. */
    REPEATED_OPTION,
    /** A multi_choice that selects fewer options than {@code minSelected}. */
    TOO_FEW_SELECTED,
    /** A multi_choice that selects more options than {@code maxSelected}. */
    TOO_MANY_SELECTED,
    /** A text longer than {@code maxLength} code points. */
    TOO_LONG
  }

  /**
   * A broken rule.
   *
   * @param rule the rule
   * @param message what is wrong, for a municipal IT person, in English, as rejects say it (e.g.
   *     {@code 7 is outside the scale 1..5})
   */
  public record Problem(Rule rule, String message) {
    /** Checks that nothing is null. */
    public Problem {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(message, "message");
    }
  }

  private AnswerRules() {}

  /**
   * @param type a question's type
   * @param answer an answer to it
   * @return the first rule the answer breaks, or empty when it is a valid answer to the question
   */
  public static Optional<Problem> check(QuestionType type, Answer answer) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(answer, "answer");
    return Optional.ofNullable(problem(type, answer));
  }

  private static @Nullable Problem problem(QuestionType type, Answer answer) {
    if (type instanceof QuestionType.Rating rating && answer instanceof Answer.Numeric numeric) {
      return scaleProblem(rating.scale(), numeric.value());
    }
    if (type instanceof QuestionType.Nps && answer instanceof Answer.Numeric numeric) {
      return scaleProblem(AnswerBounds.NPS, numeric.value());
    }
    if (type instanceof QuestionType.YesNo && answer instanceof Answer.YesNo) {
      return null;
    }
    if (type instanceof QuestionType.SingleChoice choice
        && answer instanceof Answer.Choice chosen) {
      return AnswerBounds.isOption(AnswerBounds.position(choice.options(), chosen.value()))
          ? null
          : notAnOption(chosen.value());
    }
    if (type instanceof QuestionType.MultiChoice choices
        && answer instanceof Answer.Choices chosen) {
      return choicesProblem(choices, chosen.values());
    }
    if (type instanceof QuestionType.Number number && answer instanceof Answer.Numeric numeric) {
      double value = numeric.value();
      if (number.integer() && value != Math.rint(value)) {
        return new Problem(Rule.NOT_INTEGER, Numbers.format(value) + " is not an integer");
      }
      return number.refusal(value).map(message -> new Problem(Rule.OUT_OF_RANGE, message)).orElse(null);
    }
    if (type instanceof QuestionType.Text text && answer instanceof Answer.Text written) {
      String value = written.value();
      int length = value.codePointCount(0, value.length());
      return AnswerBounds.fitsLength(length, text.maxLength())
          ? null
          : new Problem(Rule.TOO_LONG, length + " characters, more than " + text.maxLength());
    }
    if (type instanceof QuestionType.Date date && answer instanceof Answer.Date day) {
      return dateProblem(date, day.value());
    }
    return new Problem(
        Rule.WRONG_TYPE,
        "a " + answer.getClass().getSimpleName() + " answer does not fit a " + type.id()
            + " question");
  }

  private static @Nullable Problem scaleProblem(Scale scale, double value) {
    if (value != Math.rint(value)) {
      return new Problem(Rule.NOT_INTEGER, Numbers.format(value) + " is not an integer");
    }
    return AnswerBounds.onScale(value, scale.min(), scale.max())
        ? null
        : new Problem(
            Rule.OUT_OF_RANGE, Numbers.format(value) + " is outside the scale " + scale);
  }

  private static Problem notAnOption(String value) {
    return new Problem(Rule.NOT_AN_OPTION, JsonValue.shown(value) + " is not an option value");
  }

  private static @Nullable Problem choicesProblem(
      QuestionType.MultiChoice type, List<String> values) {
    long selected = 0;
    for (String value : values) {
      int position = AnswerBounds.position(type.options(), value);
      if (!AnswerBounds.isOption(position)) {
        return notAnOption(value);
      }
      if (AnswerBounds.isSelected(selected, position)) {
        return new Problem(Rule.REPEATED_OPTION, "an option is selected twice");
      }
      selected |= 1L << position;
    }
    int count = Long.bitCount(selected);
    int fewest = AnswerBounds.fewest(type);
    int most = AnswerBounds.most(type);
    if (AnswerBounds.selectionFits(count, fewest, most)) {
      return null;
    }
    return count < fewest
        ? new Problem(Rule.TOO_FEW_SELECTED, count + " selected, fewer than " + fewest)
        : new Problem(Rule.TOO_MANY_SELECTED, count + " selected, more than " + most);
  }

  private static @Nullable Problem dateProblem(QuestionType.Date type, LocalDate day) {
    long first = AnswerBounds.firstDay(type);
    long last = AnswerBounds.lastDay(type);
    if (AnswerBounds.inRange(EpochDays.of(day), first, last)) {
      return null;
    }
    LocalDate min = type.min();
    LocalDate max = type.max();
    if (min != null && max != null) {
      return new Problem(Rule.OUT_OF_RANGE, day + " is outside " + new DateRange(min, max));
    }
    return min != null
        ? new Problem(Rule.OUT_OF_RANGE, day + " is before the minimum " + min)
        : new Problem(Rule.OUT_OF_RANGE, day + " is after the maximum " + max);
  }
}

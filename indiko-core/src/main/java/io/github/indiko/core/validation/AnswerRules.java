package io.github.indiko.core.validation;

import io.github.indiko.core.Numbers;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.internal.data.JsonValue;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Scale;
import io.github.indiko.core.response.Answer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules a typed answer must follow for its question's type (formats.md, {@code
 * invalid_answer}): the scale of a rating or nps, the range and integer flag of a number, option
 * values, the selection bounds of a multi_choice, the length of a text, the range of a date. These
 * are the checks {@link DataValidator} makes on the answers of data lines, once their JSON types
 * are right; a form that builds typed answers makes the same ones here. Stateless and thread-safe.
 */
public final class AnswerRules {
  private static final Scale NPS = new Scale(0, 10);

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
      return scaleProblem(NPS, numeric.value());
    }
    if (type instanceof QuestionType.YesNo && answer instanceof Answer.YesNo) {
      return null;
    }
    if (type instanceof QuestionType.SingleChoice choice
        && answer instanceof Answer.Choice chosen) {
      return isOption(choice.options(), chosen.value())
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
      return length <= text.maxLength()
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
    return value >= scale.min() && value <= scale.max()
        ? null
        : new Problem(
            Rule.OUT_OF_RANGE, Numbers.format(value) + " is outside the scale " + scale);
  }

  private static boolean isOption(List<Option> options, String value) {
    for (Option option : options) {
      if (option.value().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static Problem notAnOption(String value) {
    return new Problem(Rule.NOT_AN_OPTION, JsonValue.shown(value) + " is not an option value");
  }

  private static @Nullable Problem choicesProblem(
      QuestionType.MultiChoice type, List<String> values) {
    Set<String> selected = new HashSet<>();
    for (String value : values) {
      if (!isOption(type.options(), value)) {
        return notAnOption(value);
      }
      if (!selected.add(value)) {
        return new Problem(Rule.REPEATED_OPTION, "an option is selected twice");
      }
    }
    Integer min = type.minSelected();
    if (min != null && selected.size() < min) {
      return new Problem(Rule.TOO_FEW_SELECTED, selected.size() + " selected, fewer than " + min);
    }
    Integer max = type.maxSelected();
    if (max != null && selected.size() > max) {
      return new Problem(Rule.TOO_MANY_SELECTED, selected.size() + " selected, more than " + max);
    }
    return null;
  }

  private static @Nullable Problem dateProblem(QuestionType.Date type, LocalDate day) {
    LocalDate min = type.min();
    LocalDate max = type.max();
    if (min != null && max != null) {
      DateRange range = new DateRange(min, max);
      return range.contains(day)
          ? null
          : new Problem(Rule.OUT_OF_RANGE, day + " is outside " + range);
    }
    if (min != null && day.isBefore(min)) {
      return new Problem(Rule.OUT_OF_RANGE, day + " is before the minimum " + min);
    }
    if (max != null && day.isAfter(max)) {
      return new Problem(Rule.OUT_OF_RANGE, day + " is after the maximum " + max);
    }
    return null;
  }
}

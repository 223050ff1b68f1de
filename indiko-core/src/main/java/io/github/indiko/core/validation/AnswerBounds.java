package io.github.indiko.core.validation;

import io.github.indiko.core.internal.EpochDays;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Scale;
import java.time.LocalDate;
import java.util.List;

/**
 * The rules of an answer's value (formats.md, {@code invalid_answer}) as predicates on primitives,
 * and the bounds they read, derived from a question's type: written once, called by the fast
 * reader on the bytes of a line ({@link QuestionTables}) and by the reference checks ({@link
 * AnswerRules}), which add the reject's message. Small and static, so that they inline on the hot
 * path.
 */
final class AnswerBounds {
  /** An nps question's scale. */
  static final Scale NPS = new Scale(0, 10);

  /** {@link #firstDay} when the question has no minimum. */
  static final long NO_FIRST_DAY = Long.MIN_VALUE;

  /** {@link #lastDay} when the question has no maximum. */
  static final long NO_LAST_DAY = Long.MAX_VALUE;

  private AnswerBounds() {}

  /**
   * @return whether an integer value is a point of the scale {@code min..max}
   */
  static boolean onScale(double value, int min, int max) {
    return value >= min && value <= max;
  }

  /**
   * @param options a choice question's options
   * @param value a chosen value
   * @return its position in the options, or -1 when it is none of them
   */
  static int position(List<Option> options, String value) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).value().equals(value)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * @param position what {@link #position} or a lookup of the option values gave
   * @return whether the choice is an option value
   */
  static boolean isOption(int position) {
    return position >= 0;
  }

  /**
   * @param selected the options selected so far, bit i for position i
   * @param position an option's position
   * @return whether it is selected already (a repeated option)
   */
  static boolean isSelected(long selected, int position) {
    return (selected & 1L << position) != 0;
  }

  /**
   * @return the fewest options an answer to the question selects (0 without {@code minSelected})
   */
  static int fewest(QuestionType.MultiChoice type) {
    Integer fewest = type.minSelected();
    return fewest == null ? 0 : fewest;
  }

  /**
   * @return the most options an answer to the question selects (all without {@code maxSelected})
   */
  static int most(QuestionType.MultiChoice type) {
    Integer most = type.maxSelected();
    return most == null ? type.options().size() : most;
  }

  /**
   * @return whether {@code count} distinct options is a selection of {@code fewest..most}
   */
  static boolean selectionFits(int count, int fewest, int most) {
    return count >= fewest && count <= most;
  }

  /**
   * @param codePoints a text's length in code points
   * @param maxLength the question's {@code maxLength}
   * @return whether the text is short enough
   */
  static boolean fitsLength(int codePoints, int maxLength) {
    return codePoints <= maxLength;
  }

  /**
   * @return the epoch day of the question's minimum, or {@link #NO_FIRST_DAY}
   */
  static long firstDay(QuestionType.Date type) {
    LocalDate min = type.min();
    return min == null ? NO_FIRST_DAY : EpochDays.of(min);
  }

  /**
   * @return the epoch day of the question's maximum, or {@link #NO_LAST_DAY}
   */
  static long lastDay(QuestionType.Date type) {
    LocalDate max = type.max();
    return max == null ? NO_LAST_DAY : EpochDays.of(max);
  }

  /**
   * @return whether the epoch day lies in {@code first..last}
   */
  static boolean inRange(long day, long first, long last) {
    return day >= first && day <= last;
  }
}

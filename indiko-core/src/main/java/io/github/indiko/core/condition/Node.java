package io.github.indiko.core.condition;

import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.condition.Condition.Operator;
import io.github.indiko.core.response.Answer;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A compiled condition: a tree of small immutable nodes with resolved indexes and pre-parsed
 * values. {@link #test(Object[])} reads the answers (or observations) of one response, never throws
 * for arrays at least as long as the largest index, and allocates nothing. A value of an
 * unexpected class, like an absent one, makes a test false. {@link #test(AnswerRow)} reads a
 * survey response's answers as primitives, and gives what the first gives on the same answers: a
 * choice is compared by its option's position, which the compiler resolved. Thread-safe.
 */
abstract class Node {
  /** The node of an item without condition. */
  static final Node ALWAYS = new Constant(true);

  /**
   * @param values the answers or observations of one response, by item index; null when absent
   * @return whether the condition holds
   */
  abstract boolean test(@Nullable Object[] values);

  /**
   * @param row the answers of one survey response (grids have no rows: a test of a measure or a
   *     check is false)
   * @return whether the condition holds
   */
  abstract boolean test(AnswerRow row);

  /** {@code true} or {@code false}. */
  static final class Constant extends Node {
    private final boolean value;

    Constant(boolean value) {
      this.value = value;
    }

    @Override
    boolean test(@Nullable Object[] values) {
      return value;
    }

    @Override
    boolean test(AnswerRow row) {
      return value;
    }
  }

  /** {@code not}. */
  static final class Not extends Node {
    private final Node operand;

    Not(Node operand) {
      this.operand = operand;
    }

    @Override
    boolean test(@Nullable Object[] values) {
      return !operand.test(values);
    }

    @Override
    boolean test(AnswerRow row) {
      return !operand.test(row);
    }
  }

  /** {@code and}, short-circuit. */
  static final class All extends Node {
    private final Node[] operands;

    All(Node[] operands) {
      this.operands = operands;
    }

    @Override
    boolean test(@Nullable Object[] values) {
      for (Node operand : operands) {
        if (!operand.test(values)) {
          return false;
        }
      }
      return true;
    }

    @Override
    boolean test(AnswerRow row) {
      for (Node operand : operands) {
        if (!operand.test(row)) {
          return false;
        }
      }
      return true;
    }
  }

  /** {@code or}, short-circuit. */
  static final class Any extends Node {
    private final Node[] operands;

    Any(Node[] operands) {
      this.operands = operands;
    }

    @Override
    boolean test(@Nullable Object[] values) {
      for (Node operand : operands) {
        if (operand.test(values)) {
          return true;
        }
      }
      return false;
    }

    @Override
    boolean test(AnswerRow row) {
      for (Node operand : operands) {
        if (operand.test(row)) {
          return true;
        }
      }
      return false;
    }
  }

  /** {@code answered(q)}: present and not {@code na}. */
  static final class Answered extends Node {
    private final int index;

    Answered(int index) {
      this.index = index;
    }

    @Override
    boolean test(@Nullable Object[] values) {
      Object value = values[index];
      return value != null && !(value instanceof Observation.NotApplicable);
    }

    @Override
    boolean test(AnswerRow row) {
      return row.answered(index);
    }
  }

  /**
   * A number compared with a numeric answer or a measure; a missed measure satisfies only
   * {@code !=}.
   */
  static final class NumberIs extends Node {
    private final int index;
    private final Operator operator;
    private final double number;

    NumberIs(int index, Operator operator, double number) {
      this.index = index;
      this.operator = operator;
      this.number = number;
    }

    @Override
    boolean test(@Nullable Object[] values) {
      Object value = values[index];
      if (value instanceof Answer.Numeric) {
        return compare(((Answer.Numeric) value).value());
      }
      if (value instanceof Observation.Measured) {
        return compare(((Observation.Measured) value).value());
      }
      return value instanceof Observation.Missed && operator == Operator.NE;
    }

    @Override
    boolean test(AnswerRow row) {
      return row.answered(index) && compare(row.number(index));
    }

    private boolean compare(double value) {
      switch (operator) {
        case EQ:
          return value == number;
        case NE:
          return value != number;
        case LT:
          return value < number;
        case LE:
          return value <= number;
        case GT:
          return value > number;
        default:
          return value >= number;
      }
    }
  }

  /** A numeric answer or measure in a list; {@code missed} when the list holds it. */
  static final class NumberIn extends Node {
    private final int index;
    private final double[] numbers;
    private final boolean missed;

    NumberIn(int index, double[] numbers, boolean missed) {
      this.index = index;
      this.numbers = numbers;
      this.missed = missed;
    }

    @Override
    boolean test(@Nullable Object[] values) {
      Object value = values[index];
      if (value instanceof Answer.Numeric) {
        return contains(((Answer.Numeric) value).value());
      }
      if (value instanceof Observation.Measured) {
        return contains(((Observation.Measured) value).value());
      }
      return missed && value instanceof Observation.Missed;
    }

    @Override
    boolean test(AnswerRow row) {
      return row.answered(index) && contains(row.number(index));
    }

    private boolean contains(double value) {
      for (double number : numbers) {
        if (value == number) {
          return true;
        }
      }
      return false;
    }
  }

  /** {@code missed} tested on a measure: {@code == 'missed'} or {@code != 'missed'}. */
  static final class MissedIs extends Node {
    private final int index;
    private final boolean missed;

    MissedIs(int index, boolean missed) {
      this.index = index;
      this.missed = missed;
    }

    @Override
    boolean test(@Nullable Object[] values) {
      Object value = values[index];
      if (value instanceof Observation.Missed) {
        return missed;
      }
      return value instanceof Observation.Measured && !missed;
    }

    @Override
    boolean test(AnswerRow row) {
      return false;
    }
  }

  /**
   * A yes/no answer or a check, accepted when yes (met) or when no (not met); {@code q == true},
   * {@code q != false}, {@code q in [true]} and a bare {@code q} are all {@code BooleanIs(q,
   * true, false)}.
   */
  static final class BooleanIs extends Node {
    private final int index;
    private final boolean whenTrue;
    private final boolean whenFalse;

    BooleanIs(int index, boolean whenTrue, boolean whenFalse) {
      this.index = index;
      this.whenTrue = whenTrue;
      this.whenFalse = whenFalse;
    }

    @Override
    boolean test(@Nullable Object[] values) {
      Object value = values[index];
      if (value instanceof Answer.YesNo) {
        return ((Answer.YesNo) value).value() ? whenTrue : whenFalse;
      }
      if (value instanceof Observation.Check) {
        return ((Observation.Check) value).met() ? whenTrue : whenFalse;
      }
      return false;
    }

    @Override
    boolean test(AnswerRow row) {
      return row.answered(index) && (row.yes(index) ? whenTrue : whenFalse);
    }
  }

  /** A single choice or a text compared with a string. */
  static final class StringIs extends Node {
    private final int index;
    private final String string;
    private final int option;
    private final boolean equal;

    /**
     * @param option the string's position in the options of a single_choice question; -1 for a
     *     text question
     */
    StringIs(int index, String string, int option, boolean equal) {
      this.index = index;
      this.string = string;
      this.option = option;
      this.equal = equal;
    }

    @Override
    boolean test(@Nullable Object[] values) {
      String value = string(values[index]);
      return value != null && value.equals(string) == equal;
    }

    @Override
    boolean test(AnswerRow row) {
      if (!row.answered(index)) {
        return false;
      }
      boolean same = option < 0 ? row.text(index).equals(string) : row.option(index) == option;
      return same == equal;
    }
  }

  /** A single choice or a text in a list of strings. */
  static final class StringIn extends Node {
    private final int index;
    private final String[] strings;

    /** Whether the question is a single_choice one (else a text one). */
    private final boolean choice;

    /** The options listed, bit i for position i, when {@link #choice}. */
    private final long options;

    /**
     * @param choice whether the question is a single_choice one (else a text one)
     * @param options the strings' positions in the options of a single_choice question, as bits
     */
    StringIn(int index, String[] strings, boolean choice, long options) {
      this.index = index;
      this.strings = strings;
      this.choice = choice;
      this.options = options;
    }

    @Override
    boolean test(AnswerRow row) {
      if (!row.answered(index)) {
        return false;
      }
      if (choice) {
        return (options & 1L << row.option(index)) != 0;
      }
      String value = row.text(index);
      for (String string : strings) {
        if (value.equals(string)) {
          return true;
        }
      }
      return false;
    }

    @Override
    boolean test(@Nullable Object[] values) {
      String value = string(values[index]);
      if (value == null) {
        return false;
      }
      for (String string : strings) {
        if (value.equals(string)) {
          return true;
        }
      }
      return false;
    }
  }

  /** A date answer compared with a date. */
  static final class DateIs extends Node {
    private final int index;
    private final LocalDate date;
    private final boolean equal;

    DateIs(int index, LocalDate date, boolean equal) {
      this.index = index;
      this.date = date;
      this.equal = equal;
    }

    @Override
    boolean test(@Nullable Object[] values) {
      Object value = values[index];
      return value instanceof Answer.Date
          && ((Answer.Date) value).value().equals(date) == equal;
    }

    @Override
    boolean test(AnswerRow row) {
      return row.answered(index) && row.date(index).equals(date) == equal;
    }
  }

  /** A date answer in a list of dates. */
  static final class DateIn extends Node {
    private final int index;
    private final LocalDate[] dates;

    DateIn(int index, LocalDate[] dates) {
      this.index = index;
      this.dates = dates;
    }

    @Override
    boolean test(@Nullable Object[] values) {
      Object value = values[index];
      if (!(value instanceof Answer.Date)) {
        return false;
      }
      return in(((Answer.Date) value).value());
    }

    @Override
    boolean test(AnswerRow row) {
      return row.answered(index) && in(row.date(index));
    }

    private boolean in(LocalDate answer) {
      for (LocalDate date : dates) {
        if (answer.equals(date)) {
          return true;
        }
      }
      return false;
    }
  }

  /** {@code q contains 'option'} on a multi_choice answer. */
  static final class Contains extends Node {
    private final int index;
    private final String option;
    private final int position;

    /**
     * @param position the option's position in the question's options
     */
    Contains(int index, String option, int position) {
      this.index = index;
      this.option = option;
      this.position = position;
    }

    @Override
    boolean test(AnswerRow row) {
      return row.answered(index) && (row.options(index) & 1L << position) != 0;
    }

    @Override
    boolean test(@Nullable Object[] values) {
      Object value = values[index];
      if (!(value instanceof Answer.Choices)) {
        return false;
      }
      // Indexed, not for-each: an iterator per evaluation is an allocation.
      List<String> chosen = ((Answer.Choices) value).values();
      for (int i = 0; i < chosen.size(); i++) {
        if (chosen.get(i).equals(option)) {
          return true;
        }
      }
      return false;
    }
  }

  private static @Nullable String string(@Nullable Object value) {
    if (value instanceof Answer.Choice) {
      return ((Answer.Choice) value).value();
    }
    if (value instanceof Answer.Text) {
      return ((Answer.Text) value).value();
    }
    return null;
  }
}

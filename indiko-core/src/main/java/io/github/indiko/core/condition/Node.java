package io.github.indiko.core.condition;

import io.github.indiko.core.condition.Condition.Operator;
import java.time.LocalDate;

/**
 * A compiled condition: a tree of small immutable nodes with resolved indexes and pre-parsed
 * values, each operator tested once, on a row ({@link AnswerRow}): a survey response's answers as
 * primitives (the scoring fast path's rows), or answer and observation objects seen through {@link
 * ObjectRow}. A choice is compared by its option's position, which the compiler resolved; a missed
 * measure reads as the number NaN, which equals no number. A test never throws for a row that
 * reads the compiled items as their kinds, and allocates nothing. Thread-safe.
 */
abstract class Node {
  /** The node of an item without condition. */
  static final Node ALWAYS = new Constant(true);

  /**
   * @param row the answers or observations of one response or audit, by item index; an item that
   *     is absent, {@code na} or not shown reads as unanswered
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
    boolean test(AnswerRow row) {
      return row.answered(index);
    }
  }

  /**
   * A number compared with a numeric answer or a measure; a missed measure (NaN) satisfies only
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

  /** A numeric answer or measure in a list; a missed one (NaN) when the list holds 'missed'. */
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
    boolean test(AnswerRow row) {
      if (!row.answered(index)) {
        return false;
      }
      double value = row.number(index);
      return value != value ? missed : contains(value);
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
    boolean test(AnswerRow row) {
      if (!row.answered(index)) {
        return false;
      }
      double value = row.number(index);
      return (value != value) == missed;
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
        int option = row.option(index);
        return option >= 0 && (options & 1L << option) != 0;
      }
      String value = row.text(index);
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
    private final int position;

    /**
     * @param position the option's position in the question's options
     */
    Contains(int index, int position) {
      this.index = index;
      this.position = position;
    }

    @Override
    boolean test(AnswerRow row) {
      return row.answered(index) && (row.options(index) & 1L << position) != 0;
    }
  }
}

package io.github.indiko.core.condition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The typed syntax tree of a {@code when} condition ({@code conditions.md}). A sealed family of
 * immutable records: a {@code switch} over it is exhaustive. Every node keeps the 1-based column
 * (in code points) that load errors point at. {@code toString()} prints the node back in the
 * condition language, with the fewest parentheses that keep its shape: parsing the printed text
 * gives an equal tree, columns aside.
 */
public sealed interface Condition {
  /**
   * @return the 1-based column, in code points, of the node's position in its source: its operator
   *     or keyword for an operation, its first character otherwise
   */
  int column();

  /**
   * Two or more conditions joined by {@code or}.
   *
   * @param operands the conditions, at least two, in source order
   * @param column the column of the first {@code or}
   */
  record Or(List<Condition> operands, int column) implements Condition {
    /** Checks the operands and the column, and copies the operands. */
    public Or {
      operands = atLeastTwo(operands, "or");
      checkColumn(column);
    }

    @Override
    public String toString() {
      return Printer.print(this);
    }
  }

  /**
   * Two or more conditions joined by {@code and}.
   *
   * @param operands the conditions, at least two, in source order
   * @param column the column of the first {@code and}
   */
  record And(List<Condition> operands, int column) implements Condition {
    /** Checks the operands and the column, and copies the operands. */
    public And {
      operands = atLeastTwo(operands, "and");
      checkColumn(column);
    }

    @Override
    public String toString() {
      return Printer.print(this);
    }
  }

  /**
   * The negation of a condition.
   *
   * @param operand the negated condition
   * @param column the column of {@code not}
   */
  record Not(Condition operand, int column) implements Condition {
    /** Checks the operand and the column. */
    public Not {
      Objects.requireNonNull(operand, "operand");
      checkColumn(column);
    }

    @Override
    public String toString() {
      return Printer.print(this);
    }
  }

  /**
   * A comparison {@code left operator right}.
   *
   * @param left the left operand
   * @param operator the operator
   * @param right the right operand
   * @param column the column of the operator
   */
  record Comparison(Condition left, Operator operator, Condition right, int column)
      implements Condition {
    /** Checks the operands and the column. */
    public Comparison {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(right, "right");
      checkColumn(column);
    }

    @Override
    public String toString() {
      return Printer.print(this);
    }
  }

  /**
   * A membership test {@code operand in [values]}.
   *
   * @param operand the tested operand
   * @param values the listed values, at least one
   * @param column the column of {@code in}
   */
  record In(Condition operand, List<Literal> values, int column) implements Condition {
    /** Checks the operand, the values and the column, and copies the values. */
    public In {
      Objects.requireNonNull(operand, "operand");
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("'in' needs at least one value");
      }
      checkColumn(column);
    }

    @Override
    public String toString() {
      return Printer.print(this);
    }
  }

  /**
   * A test {@code operand contains value} of the options chosen in a multi_choice answer.
   *
   * @param operand the tested operand
   * @param value the option value looked for
   * @param column the column of {@code contains}
   */
  record Contains(Condition operand, Literal value, int column) implements Condition {
    /** Checks the operand, the value and the column. */
    public Contains {
      Objects.requireNonNull(operand, "operand");
      Objects.requireNonNull(value, "value");
      checkColumn(column);
    }

    @Override
    public String toString() {
      return Printer.print(this);
    }
  }

  /**
   * The test {@code answered(name)}: true when the named item has an answer.
   *
   * @param reference the named question or criterion
   * @param column the column of {@code answered}
   */
  record Answered(Reference reference, int column) implements Condition {
    /** Checks the reference and the column. */
    public Answered {
      Objects.requireNonNull(reference, "reference");
      checkColumn(column);
    }

    @Override
    public String toString() {
      return Printer.print(this);
    }
  }

  /**
   * The answer to an earlier question (or the observation of an earlier criterion).
   *
   * @param name the item's identifier, {@code [a-z][a-z0-9_]{0,63}}, not a keyword
   * @param column the column of its first character
   */
  record Reference(String name, int column) implements Condition {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /** Checks the name and the column. */
    public Reference {
      if (!NAME.matcher(name).matches() || Lexer.isKeyword(name)) {
        throw new IllegalArgumentException(
            "a reference is [a-z][a-z0-9_]{0,63} and not a keyword: \"" + name + "\"");
      }
      checkColumn(column);
    }

    @Override
    public String toString() {
      return Printer.print(this);
    }
  }

  /** A literal value: a number, a string, {@code true} or {@code false}. */
  sealed interface Literal extends Condition {}

  /**
   * A number literal, kept exactly as written ({@code 1.50} and {@code 1.5} differ as trees and
   * compare equal as values).
   *
   * @param value the number; a negative scale is normalized to 0
   * @param column the column of its first character
   */
  record NumberLiteral(BigDecimal value, int column) implements Literal {
    /** Normalizes the scale and checks the column. */
    public NumberLiteral {
      if (value.scale() < 0) {
        value = value.setScale(0);
      }
      checkColumn(column);
    }

    @Override
    public String toString() {
      return Printer.print(this);
    }
  }

  /**
   * A string literal.
   *
   * @param value the string, escapes resolved
   * @param column the column of its opening quote
   */
  record StringLiteral(String value, int column) implements Literal {
    /** Checks the value and the column. */
    public StringLiteral {
      Objects.requireNonNull(value, "value");
      checkColumn(column);
    }

    @Override
    public String toString() {
      return Printer.print(this);
    }
  }

  /**
   * {@code true} or {@code false}.
   *
   * @param value the value
   * @param column the column of its first character
   */
  record BooleanLiteral(boolean value, int column) implements Literal {
    /** Checks the column. */
    public BooleanLiteral {
      checkColumn(column);
    }

    @Override
    public String toString() {
      return Printer.print(this);
    }
  }

  /** The six comparison operators. */
  enum Operator {
    /** {@code ==}. */
    EQ("=="),
    /** {@code !=}. */
    NE("!="),
    /** {@code <}. */
    LT("<"),
    /** {@code <=}. */
    LE("<="),
    /** {@code >}. */
    GT(">"),
    /** {@code >=}. */
    GE(">=");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    /**
     * @return the operator as written, e.g. {@code <=}
     */
    public String symbol() {
      return symbol;
    }

    /**
     * @return the operator with its operands swapped: {@code a < b} is {@code b > a}
     */
    public Operator mirrored() {
      switch (this) {
        case LT:
          return GT;
        case LE:
          return GE;
        case GT:
          return LT;
        case GE:
          return LE;
        default:
          return this;
      }
    }
  }

  private static List<Condition> atLeastTwo(List<Condition> operands, String keyword) {
    List<Condition> copy = List.copyOf(operands);
    if (copy.size() < 2) {
      throw new IllegalArgumentException("'" + keyword + "' needs at least two operands");
    }
    return copy;
  }

  private static void checkColumn(int column) {
    if (column < 1) {
      throw new IllegalArgumentException("a column is at least 1: " + column);
    }
  }
}

package io.github.indiko.core.condition;

import java.util.List;

/**
 * Prints a tree in the condition language with the fewest parentheses that keep its shape, so
 * that parsing the text gives the same tree: an {@code or} inside an {@code or} (and an {@code
 * and} inside an {@code and}) keeps its parentheses, since the parser would otherwise flatten it.
 */
final class Printer {
  private static final int OR = 1;
  private static final int AND = 2;
  private static final int UNARY = 3;
  private static final int COMPARISON = 4;
  private static final int OPERAND = 5;

  private Printer() {}

  static String print(Condition condition) {
    StringBuilder out = new StringBuilder();
    write(condition, OR, out);
    return out.toString();
  }

  private static void write(Condition condition, int lowest, StringBuilder out) {
    int level = level(condition);
    boolean parenthesized = level < lowest;
    if (parenthesized) {
      out.append('(');
    }
    if (condition instanceof Condition.Or) {
      join(((Condition.Or) condition).operands(), " or ", AND, out);
    } else if (condition instanceof Condition.And) {
      join(((Condition.And) condition).operands(), " and ", UNARY, out);
    } else if (condition instanceof Condition.Not) {
      out.append("not ");
      write(((Condition.Not) condition).operand(), UNARY, out);
    } else if (condition instanceof Condition.Comparison) {
      Condition.Comparison comparison = (Condition.Comparison) condition;
      write(comparison.left(), OPERAND, out);
      out.append(' ').append(comparison.operator().symbol()).append(' ');
      write(comparison.right(), OPERAND, out);
    } else if (condition instanceof Condition.In) {
      Condition.In in = (Condition.In) condition;
      write(in.operand(), OPERAND, out);
      out.append(" in [");
      join(in.values(), ", ", OPERAND, out);
      out.append(']');
    } else if (condition instanceof Condition.Contains) {
      Condition.Contains contains = (Condition.Contains) condition;
      write(contains.operand(), OPERAND, out);
      out.append(" contains ");
      write(contains.value(), OPERAND, out);
    } else if (condition instanceof Condition.Answered) {
      out.append("answered(").append(((Condition.Answered) condition).reference().name());
      out.append(')');
    } else if (condition instanceof Condition.Reference) {
      out.append(((Condition.Reference) condition).name());
    } else if (condition instanceof Condition.NumberLiteral) {
      out.append(((Condition.NumberLiteral) condition).value().toPlainString());
    } else if (condition instanceof Condition.StringLiteral) {
      quote(((Condition.StringLiteral) condition).value(), out);
    } else {
      out.append(((Condition.BooleanLiteral) condition).value());
    }
    if (parenthesized) {
      out.append(')');
    }
  }

  private static void join(
      List<? extends Condition> operands, String separator, int lowest, StringBuilder out) {
    for (int i = 0; i < operands.size(); i++) {
      if (i > 0) {
        out.append(separator);
      }
      write(operands.get(i), lowest, out);
    }
  }

  private static void quote(String value, StringBuilder out) {
    out.append('\'');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\'' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    out.append('\'');
  }

  /** The grammar level a node belongs to; lower binds looser. */
  private static int level(Condition condition) {
    if (condition instanceof Condition.Or) {
      return OR;
    }
    if (condition instanceof Condition.And) {
      return AND;
    }
    if (condition instanceof Condition.Not) {
      return UNARY;
    }
    if (condition instanceof Condition.Comparison
        || condition instanceof Condition.In
        || condition instanceof Condition.Contains) {
      return COMPARISON;
    }
    return OPERAND;
  }
}

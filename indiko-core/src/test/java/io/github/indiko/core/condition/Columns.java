package io.github.indiko.core.condition;

import io.github.indiko.core.condition.Condition.Literal;
import java.util.List;
import java.util.stream.Collectors;

/** Trees with every column set to 1, to compare shapes whatever the source's layout. */
final class Columns {
  private Columns() {}

  static Condition strip(Condition condition) {
    if (condition instanceof Condition.Or) {
      return new Condition.Or(strip(((Condition.Or) condition).operands()), 1);
    }
    if (condition instanceof Condition.And) {
      return new Condition.And(strip(((Condition.And) condition).operands()), 1);
    }
    if (condition instanceof Condition.Not) {
      return new Condition.Not(strip(((Condition.Not) condition).operand()), 1);
    }
    if (condition instanceof Condition.Comparison) {
      Condition.Comparison comparison = (Condition.Comparison) condition;
      return new Condition.Comparison(
          strip(comparison.left()), comparison.operator(), strip(comparison.right()), 1);
    }
    if (condition instanceof Condition.In) {
      Condition.In in = (Condition.In) condition;
      return new Condition.In(
          strip(in.operand()),
          in.values().stream().map(value -> (Literal) strip(value)).collect(Collectors.toList()),
          1);
    }
    if (condition instanceof Condition.Contains) {
      Condition.Contains contains = (Condition.Contains) condition;
      return new Condition.Contains(
          strip(contains.operand()), (Literal) strip(contains.value()), 1);
    }
    if (condition instanceof Condition.Answered) {
      return new Condition.Answered(
          (Condition.Reference) strip(((Condition.Answered) condition).reference()), 1);
    }
    if (condition instanceof Condition.Reference) {
      return new Condition.Reference(((Condition.Reference) condition).name(), 1);
    }
    if (condition instanceof Condition.NumberLiteral) {
      return new Condition.NumberLiteral(((Condition.NumberLiteral) condition).value(), 1);
    }
    if (condition instanceof Condition.StringLiteral) {
      return new Condition.StringLiteral(((Condition.StringLiteral) condition).value(), 1);
    }
    return new Condition.BooleanLiteral(((Condition.BooleanLiteral) condition).value(), 1);
  }

  private static List<Condition> strip(List<Condition> conditions) {
    return conditions.stream().map(Columns::strip).collect(Collectors.toList());
  }
}

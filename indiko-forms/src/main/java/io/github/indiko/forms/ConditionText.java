package io.github.indiko.forms;

import io.github.indiko.core.condition.Condition;
import io.github.indiko.core.condition.Condition.Operator;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled {@code when} condition as a sentence in the interface language, for the note of a
 * conditional question or criterion. Conditions compiled by core have a reference on one side of
 * each comparison and a literal on the other, and a bare reference only to a yes_no question.
 * Immutable and thread-safe.
 */
final class ConditionText {
  /** What a sentence names: the items of a questionnaire or of a grid. */
  interface Items {
    /**
     * @param name a reference's name
     * @return the item's label, quoted in the interface language
     */
    String label(String name, Messages m);

    /**
     * @param name the reference a literal is compared with
     * @param literal the literal
     * @return the literal as the reader reads it: an option's label, a word, a number, a date
     */
    String value(String name, Condition.Literal literal, Messages m);
  }

  /** A comparison normalized as {@code reference operator literal}. */
  record Normalized(String name, Operator operator, Condition.Literal value) {
    static Normalized of(Condition.Comparison comparison) {
      if (comparison.left() instanceof Condition.Reference reference) {
        return new Normalized(
            reference.name(), comparison.operator(), (Condition.Literal) comparison.right());
      }
      return new Normalized(
          ((Condition.Reference) comparison.right()).name(),
          comparison.operator().mirrored(),
          (Condition.Literal) comparison.left());
    }
  }

  private final Items items;
  private final String prefix;

  /**
   * @param items the items the conditions name
   * @param prefix the prefix of the keys of the sentences about one item: {@code cond.} for
   *     questions (“the answer to … is …”), {@code audit.cond.} for criteria
   */
  ConditionText(Items items, String prefix) {
    this.items = items;
    this.prefix = prefix;
  }

  /** The condition as a sentence in the interface language, e.g. the answer to “…” is “Yes”. */
  String text(Condition condition, Messages m) {
    if (condition instanceof Condition.Or or) {
      return joined(or.operands(), m.msg("cond.or"), m);
    }
    if (condition instanceof Condition.And and) {
      return joined(and.operands(), m.msg("cond.and"), m);
    }
    if (condition instanceof Condition.Not not) {
      return m.msg("cond.not", grouped(not.operand(), m));
    }
    if (condition instanceof Condition.Answered answered) {
      return m.msg(prefix + "answered", items.label(answered.reference().name(), m));
    }
    if (condition instanceof Condition.Reference reference) {
      return m.msg(prefix + "eq", items.label(reference.name(), m), m.quote(m.msg("yes")));
    }
    if (condition instanceof Condition.BooleanLiteral bool) {
      return m.msg(bool.value() ? "cond.true" : "cond.false");
    }
    if (condition instanceof Condition.Comparison comparison) {
      Normalized c = Normalized.of(comparison);
      String key =
          switch (c.operator()) {
            case EQ -> "eq";
            case NE -> "ne";
            case LT -> "lt";
            case LE -> "le";
            case GT -> "gt";
            case GE -> "ge";
          };
      return m.msg(
          prefix + key, items.label(c.name(), m), items.value(c.name(), c.value(), m));
    }
    if (condition instanceof Condition.In in) {
      String name = ((Condition.Reference) in.operand()).name();
      List<String> values = new ArrayList<>();
      in.values().forEach(value -> values.add(items.value(name, value, m)));
      return m.msg(prefix + "in", items.label(name, m), String.join(m.msg("cond.or"), values));
    }
    Condition.Contains contains = (Condition.Contains) condition;
    String name = ((Condition.Reference) contains.operand()).name();
    return m.msg(
        prefix + "contains", items.label(name, m), items.value(name, contains.value(), m));
  }

  private String joined(List<Condition> operands, String separator, Messages m) {
    List<String> parts = new ArrayList<>();
    operands.forEach(operand -> parts.add(grouped(operand, m)));
    return String.join(separator, parts);
  }

  private String grouped(Condition condition, Messages m) {
    String text = text(condition, m);
    return condition instanceof Condition.Or || condition instanceof Condition.And
        ? "(" + text + ")"
        : text;
  }
}

package io.github.indiko.forms;

import io.github.indiko.core.condition.Condition;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionType;
import java.util.List;

/**
 * The words of the criteria on the auditors' form: the choices of each criterion's group, and the
 * labels and observations a condition's note names. Immutable.
 */
final class CriterionWords implements ConditionText.Items {
  /**
   * A choice of a criterion's radio group.
   *
   * @param value its value, a word of format v1 or {@code value} or {@code dates}
   * @param label its words
   */
  record Choice(String value, String label) {}

  private final AuditGrid grid;
  private final Messages m;

  CriterionWords(AuditGrid grid, Messages m) {
    this.grid = grid;
    this.m = m;
  }

  /** The choices of a criterion's radio group, in order: the first holds the value, if any. */
  List<Choice> choices(Criterion criterion) {
    if (criterion.type() instanceof CriterionType.Check) {
      return List.of(
          new Choice("met", m.msg("audit.met")),
          new Choice("not_met", m.msg("audit.not_met")),
          new Choice("na", m.msg("audit.na")));
    }
    Choice first =
        AuditGrid.inDays(criterion)
            ? new Choice("dates", m.msg("audit.days.dates"))
            : new Choice("value", m.msg("audit.measure.value"));
    Choice missed = new Choice("missed", m.msg("audit.missed"));
    return List.of(first, missed, new Choice("na", m.msg("audit.na")));
  }

  @Override
  public String label(String name, Messages words) {
    Criterion criterion = grid.criteria.get(grid.index(name));
    return words.quote(words.label(criterion.label()).text());
  }

  /** {@code met}, {@code not_met} and {@code missed} as the form words them; a number. */
  @Override
  public String value(String name, Condition.Literal literal, Messages words) {
    if (literal instanceof Condition.NumberLiteral number) {
      return words.number(number.value().doubleValue());
    }
    String text = literal instanceof Condition.StringLiteral string ? string.value() : "";
    return switch (text) {
      case "met" -> words.quote(words.msg("audit.met"));
      case "not_met" -> words.quote(words.msg("audit.not_met"));
      case "missed" -> words.quote(words.msg("audit.cond.missed"));
      default -> words.quote(text);
    };
  }
}

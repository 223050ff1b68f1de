package io.github.indiko.forms;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.condition.Condition;
import io.github.indiko.core.condition.GridConditions;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.grid.Grid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An edition's grid indexed for the auditors' form, its conditions compiled once. Immutable and
 * thread-safe.
 */
final class AuditGrid {
  /** The units of a measure that may be observed as two dates (analysis.md §A6). */
  private static final List<String> DAY_UNITS = List.of("working_day", "calendar_day");

  /** Whether a criterion is observed, as far as the form can tell before the validator. */
  enum Shown {
    SHOWN,
    HIDDEN,
    /** Its condition reads the days between two dates, which only the validator counts. */
    UNDETERMINED
  }

  final EditionDefinitions definitions;
  final Grid grid;
  final List<Criterion> criteria;
  final GridConditions conditions;

  private final Map<String, Integer> index = new HashMap<>();
  /** Per criterion, the criteria its condition names. */
  private final int[][] references;
  /** Per criterion, the criteria whose number its condition compares with a number. */
  private final int[][] numbers;

  AuditGrid(EditionDefinitions definitions) {
    this.definitions = definitions;
    this.grid = definitions.grid();
    this.criteria = grid.criteria();
    this.conditions = GridConditions.compile(grid);
    for (int i = 0; i < criteria.size(); i++) {
      index.put(criteria.get(i).id().value(), i);
    }
    this.references = new int[criteria.size()][];
    this.numbers = new int[criteria.size()][];
    for (int i = 0; i < criteria.size(); i++) {
      List<String> named = new ArrayList<>();
      List<String> compared = new ArrayList<>();
      Condition condition = conditions.condition(i).orElse(null);
      if (condition != null) {
        walk(condition, named, compared);
      }
      references[i] = named.stream().mapToInt(this::index).toArray();
      numbers[i] = compared.stream().mapToInt(this::index).toArray();
    }
  }

  /**
   * @return the criterion's index in the grid, or -1
   */
  int index(String id) {
    return index.getOrDefault(id, -1);
  }

  /**
   * @return whether the criterion is a measure counted in days, observed in the form as two dates
   */
  static boolean inDays(Criterion criterion) {
    return criterion.type() instanceof CriterionType.Measure measure
        && measure.unit() != null
        && DAY_UNITS.contains(measure.unit());
  }

  /**
   * Walks the criteria in grid order, as the validator does: a criterion is shown when its
   * condition holds on the observations of the earlier criteria that are shown; one that is not
   * shown counts as unobserved. A condition that compares a measure observed as two dates with a
   * number, or that names an undetermined criterion, is undetermined: the validator, which counts
   * the days for the structure, decides.
   *
   * @param observations the observations as typed, by grid index; null when absent or unreadable;
   *     a measure observed as dates holds them (its value is not read)
   */
  Shown[] shown(@Nullable Observation[] observations) {
    @Nullable Observation[] effective = new Observation[criteria.size()];
    Shown[] shown = new Shown[criteria.size()];
    for (int i = 0; i < criteria.size(); i++) {
      shown[i] = Shown.SHOWN;
      for (int named : references[i]) {
        if (shown[named] == Shown.UNDETERMINED) {
          shown[i] = Shown.UNDETERMINED;
        }
      }
      for (int compared : numbers[i]) {
        if (effective[compared] instanceof Observation.Measured measured
            && measured.dates() != null) {
          shown[i] = Shown.UNDETERMINED;
        }
      }
      if (shown[i] == Shown.SHOWN && !conditions.shown(i, effective)) {
        shown[i] = Shown.HIDDEN;
      }
      effective[i] = shown[i] == Shown.HIDDEN ? null : observations[i];
    }
    return shown;
  }

  /** Collects the criteria a condition names, and those it compares with a number. */
  private static void walk(Condition condition, List<String> named, List<String> compared) {
    if (condition instanceof Condition.Or or) {
      or.operands().forEach(operand -> walk(operand, named, compared));
    } else if (condition instanceof Condition.And and) {
      and.operands().forEach(operand -> walk(operand, named, compared));
    } else if (condition instanceof Condition.Not not) {
      walk(not.operand(), named, compared);
    } else if (condition instanceof Condition.Answered answered) {
      named.add(answered.reference().name());
    } else if (condition instanceof Condition.Reference reference) {
      named.add(reference.name());
    } else if (condition instanceof Condition.Comparison comparison) {
      walk(comparison.left(), named, compared);
      walk(comparison.right(), named, compared);
      boolean number =
          comparison.left() instanceof Condition.NumberLiteral
              || comparison.right() instanceof Condition.NumberLiteral;
      if (number && comparison.left() instanceof Condition.Reference reference) {
        compared.add(reference.name());
      } else if (number && comparison.right() instanceof Condition.Reference reference) {
        compared.add(reference.name());
      }
    } else if (condition instanceof Condition.In in) {
      walk(in.operand(), named, compared);
      if (in.operand() instanceof Condition.Reference reference
          && in.values().stream().anyMatch(Condition.NumberLiteral.class::isInstance)) {
        compared.add(reference.name());
      }
    } else if (condition instanceof Condition.Contains contains) {
      walk(contains.operand(), named, compared);
    }
  }
}

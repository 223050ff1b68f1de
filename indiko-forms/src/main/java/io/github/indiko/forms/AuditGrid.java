package io.github.indiko.forms;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.DateSpan;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.calendar.DayUnit;
import io.github.indiko.core.condition.GridConditions;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.grid.Grid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An edition's grid indexed for the auditors' form, its conditions compiled once. Immutable and
 * thread-safe.
 */
final class AuditGrid {
  /** Whether a criterion is observed. */
  enum Shown {
    SHOWN,
    HIDDEN
  }

  final EditionDefinitions definitions;
  final Grid grid;
  final List<Criterion> criteria;
  final GridConditions conditions;

  private final Map<String, Integer> index = new HashMap<>();

  AuditGrid(EditionDefinitions definitions) {
    this.definitions = definitions;
    this.grid = definitions.grid();
    this.criteria = grid.criteria();
    this.conditions = GridConditions.compile(grid);
    for (int i = 0; i < criteria.size(); i++) {
      index.put(criteria.get(i).id().value(), i);
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
        && DayUnit.fromUnit(measure.unit()).isPresent();
  }

  /**
   * Walks the criteria in grid order, as the validator does: a criterion is shown when its
   * condition holds on the observations of the earlier criteria that are shown; one that is not
   * shown counts as unobserved. A measure observed as two dates counts the days between them as the
   * validator does, for the structure's department (analysis.md §A6).
   *
   * @param observations the observations as typed, by grid index; null when absent or unreadable;
   *     a measure observed as dates holds them (its value is not read)
   * @param department the department of the structure audited, or null for the national holidays
   */
  Shown[] shown(@Nullable Observation[] observations, @Nullable String department) {
    @Nullable Observation[] effective = new Observation[criteria.size()];
    Shown[] shown = new Shown[criteria.size()];
    for (int i = 0; i < criteria.size(); i++) {
      shown[i] = conditions.shown(i, effective) ? Shown.SHOWN : Shown.HIDDEN;
      effective[i] =
          shown[i] == Shown.HIDDEN ? null : counted(criteria.get(i), observations[i], department);
    }
    return shown;
  }

  /**
   * @return the observation with the days between its dates counted in the criterion's unit, when
   *     it is a measure observed as two dates; else the observation
   */
  private static @Nullable Observation counted(
      Criterion criterion, @Nullable Observation observation, @Nullable String department) {
    if (observation instanceof Observation.Measured measured
        && measured.dates() != null
        && criterion.type() instanceof CriterionType.Measure measure) {
      DateSpan dates = measured.dates();
      return DayUnit.fromUnit(measure.unit())
          .<Observation>map(unit -> new Observation.Measured(unit.days(dates, department), dates))
          .orElse(observation);
    }
    return observation;
  }
}

package io.github.indiko.core.condition;

import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.grid.Grid;
import java.util.List;
import io.github.indiko.core.grid.Criterion;
import org.jspecify.annotations.Nullable;

/**
 * The compiled conditions of an audit grid. Stand-in with the final signatures, so that data
 * validation compiles: it shows exactly the criteria without {@code when}; the conditions language
 * replaces it.
 */
public final class GridConditions {
  private final boolean[] unconditional;

  private GridConditions(boolean[] unconditional) {
    this.unconditional = unconditional;
  }

  /**
   * @param grid a grid
   * @return its compiled conditions
   * @throws ConditionException when a condition cannot be loaded
   */
  public static GridConditions compile(Grid grid) throws ConditionException {
    List<Criterion> criteria = grid.criteria();
    boolean[] unconditional = new boolean[criteria.size()];
    for (int i = 0; i < unconditional.length; i++) {
      unconditional[i] = criteria.get(i).when() == null;
    }
    return new GridConditions(unconditional);
  }

  /**
   * @param criterionIndex the criterion's index in {@link Grid#criteria()}
   * @param observations the observations indexed like the criteria, null for unobserved
   * @return whether the criterion is shown
   */
  public boolean shown(int criterionIndex, @Nullable Observation[] observations) {
    return unconditional[criterionIndex];
  }
}

package io.github.indiko.core.condition;

import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The compiled {@code when} conditions of an audit grid: which criteria an audit observes, given
 * its earlier observations. Compile once per grid; {@link #shown} then never throws for valid
 * arguments. The observations are evaluated as a row ({@link ObjectRow}, one small object per
 * call), as the answers of a questionnaire are. Immutable and thread-safe.
 *
 * <p>Criteria are indexed like {@link Grid#criteria()}. An absent observation (null) and {@code
 * na} both count as unanswered; a criterion that is not shown counts as unanswered too, so a caller
 * that walks the criteria in order passes null for those it found hidden.
 */
public final class GridConditions {
  private final Compiler.Compiled compiled;

  private GridConditions(Compiler.Compiled compiled) {
    this.compiled = compiled;
  }

  /**
   * Parses, checks and compiles every condition of a grid.
   *
   * @param grid a grid
   * @return its compiled conditions
   * @throws ConditionException holding every error of every condition, each named like {@code
   *     grid audit-accueil v1, criterion email_complete, column 1: unknown criterion 'email_dely'}
   */
  public static GridConditions compile(Grid grid) {
    List<Compiler.Item> items = new ArrayList<>();
    for (Criterion criterion : grid.criteria()) {
      boolean check = criterion.type() instanceof CriterionType.Check;
      items.add(
          new Compiler.Item(
              criterion.id().value(),
              check ? Compiler.Kind.CHECK : Compiler.Kind.MEASURE,
              criterion.type().id(),
              List.of(),
              criterion.when()));
    }
    return new GridConditions(Compiler.compile("grid " + grid.ref(), "criterion", items));
  }

  /**
   * @return the number of criteria
   */
  public int size() {
    return compiled.nodes.length;
  }

  /**
   * @param index a criterion's index
   * @return the tree of its condition, or empty when it has none
   * @throws IndexOutOfBoundsException when there is no such criterion
   */
  public Optional<Condition> condition(int index) {
    return Optional.ofNullable(compiled.conditions[Objects.checkIndex(index, size())]);
  }

  /**
   * Tells whether a criterion is observed in an audit.
   *
   * @param criterionIndex the criterion's index
   * @param observations the audit's observations, one per criterion by index; null when absent or
   *     not shown
   * @return true when the criterion has no condition or its condition holds
   * @throws IndexOutOfBoundsException when there is no such criterion
   * @throws IllegalArgumentException when {@code observations} does not have one slot per
   *     criterion
   */
  public boolean shown(int criterionIndex, @Nullable Observation[] observations) {
    Objects.checkIndex(criterionIndex, size());
    if (observations.length != size()) {
      throw new IllegalArgumentException(
          "expected " + size() + " observations, one per criterion, got " + observations.length);
    }
    return shown(criterionIndex, row(observations));
  }

  /**
   * @param observations observations by criterion index, without copy
   * @return the observations as the row that conditions test
   */
  AnswerRow row(@Nullable Observation[] observations) {
    return new ObjectRow(compiled.items, observations);
  }

  /**
   * @param criterionIndex the criterion's index
   * @param observations the audit's observations as a row, the missed measures as NaN
   * @return true when the criterion has no condition or its condition holds; allocates nothing
   */
  boolean shown(int criterionIndex, AnswerRow observations) {
    return compiled.nodes[Objects.checkIndex(criterionIndex, size())].test(observations);
  }
}

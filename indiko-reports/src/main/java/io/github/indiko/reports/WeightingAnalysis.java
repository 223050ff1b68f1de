package io.github.indiko.reports;

import io.github.indiko.core.edition.Weighting;
import io.github.indiko.scoring.StructureWeighting;
import java.util.List;
import java.util.Objects;

/**
 * How the survey numbers of a structure were weighted (analysis.md §A3): the edition's {@code
 * scoring.weighting} beside the structure's {@code weighting} block of {@code results.json}, so
 * that a report can say on which keys, by which method, with what outcome and effective sample.
 *
 * @param method the edition's weighting method, never {@link Weighting.Method#NONE}
 * @param keys the segment keys weighted on, in declared order
 * @param result the structure's weighting as scored: status, cycles, responses weighted and not,
 *     effective sample, design effect, and the empty key and value for {@code empty_cell}
 */
public record WeightingAnalysis(
    Weighting.Method method, List<String> keys, StructureWeighting result) {
  /** Checks that nothing is null and that the method weights, and copies the keys. */
  public WeightingAnalysis {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(result, "result");
    keys = List.copyOf(keys);
    if (method == Weighting.Method.NONE || keys.isEmpty()) {
      throw new IllegalArgumentException("a weighting analysis needs a method and keys");
    }
  }

  /**
   * @return the accepted responses of the structure: weighted and unweighted
   */
  public long responses() {
    return result.weightedResponses() + result.unweightedResponses();
  }

  /**
   * @return whether the structure's survey numbers are weighted: its status is {@code weighted}
   */
  public boolean weighted() {
    return result.status() == StructureWeighting.Status.WEIGHTED;
  }
}

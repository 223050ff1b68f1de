package io.github.indiko.reports;

import java.util.List;
import java.util.Objects;

/**
 * The breakdown of a structure's survey by one segment key, as a report may publish it
 * (analysis.md §A2, Breakdown and Disclosure).
 *
 * @param key the segment key, as the questionnaire declares it
 * @param values one cell per declared value, in declared order, then {@code (none)}
 *     ({@link io.github.indiko.scoring.StructureResult#NO_SEGMENT_VALUE}) for the responses
 *     without that key
 */
public record SegmentAnalysis(String key, List<SegmentValueAnalysis> values) {
  /** Checks that nothing is null, and copies the values. */
  public SegmentAnalysis {
    Objects.requireNonNull(key, "key");
    values = List.copyOf(values);
  }
}

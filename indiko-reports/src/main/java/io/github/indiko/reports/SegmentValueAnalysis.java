package io.github.indiko.reports;

import io.github.indiko.scoring.SegmentCell;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One cell of a segment breakdown in the analysis (analysis.md §A2). A suppressed cell shows no
 * number, neither its indicators nor its count of responses (docs/decisions.md, Segments in
 * reports); a cell with no response is published, with n = 0.
 *
 * @param value the segment value, or {@code (none)} for the responses without the key
 * @param suppressed whether the disclosure rules withhold the cell
 * @param cell the cell's numbers, or null when suppressed
 */
public record SegmentValueAnalysis(String value, boolean suppressed, @Nullable SegmentCell cell) {
  /** Checks that a cell has its numbers exactly when it is not suppressed. */
  public SegmentValueAnalysis {
    Objects.requireNonNull(value, "value");
    if (suppressed != (cell == null)) {
      throw new IllegalArgumentException(
          "segment value " + value + ": a cell has its numbers exactly when it is published");
    }
  }
}

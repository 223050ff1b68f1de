package io.github.indiko.scoring;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One cell of a structure's segment breakdown: its responses that have one value of a segment key,
 * or no value for it (analysis.md §A2, Breakdown). Every number is computed as the structure's
 * own, over those responses alone; {@code results.json} holds every cell unsuppressed, and reports
 * apply {@link Disclosure}.
 *
 * @param n accepted responses in the cell
 * @param score the survey source score of those responses (as a channel score), or null when no
 *     item has a value
 * @param satisfaction satisfaction over the cell's pooled overall items
 * @param net net satisfaction over the same answers
 * @param nps NPS over the cell's pooled nps items
 */
public record SegmentCell(
    long n, @Nullable Double score, Indicator satisfaction, Indicator net, Indicator nps) {
  /** Checks that n is not negative and that no indicator is null. */
  public SegmentCell {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
    Objects.requireNonNull(satisfaction, "satisfaction");
    Objects.requireNonNull(net, "net");
    Objects.requireNonNull(nps, "nps");
  }
}

package io.github.indiko.scoring;

import org.jspecify.annotations.Nullable;

/**
 * Descriptive statistics of numeric answers or measures (scoring.md §8.1): any finite values, not
 * only scores. Immutable.
 *
 * @param n how many values
 * @param min the smallest
 * @param median the median (the mean of the two middle values when n is even), or null when the
 *     values held more than {@link #MAX_DISTINCT} distinct values, beyond which they are not kept
 * @param max the largest
 * @param mean their exact mean, rounded once to {@code double}
 */
public record QuantitySummary(long n, double min, @Nullable Double median, double max, double mean) {
  /** The most distinct values kept for the median of one item of one structure. */
  public static final int MAX_DISTINCT = 10_000;

  /** Checks that n is positive and min ≤ max. */
  public QuantitySummary {
    if (n < 1) {
      throw new IllegalArgumentException("n must be positive: " + n);
    }
    if (!(min <= max)) {
      throw new IllegalArgumentException("min " + min + " must not exceed max " + max);
    }
  }
}

package io.github.indiko.scoring;

import io.github.indiko.scoring.spi.Interval;
import org.jspecify.annotations.Nullable;

/**
 * A structure-level indicator (satisfaction, net satisfaction, NPS) over pooled answers.
 *
 * @param value the indicator, or null when no answer was pooled
 * @param n the number of answers pooled
 * @param ci its interval, or null where scoring.md §5 gives none (always null for net)
 */
public record Indicator(@Nullable Double value, long n, @Nullable Interval ci) {
  /** Checks that n is not negative. */
  public Indicator {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
  }

  /**
   * @return the indicator of no answer: null value, n 0, no interval
   */
  public static Indicator empty() {
    return new Indicator(null, 0, null);
  }
}

package io.github.indiko.scoring.spi;

/**
 * A confidence interval, clipped to the range of its value.
 *
 * @param low the lower bound
 * @param high the upper bound, not below {@code low}
 */
public record Interval(double low, double high) {
  /** Checks that the bounds are finite and ordered. */
  public Interval {
    if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
      throw new IllegalArgumentException("an interval needs finite bounds low <= high: " + low + ", " + high);
    }
  }
}

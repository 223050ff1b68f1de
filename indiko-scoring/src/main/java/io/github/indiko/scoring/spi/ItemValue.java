package io.github.indiko.scoring.spi;

import org.jspecify.annotations.Nullable;

/**
 * What a strategy makes of the answers of one item for one structure.
 *
 * @param value the item value in [0, 100]
 * @param interval its confidence interval, or null when the strategy's interval does not exist
 *     for so few answers
 * @param nEffective the item's effective sample size (Σw)² / Σw² when its scores were weighted
 *     (analysis.md §A3, Weighted statistics), positive and finite; null when they were not
 */
public record ItemValue(double value, @Nullable Interval interval, @Nullable Double nEffective) {
  /** Checks that the value lies in [0, 100] and that an effective size is positive. */
  public ItemValue {
    if (!(value >= 0 && value <= 100)) {
      throw new IllegalArgumentException("an item value lies in [0, 100]: " + value);
    }
    if (nEffective != null && !(nEffective > 0 && nEffective < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "an effective sample size is positive and finite: " + nEffective);
    }
  }

  /**
   * The value of unweighted scores.
   *
   * @param value the item value in [0, 100]
   * @param interval its confidence interval, or null
   */
  public ItemValue(double value, @Nullable Interval interval) {
    this(value, interval, null);
  }
}

package io.github.indiko.scoring.spi;

import org.jspecify.annotations.Nullable;

/**
 * What a strategy makes of the answers of one item for one structure.
 *
 * @param value the item value in [0, 100]
 * @param interval its confidence interval, or null when the strategy's interval does not exist
 *     for so few answers
 */
public record ItemValue(double value, @Nullable Interval interval) {
  /** Checks that the value lies in [0, 100]. */
  public ItemValue {
    if (!(value >= 0 && value <= 100)) {
      throw new IllegalArgumentException("an item value lies in [0, 100]: " + value);
    }
  }
}

package io.github.indiko.testkit.laws;

import java.util.Locale;

/**
 * One item score given to an {@link io.github.indiko.scoring.spi.ItemAccumulator}.
 *
 * @param value the item score in [0, 100]
 * @param favourable whether the answer is favourable
 */
public record Score(double value, boolean favourable) {
  /** Checks the range. */
  public Score {
    if (!(value >= 0 && value <= 100)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "an item score lies in [0, 100]: %s", value));
    }
  }

  /**
   * @return the value, followed by {@code +} when the answer is favourable: {@code 75.0+}
   */
  @Override
  public String toString() {
    return favourable ? value + "+" : Double.toString(value);
  }
}

package io.github.indiko.scoring.spi;

import java.util.List;

/**
 * The built-in item strategies of scoring.md §3. Each is immutable and thread-safe, and equal to
 * any other instance with the same parameters.
 */
public final class Strategies {
  private Strategies() {}

  /**
   * @return {@code mean} (the default): the mean item score, with a Student t interval
   */
  public static ItemStrategy mean() {
    return new MeanStrategy();
  }

  /**
   * @return {@code top-box}: the satisfaction 100 · f / n (f favourable answers of n), with a
   *     Wilson interval
   */
  public static ItemStrategy topBox() {
    return new TopBoxStrategy();
  }

  /**
   * @return {@code share-at-least} with its default threshold 80
   */
  public static ItemStrategy shareAtLeast() {
    return shareAtLeast(ShareAtLeastStrategy.DEFAULT_THRESHOLD);
  }

  /**
   * @param threshold the least item score that counts, in [0, 100]
   * @return {@code share-at-least}: 100 · #(s ≥ threshold) / n, with a Wilson interval; it takes
   *     the parameter {@code threshold} in {@link ItemStrategy#configure}
   * @throws IllegalArgumentException when the threshold is not in [0, 100]
   */
  public static ItemStrategy shareAtLeast(double threshold) {
    return new ShareAtLeastStrategy(threshold);
  }

  /**
   * @return {@link #mean()}, {@link #topBox()} and {@link #shareAtLeast()}, in that order
   */
  public static List<ItemStrategy> builtIns() {
    return List.of(mean(), topBox(), shareAtLeast());
  }
}

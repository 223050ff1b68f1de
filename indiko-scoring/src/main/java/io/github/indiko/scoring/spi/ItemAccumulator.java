package io.github.indiko.scoring.spi;

import java.util.Optional;

/**
 * Accumulates the item scores of one item for one structure. Not thread-safe: one accumulator
 * per thread, combined with {@link #merge}. Results must not depend on the order of {@link #add}
 * calls nor on how the scores were split between accumulators: {@code a.merge(b)} finishes to the
 * same value as one accumulator that saw the scores of both, bit for bit.
 */
public interface ItemAccumulator {
  /**
   * Adds one item score.
   *
   * @param score the item score in [0, 100] (scoring.md §1)
   * @param favourable whether the answer is favourable (scoring.md §1)
   */
  void add(double score, boolean favourable);

  /**
   * Adds one item score {@code count} times: the same as {@code count} calls of {@link
   * #add(double, boolean)}, which is what this default does. The engine calls it when it has
   * counted the answers of a value (a point of a scale, an option), once per value; built-in
   * accumulators do it in constant time, and so may others.
   *
   * @param score the item score in [0, 100] (scoring.md §1)
   * @param favourable whether the answer is favourable (scoring.md §1)
   * @param count how many times, at least 1
   * @throws IllegalArgumentException when {@code count} is less than 1
   */
  default void add(double score, boolean favourable, long count) {
    Accumulators.checkCount(count);
    for (long i = 0; i < count; i++) {
      add(score, favourable);
    }
  }

  /**
   * Adds one item score {@code count} times, each with weight {@code weight} (analysis.md §A3,
   * Weighted statistics). A fresh accumulator fed only such terms finishes with the weighted value
   * and interval. Only the accumulators of a strategy that {@link ItemStrategy#acceptsWeights()
   * accepts weights} implement it; this default refuses.
   *
   * @param score the item score in [0, 100] (scoring.md §1)
   * @param favourable whether the answer is favourable (scoring.md §1)
   * @param count how many times, at least 1
   * @param weight the weight of each, finite and positive
   * @throws UnsupportedOperationException when the strategy does not accept weights
   */
  default void add(double score, boolean favourable, long count, double weight) {
    throw new UnsupportedOperationException("this strategy does not accept weights");
  }

  /**
   * @param other an accumulator of the same strategy; not modified
   * @return a new accumulator holding the scores of both; neither argument changes
   * @throws IllegalArgumentException when {@code other} comes from another strategy
   */
  ItemAccumulator merge(ItemAccumulator other);

  /**
   * @return how many scores were added
   */
  long count();

  /**
   * @param confidence the confidence level of the interval, in (0, 1)
   * @return the item value and interval, or empty when no score was added
   */
  Optional<ItemValue> finish(double confidence);
}

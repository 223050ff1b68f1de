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
   * @throws IllegalStateException when this accumulator already holds weighted scores
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
   * Adds one weighted item score {@code count} times (analysis.md §A3, Weighted statistics): the
   * responses weigh {@code weight} each (1 for a response without every weighting key). An
   * accumulator given weighted scores finishes with the weighted value and interval and the item's
   * {@link ItemValue#nEffective()}; every score of one accumulator is then weighted, and merging
   * gives the same bits whatever the order and the split. Supported only when the strategy's
   * {@link ItemStrategy#acceptsWeights()} is true; the default throws.
   *
   * @param score the item score in [0, 100] (scoring.md §1)
   * @param favourable whether the answer is favourable (scoring.md §1)
   * @param count how many times, at least 1
   * @param weight the weight of each of these responses, finite and not negative
   * @throws UnsupportedOperationException when the strategy does not accept weights
   * @throws IllegalStateException when this accumulator already holds unweighted scores
   * @throws IllegalArgumentException when an argument is out of its range
   */
  default void add(double score, boolean favourable, long count, double weight) {
    throw new UnsupportedOperationException(
        getClass().getName()
            + " takes no weight: its strategy's acceptsWeights() is false (analysis.md §A3,"
            + " Weighted statistics)");
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

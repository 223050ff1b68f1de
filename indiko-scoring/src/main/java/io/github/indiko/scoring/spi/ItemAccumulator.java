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

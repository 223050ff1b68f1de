package io.github.indiko.testkit.property;

import java.util.SplittableRandom;

/**
 * The draws a {@link Gen} makes: every random decision of a generator is one call of {@link #next},
 * whose 0 is the simplest choice. A {@link Property} records the draws of a failing example and
 * shrinks the recorded sequence (fewer draws, smaller draws), so every generator built from these
 * draws shrinks without a shrinker of its own. Not thread-safe.
 */
@FunctionalInterface
public interface RandomSource {
  /**
   * @param max the largest choice, not negative
   * @return a choice in [0, max], 0 being the simplest
   */
  long next(long max);

  /**
   * @param seed the seed
   * @return a source of uniform draws from a {@link SplittableRandom} with that seed: the same seed
   *     gives the same draws
   */
  static RandomSource seeded(long seed) {
    return new SeededSource(new SplittableRandom(seed));
  }
}

package io.github.indiko.testkit.property;

import java.util.Locale;

/**
 * How a property or a law is checked.
 *
 * @param seed the seed of the examples: the same seed gives the same examples, so a failure's seed
 *     reproduces it
 * @param examples how many examples to try, at least 1
 * @param maxShrinks how many candidates the shrinker may try on a failure, not negative
 */
public record Settings(long seed, int examples, int maxShrinks) {
  /** The seed of {@link #defaults()}. */
  public static final long DEFAULT_SEED = 20_170_101L;

  /** Checks the counts. */
  public Settings {
    if (examples < 1) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "a check tries at least one example: %d", examples));
    }
    if (maxShrinks < 0) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "the shrink budget must not be negative: %d", maxShrinks));
    }
  }

  /**
   * @return seed {@link #DEFAULT_SEED}, 200 examples, 5 000 shrink candidates
   */
  public static Settings defaults() {
    return new Settings(DEFAULT_SEED, 200, 5_000);
  }

  /**
   * @param seed another seed
   * @return these settings with that seed
   */
  public Settings withSeed(long seed) {
    return new Settings(seed, examples, maxShrinks);
  }

  /**
   * @param examples another number of examples, at least 1
   * @return these settings with that number of examples
   */
  public Settings withExamples(int examples) {
    return new Settings(seed, examples, maxShrinks);
  }
}

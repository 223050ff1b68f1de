package io.github.indiko.core;

import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Wraps the framework-neutral factories of {@link DomainGenerators} into QuickTheories
 * generators: QuickTheories draws a seed, the factory builds the object from a {@link
 * SplittableRandom} with that seed.
 */
public final class Generators {
  private Generators() {}

  /**
   * @param factory builds an object from a source of randomness
   * @return a generator of such objects
   */
  public static <T> Gen<T> of(Function<RandomGenerator, T> factory) {
    return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE)
        .map(seed -> factory.apply(new SplittableRandom(seed)));
  }
}

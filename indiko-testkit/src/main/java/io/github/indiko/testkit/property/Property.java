package io.github.indiko.testkit.property;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Checks a property on generated examples and, on a failure, shrinks the example: the draws of the
 * failing example are replayed with draws removed or made smaller while the property still fails,
 * and the simplest failing example is reported. Works with any test framework: a failure is a
 * {@link PropertyViolation}.
 */
public final class Property {
  private Property() {}

  /**
   * @param name the property's name, for the failure message
   * @param generator the examples
   * @param property fails on an example by throwing (an assertion or any runtime exception)
   * @param settings the seed, the number of examples and the shrink budget
   * @param <T> the type of the examples
   * @throws PropertyViolation naming the property, the seed and the shrunk counterexample
   */
  public static <T> void check(
      String name, Gen<T> generator, Consumer<? super T> property, Settings settings) {
    Objects.requireNonNull(name, "name");
    SplittableRandom random = new SplittableRandom(settings.seed());
    for (int example = 0; example < settings.examples(); example++) {
      SeededSource source = new SeededSource(random.split());
      T value = generator.generate(source);
      Throwable failure = failure(property, value);
      if (failure != null) {
        Shrinker<T> shrinker = new Shrinker<>(generator, property, settings.maxShrinks());
        Shrinker.Failure<T> shrunk = shrinker.shrink(source.draws(), value, failure);
        throw new PropertyViolation(
            name, settings.seed(), example, shrinker.accepted(), shrunk.value(), shrunk.failure());
      }
    }
  }

  /**
   * @return how the property fails on the value, or null when it holds
   */
  static <T> @Nullable Throwable failure(Consumer<? super T> property, T value) {
    try {
      property.accept(value);
      return null;
    } catch (AssertionError | RuntimeException failure) {
      return failure;
    }
  }
}

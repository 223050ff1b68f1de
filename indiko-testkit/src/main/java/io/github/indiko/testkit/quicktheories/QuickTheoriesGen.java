package io.github.indiko.testkit.quicktheories;

import io.github.indiko.testkit.property.Gen;
import java.util.Objects;
import org.quicktheories.impl.Constraint;

/**
 * Adapts a testkit {@link Gen} to QuickTheories: every draw of the generator becomes a draw of
 * QuickTheories' randomness source with the same range, shrinking toward 0, so QuickTheories
 * shrinks the adapted generator as the testkit's {@code Property} would.
 */
public final class QuickTheoriesGen {
  private QuickTheoriesGen() {}

  /**
   * @param generator a testkit generator
   * @param <T> the type of its values
   * @return a QuickTheories generator of the same values for the same draws
   */
  public static <T> org.quicktheories.core.Gen<T> of(Gen<T> generator) {
    Objects.requireNonNull(generator, "generator");
    return randomness ->
        generator.generate(max -> randomness.next(Constraint.between(0, max).withShrinkPoint(0)));
  }
}

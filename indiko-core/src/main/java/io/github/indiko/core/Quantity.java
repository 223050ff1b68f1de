package io.github.indiko.core;

import io.github.indiko.core.format.Numbers;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@code number} question and a {@code measure} criterion share: an optional range, an
 * integer flag, a unit and an optional target. A quantity without target is descriptive: reported,
 * never scored.
 */
public interface Quantity {
  /**
   * @return the smallest accepted value, or null for no minimum
   */
  @Nullable Double min();

  /**
   * @return the largest accepted value, or null for no maximum
   */
  @Nullable Double max();

  /**
   * @return whether only integers are accepted
   */
  boolean integer();

  /**
   * @return the unit, for display ({@code minute}, {@code ring}), or null
   */
  @Nullable String unit();

  /**
   * @return the target that scores the value, or null when the quantity is descriptive
   */
  @Nullable Target target();

  /**
   * Checks a value against the range and the integer flag.
   *
   * @param value a finite number
   * @return why the value is refused, for a person, or empty when it is accepted
   */
  default Optional<String> refusal(double value) {
    if (integer() && value != Math.rint(value)) {
      return Optional.of(Numbers.format(value) + " is not an integer");
    }
    Double min = min();
    if (min != null && value < min) {
      return Optional.of(Numbers.format(value) + " is below the minimum " + Numbers.format(min));
    }
    Double max = max();
    if (max != null && value > max) {
      return Optional.of(Numbers.format(value) + " is above the maximum " + Numbers.format(max));
    }
    return Optional.empty();
  }

  /**
   * Checks what implementations check on construction: finite bounds. Their order is checked by
   * Bean Validation ({@link io.github.indiko.core.constraints.OrderedBounds}).
   */
  static void check(@Nullable Double min, @Nullable Double max) {
    if (min != null && !Double.isFinite(min) || max != null && !Double.isFinite(max)) {
      throw new IllegalArgumentException("min and max must be finite");
    }
  }
}

package io.github.indiko.core.grid;

import io.github.indiko.core.Quantity;
import io.github.indiko.core.Target;
import io.github.indiko.core.constraints.OrderedBounds;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/** The two criterion types of an audit grid. */
public sealed interface CriterionType {
  /**
   * @return the type's name in format v1: {@code check} or {@code measure}
   */
  String id();

  /** A check: observed {@code met}, {@code not_met} or {@code na}. */
  record Check() implements CriterionType {
    @Override
    public String id() {
      return "check";
    }
  }

  /**
   * A measure: observed as a number, {@code missed} or {@code na}. Without target it is
   * descriptive: reported, never scored. Checked on construction: the bounds are finite. Checked
   * by Bean Validation: {@code min} is not above {@code max} ({@link OrderedBounds}), and the
   * target's values differ ({@link Target}).
   *
   * @param min the smallest accepted value, or null
   * @param max the largest accepted value, or null
   * @param integer whether only integers are accepted
   * @param unit the unit, or null
   * @param target the target that scores it, or null
   */
  @OrderedBounds
  record Measure(
      @Nullable Double min,
      @Nullable Double max,
      boolean integer,
      @Nullable String unit,
      @Valid @Nullable Target target)
      implements CriterionType, Quantity {
    /** Checks that the bounds are finite. */
    public Measure {
      Quantity.check(min, max);
    }

    @Override
    public String id() {
      return "measure";
    }
  }
}

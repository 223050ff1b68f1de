package io.github.indiko.core.grid;

import io.github.indiko.core.Quantity;
import io.github.indiko.core.Target;
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
   * descriptive: reported, never scored.
   *
   * @param min the smallest accepted value, or null
   * @param max the largest accepted value, or null
   * @param integer whether only integers are accepted
   * @param unit the unit, or null
   * @param target the target that scores it, or null
   */
  record Measure(
      @Nullable Double min,
      @Nullable Double max,
      boolean integer,
      @Nullable String unit,
      @Nullable Target target)
      implements CriterionType, Quantity {
    /** Checks the bounds. */
    public Measure {
      Quantity.check(min, max);
    }

    @Override
    public String id() {
      return "measure";
    }
  }
}

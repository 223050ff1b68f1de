package io.github.indiko.core.format;

import io.github.indiko.core.Target;
import org.jspecify.annotations.Nullable;

/**
 * The members that a {@code number} question and a {@code measure} criterion share, as read.
 *
 * @param min the smallest accepted value, or null
 * @param max the largest accepted value, or null
 * @param integer whether only integers are accepted
 * @param unit the unit, or null
 * @param target the target, or null
 */
record Quantities(
    @Nullable Double min,
    @Nullable Double max,
    boolean integer,
    @Nullable String unit,
    @Nullable Target target) {

  /**
   * @return the quantity's members, or null when one is invalid (reported)
   */
  static @Nullable Quantities read(Members members) {
    Double min = members.optional("min", Value::number);
    Double max = members.optional("max", Value::number);
    Boolean integer = members.optional("integer", Value::bool);
    String unit = members.optional("unit", Value::nonEmptyString);
    Target target = members.optional("target", Quantities::target);
    if (members.failed("min", min)
        || members.failed("max", max)
        || members.failed("integer", integer)
        || members.failed("unit", unit)
        || members.failed("target", target)) {
      return null;
    }
    return new Quantities(min, max, integer != null && integer, unit, target);
  }

  private static @Nullable Target target(Value value) {
    Members members = value.object();
    if (members == null) {
      return null;
    }
    Double good = members.required("good", Value::number);
    Double bad = members.required("bad", Value::number);
    members.end();
    return good == null || bad == null ? null : value.build(() -> new Target(good, bad));
  }
}

package io.github.indiko.core.internal.validation;

import io.github.indiko.core.Quantity;
import io.github.indiko.core.constraints.OrderedBounds;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link OrderedBounds}. */
public final class OrderedBoundsValidator implements ConstraintValidator<OrderedBounds, Quantity> {
  /** Made by the Bean Validation provider. */
  public OrderedBoundsValidator() {}

  @Override
  public boolean isValid(@Nullable Quantity quantity, ConstraintValidatorContext context) {
    if (quantity == null) {
      return true;
    }
    Double min = quantity.min();
    Double max = quantity.max();
    if (min == null || max == null || min <= max) {
      return true;
    }
    Violations.parameters(context)
        .addMessageParameter("min", Violations.number(min))
        .addMessageParameter("max", Violations.number(max));
    return false;
  }
}

package io.github.indiko.core.internal.validation;

import io.github.indiko.core.constraints.IntegerRange;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link IntegerRange}. */
public final class IntegerRangeValidator implements ConstraintValidator<IntegerRange, Integer> {
  private int min;
  private int max;

  /** Made by the Bean Validation provider. */
  public IntegerRangeValidator() {}

  @Override
  public void initialize(IntegerRange range) {
    min = range.min();
    max = range.max();
  }

  @Override
  public boolean isValid(@Nullable Integer value, ConstraintValidatorContext context) {
    if (value == null || value >= min && value <= max) {
      return true;
    }
    Violations.parameters(context).addMessageParameter("value", value);
    return false;
  }
}

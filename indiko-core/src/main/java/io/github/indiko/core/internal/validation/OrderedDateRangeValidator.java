package io.github.indiko.core.internal.validation;

import io.github.indiko.core.constraints.OrderedRange;
import io.github.indiko.core.edition.DateRange;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link OrderedRange} on a {@link DateRange}. */
public final class OrderedDateRangeValidator
    implements ConstraintValidator<OrderedRange, DateRange> {
  /** Made by the Bean Validation provider. */
  public OrderedDateRangeValidator() {}

  @Override
  public boolean isValid(@Nullable DateRange range, ConstraintValidatorContext context) {
    if (range == null || !range.from().isAfter(range.to())) {
      return true;
    }
    Violations.parameters(context)
        .addMessageParameter("from", range.from().toString())
        .addMessageParameter("to", range.to().toString());
    return false;
  }
}

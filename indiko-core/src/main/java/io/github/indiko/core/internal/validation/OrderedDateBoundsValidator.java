package io.github.indiko.core.internal.validation;

import io.github.indiko.core.constraints.OrderedRange;
import io.github.indiko.core.questionnaire.QuestionType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Checks {@link OrderedRange} on the bounds of a {@code date} question. */
public final class OrderedDateBoundsValidator
    implements ConstraintValidator<OrderedRange, QuestionType.Date> {
  /** Made by the Bean Validation provider. */
  public OrderedDateBoundsValidator() {}

  @Override
  public boolean isValid(QuestionType.@Nullable Date date, ConstraintValidatorContext context) {
    LocalDate min = date == null ? null : date.min();
    LocalDate max = date == null ? null : date.max();
    if (min == null || max == null || !min.isAfter(max)) {
      return true;
    }
    Violations.parameters(context)
        .addMessageParameter("from", min.toString())
        .addMessageParameter("to", max.toString());
    return false;
  }
}

package io.github.indiko.core.internal.validation;

import io.github.indiko.core.constraints.OptionCount;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Checks {@link OptionCount}. */
public final class OptionCountValidator implements ConstraintValidator<OptionCount, List<?>> {
  private int min;
  private int max;

  /** Made by the Bean Validation provider. */
  public OptionCountValidator() {}

  @Override
  public void initialize(OptionCount count) {
    min = count.min();
    max = count.max();
  }

  @Override
  public boolean isValid(@Nullable List<?> options, ConstraintValidatorContext context) {
    if (options == null || options.size() >= min && options.size() <= max) {
      return true;
    }
    Violations.parameters(context).addMessageParameter("count", options.size());
    return false;
  }
}

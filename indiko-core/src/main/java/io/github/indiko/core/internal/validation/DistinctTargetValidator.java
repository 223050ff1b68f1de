package io.github.indiko.core.internal.validation;

import io.github.indiko.core.Target;
import io.github.indiko.core.constraints.DistinctTarget;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link DistinctTarget}. */
public final class DistinctTargetValidator implements ConstraintValidator<DistinctTarget, Target> {
  /** Made by the Bean Validation provider. */
  public DistinctTargetValidator() {}

  @Override
  public boolean isValid(@Nullable Target target, ConstraintValidatorContext context) {
    if (target == null || target.good() != target.bad()) {
      return true;
    }
    Violations.parameters(context).addMessageParameter("value", Double.toString(target.good()));
    return false;
  }
}

package io.github.indiko.core.internal.validation;

import io.github.indiko.core.constraints.UnscoredOptions;
import io.github.indiko.core.questionnaire.Option;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link UnscoredOptions}. */
public final class UnscoredOptionsValidator
    implements ConstraintValidator<UnscoredOptions, List<Option>> {
  /** Made by the Bean Validation provider. */
  public UnscoredOptionsValidator() {}

  @Override
  public boolean isValid(@Nullable List<Option> options, ConstraintValidatorContext context) {
    if (options == null) {
      return true;
    }
    HibernateConstraintValidatorContext own = Violations.own(context);
    boolean valid = true;
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).score() != null) {
        own.buildConstraintViolationWithTemplate(own.getDefaultConstraintMessageTemplate())
            .addPropertyNode("score")
            .inIterable()
            .atIndex(i)
            .addConstraintViolation();
        valid = false;
      }
    }
    return valid;
  }
}

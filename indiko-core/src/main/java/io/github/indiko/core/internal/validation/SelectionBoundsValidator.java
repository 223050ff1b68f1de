package io.github.indiko.core.internal.validation;

import io.github.indiko.core.constraints.SelectionBounds;
import io.github.indiko.core.questionnaire.QuestionType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link SelectionBounds}. */
public final class SelectionBoundsValidator
    implements ConstraintValidator<SelectionBounds, QuestionType.MultiChoice> {
  /** Made by the Bean Validation provider. */
  public SelectionBoundsValidator() {}

  @Override
  public boolean isValid(
      QuestionType.@Nullable MultiChoice choice, ConstraintValidatorContext context) {
    if (choice == null) {
      return true;
    }
    HibernateConstraintValidatorContext own = Violations.own(context);
    int options = choice.options().size();
    Integer min = choice.minSelected();
    Integer max = choice.maxSelected();
    boolean valid = true;
    if (min != null && (min < 0 || min > options)) {
      Violations.integerRange(own, "minSelected", 0, options, min);
      valid = false;
    }
    if (max != null && (max < 1 || max > options)) {
      Violations.integerRange(own, "maxSelected", 1, options, max);
      valid = false;
    }
    if (min != null && max != null && min > max) {
      own.buildConstraintViolationWithTemplate(own.getDefaultConstraintMessageTemplate())
          .addConstraintViolation();
      valid = false;
    }
    return valid;
  }
}

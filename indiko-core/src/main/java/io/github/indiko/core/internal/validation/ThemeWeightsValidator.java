package io.github.indiko.core.internal.validation;

import io.github.indiko.core.constraints.ThemeWeights;
import io.github.indiko.core.edition.Theme;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link ThemeWeights}. */
public final class ThemeWeightsValidator
    implements ConstraintValidator<ThemeWeights, Map<Theme, Double>> {
  private static final String OVERALL = "{io.github.indiko.core.constraints.ThemeWeights.overall}";

  private double max;

  /** Made by the Bean Validation provider. */
  public ThemeWeightsValidator() {}

  @Override
  public void initialize(ThemeWeights weights) {
    max = weights.max();
  }

  @Override
  public boolean isValid(@Nullable Map<Theme, Double> themes, ConstraintValidatorContext context) {
    if (themes == null) {
      return true;
    }
    HibernateConstraintValidatorContext own = Violations.own(context);
    boolean valid = true;
    for (Map.Entry<Theme, Double> entry : themes.entrySet()) {
      double weight = entry.getValue();
      if (entry.getKey().equals(Theme.OVERALL)) {
        own.buildConstraintViolationWithTemplate(OVERALL)
            .addContainerElementNode("<map key>", Map.class, 0)
            .inIterable()
            .atKey(entry.getKey())
            .addConstraintViolation();
        valid = false;
      } else if (!(weight > 0 && weight <= max)) {
        own.addMessageParameter("limit", Violations.number(max))
            .addMessageParameter("weight", Violations.number(weight))
            .buildConstraintViolationWithTemplate(own.getDefaultConstraintMessageTemplate())
            .addContainerElementNode("<map value>", Map.class, 1)
            .inIterable()
            .atKey(entry.getKey())
            .addConstraintViolation();
        valid = false;
      }
    }
    return valid;
  }
}

package io.github.indiko.core.internal.validation;

import io.github.indiko.core.constraints.SourceWeights;
import io.github.indiko.core.edition.Source;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link SourceWeights}. A faulty weight is reported at the source's name in format v1
 * ({@code survey}, {@code audit}), the key a reader of the path expects.
 */
public final class SourceWeightsValidator
    implements ConstraintValidator<SourceWeights, Map<Source, Double>> {
  private static final String POSITIVE =
      "{io.github.indiko.core.constraints.SourceWeights.positive}";

  private double max;

  /** Made by the Bean Validation provider. */
  public SourceWeightsValidator() {}

  @Override
  public void initialize(SourceWeights weights) {
    max = weights.max();
  }

  @Override
  public boolean isValid(
      @Nullable Map<Source, Double> sources, ConstraintValidatorContext context) {
    if (sources == null) {
      return true;
    }
    HibernateConstraintValidatorContext own = Violations.own(context);
    boolean valid = true;
    boolean positive = false;
    for (Map.Entry<Source, Double> entry : sources.entrySet()) {
      double weight = entry.getValue();
      positive |= weight > 0;
      if (!(weight >= 0 && weight <= max)) {
        own.addMessageParameter("limit", Violations.number(max))
            .addMessageParameter("weight", Violations.number(weight))
            .buildConstraintViolationWithTemplate(own.getDefaultConstraintMessageTemplate())
            .addContainerElementNode("<map value>", Map.class, 1)
            .inIterable()
            .atKey(entry.getKey().id())
            .addConstraintViolation();
        valid = false;
      }
    }
    if (valid && !positive) {
      own.buildConstraintViolationWithTemplate(POSITIVE).addConstraintViolation();
      valid = false;
    }
    return valid;
  }
}

package io.github.indiko.core.internal.validation;

import io.github.indiko.core.constraints.ScalePoints;
import io.github.indiko.core.questionnaire.Scale;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link ScalePoints}. */
public final class ScalePointsValidator implements ConstraintValidator<ScalePoints, Scale> {
  private int min;
  private int max;

  /** Made by the Bean Validation provider. */
  public ScalePointsValidator() {}

  @Override
  public void initialize(ScalePoints points) {
    min = points.min();
    max = points.max();
  }

  @Override
  public boolean isValid(@Nullable Scale scale, ConstraintValidatorContext context) {
    if (scale == null) {
      return true;
    }
    long points = points(scale);
    if (points >= min && points <= max) {
      return true;
    }
    Violations.parameters(context)
        .addMessageParameter("from", scale.min())
        .addMessageParameter("to", scale.max())
        .addMessageParameter("points", points);
    return false;
  }

  /**
   * @return the points of the scale, counted without overflow (0 or fewer when reversed)
   */
  static long points(Scale scale) {
    return (long) scale.max() - scale.min() + 1;
  }
}

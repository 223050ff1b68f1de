package io.github.indiko.core.internal.validation;

import io.github.indiko.core.constraints.RatingPoints;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Scale;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link RatingPoints}. */
public final class RatingPointsValidator
    implements ConstraintValidator<RatingPoints, QuestionType.Rating> {
  /** Made by the Bean Validation provider. */
  public RatingPointsValidator() {}

  @Override
  public boolean isValid(QuestionType.@Nullable Rating rating, ConstraintValidatorContext context) {
    if (rating == null) {
      return true;
    }
    Scale scale = rating.scale();
    long points = ScalePointsValidator.points(scale);
    if (points < 2) {
      return true;
    }
    HibernateConstraintValidatorContext own = Violations.own(context);
    boolean valid = true;
    for (Integer point : rating.labels().keySet()) {
      if (!scale.contains(point)) {
        own.addMessageParameter("scale", scale.toString())
            .addMessageParameter("point", point)
            .buildConstraintViolationWithTemplate(own.getDefaultConstraintMessageTemplate())
            .addPropertyNode("labels")
            .addContainerElementNode("<map value>", Map.class, 1)
            .inIterable()
            .atKey(point)
            .addConstraintViolation();
        valid = false;
      }
    }
    if (rating.topBox() < 1 || rating.topBox() > points - 1) {
      Violations.integerRange(own, "topBox", 1, points - 1, rating.topBox());
      valid = false;
    }
    return valid;
  }
}

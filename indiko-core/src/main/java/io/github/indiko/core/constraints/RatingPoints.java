package io.github.indiko.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.indiko.core.internal.validation.RatingPointsValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The points a rating question names lie on its scale: each key of {@code labels} is a point of the
 * scale ("a label's key must be a point of the scale {scale}: \"{point}\"", at the label), and
 * {@code topBox} counts from 1 to the points less one ("must be an integer from 1 to {max}:
 * {value}", at {@code topBox}). Nothing is reported while the scale itself is invalid: {@link
 * ScalePoints} reports it.
 */
@Documented
@Constraint(validatedBy = RatingPointsValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface RatingPoints {
  /**
   * @return the message template
   */
  String message() default "{io.github.indiko.core.constraints.RatingPoints.message}";

  /**
   * @return the groups the constraint belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}

package io.github.indiko.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.indiko.core.internal.validation.ScalePointsValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated rating scale has {@code min} to {@code max} points, its ends included (formats.md,
 * questionnaire.json: 2 to 11). Message: "a scale has {min} to {max} points: {from}..{to} has
 * {points}".
 */
@Documented
@Constraint(validatedBy = ScalePointsValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ScalePoints {
  /**
   * @return the fewest points
   */
  int min();

  /**
   * @return the most points
   */
  int max();

  /**
   * @return the message template
   */
  String message() default "{io.github.indiko.core.constraints.ScalePoints.message}";

  /**
   * @return the groups the constraint belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}

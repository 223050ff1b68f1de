package io.github.indiko.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.indiko.core.internal.validation.IntegerRangeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code int} or {@link Integer} lies in {@code min..max}, both ends included. The
 * message, "must be an integer from {min} to {max}: {value}", is the format v1 readers' own, so a
 * count read from a document and one set in Java are refused alike.
 */
@Documented
@Constraint(validatedBy = IntegerRangeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface IntegerRange {
  /**
   * @return the smallest value accepted
   */
  int min() default Integer.MIN_VALUE;

  /**
   * @return the largest value accepted
   */
  int max() default Integer.MAX_VALUE;

  /**
   * @return the message template
   */
  String message() default "{io.github.indiko.core.constraints.IntegerRange.message}";

  /**
   * @return the groups the constraint belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}

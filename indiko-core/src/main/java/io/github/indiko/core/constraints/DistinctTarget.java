package io.github.indiko.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.indiko.core.internal.validation.DistinctTargetValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated target's {@code good} and {@code bad} differ, so that it scores (scoring.md §1).
 * Message: "target good and bad must differ: both are {value}".
 */
@Documented
@Constraint(validatedBy = DistinctTargetValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DistinctTarget {
  /**
   * @return the message template
   */
  String message() default "{io.github.indiko.core.constraints.DistinctTarget.message}";

  /**
   * @return the groups the constraint belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}

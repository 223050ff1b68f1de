package io.github.indiko.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.indiko.core.internal.validation.SelectionBoundsValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The bounds of a {@code multi_choice} answer fit its options: {@code minSelected} from 0 and
 * {@code maxSelected} from 1 to the number of options ("must be an integer from {min} to {max}:
 * {value}", at the bound), and {@code minSelected} not above {@code maxSelected} ("minSelected is
 * above maxSelected", at the question).
 */
@Documented
@Constraint(validatedBy = SelectionBoundsValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface SelectionBounds {
  /**
   * @return the message template
   */
  String message() default "{io.github.indiko.core.constraints.SelectionBounds.message}";

  /**
   * @return the groups the constraint belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}

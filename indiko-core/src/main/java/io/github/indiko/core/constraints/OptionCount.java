package io.github.indiko.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.indiko.core.internal.validation.OptionCountValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated list of a choice question's options holds {@code min} to {@code max} options
 * (formats.md, questionnaire.json: 2 to 50). Message: "a choice has {min} to {max} options:
 * {count}".
 */
@Documented
@Constraint(validatedBy = OptionCountValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface OptionCount {
  /**
   * @return the fewest options
   */
  int min();

  /**
   * @return the most options
   */
  int max();

  /**
   * @return the message template
   */
  String message() default "{io.github.indiko.core.constraints.OptionCount.message}";

  /**
   * @return the groups the constraint belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}

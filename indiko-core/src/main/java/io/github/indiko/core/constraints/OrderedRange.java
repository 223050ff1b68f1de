package io.github.indiko.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.indiko.core.internal.validation.OrderedDateBoundsValidator;
import io.github.indiko.core.internal.validation.OrderedDateRangeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The first day of the annotated range of dates is not after its last: a {@code DateRange}, on the
 * type or where an edition holds one (its {@code registration} and {@code collection}), or the
 * bounds of a {@code date} question. The message names the ends as format v1 does: "{first} {from}
 * is after {last} {to}", e.g. "opens 2017-06-20 is after closes 2017-06-01".
 */
@Documented
@Constraint(validatedBy = {OrderedDateRangeValidator.class, OrderedDateBoundsValidator.class})
@Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER})
@Retention(RUNTIME)
public @interface OrderedRange {
  /**
   * @return the name of the first day in messages, e.g. {@code opens}
   */
  String first() default "from";

  /**
   * @return the name of the last day in messages, e.g. {@code closes}
   */
  String last() default "to";

  /**
   * @return the message template
   */
  String message() default "{io.github.indiko.core.constraints.OrderedRange.message}";

  /**
   * @return the groups the constraint belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}

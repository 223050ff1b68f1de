package io.github.indiko.core.internal.validation;

import io.github.indiko.core.format.Numbers;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * What the validators of Indiko's constraints share: the message parameters they add (values, never
 * Expression Language), the template of a range of integers, and numbers written as format v1
 * writes them.
 */
final class Violations {
  /** The readers' wording of an integer out of its range: min, max and value. */
  static final String INTEGER_RANGE = "{io.github.indiko.core.constraints.IntegerRange.message}";

  private Violations() {}

  /**
   * @return the context that takes message parameters, with its default violation kept
   */
  static HibernateConstraintValidatorContext parameters(ConstraintValidatorContext context) {
    return context.unwrap(HibernateConstraintValidatorContext.class);
  }

  /**
   * @return the context that takes message parameters, without its default violation: the validator
   *     builds each violation at its own node
   */
  static HibernateConstraintValidatorContext own(ConstraintValidatorContext context) {
    HibernateConstraintValidatorContext own = parameters(context);
    own.disableDefaultConstraintViolation();
    return own;
  }

  /**
   * Reports an integer out of {@code min..max} at the property {@code name} of the validated
   * object, in the readers' wording.
   */
  static void integerRange(
      HibernateConstraintValidatorContext context, String name, long min, long max, long value) {
    context
        .addMessageParameter("min", min)
        .addMessageParameter("max", max)
        .addMessageParameter("value", value)
        .buildConstraintViolationWithTemplate(INTEGER_RANGE)
        .addPropertyNode(name)
        .addConstraintViolation();
  }

  /**
   * @return the number as format v1 writes it ({@code 4}, {@code 2.5}), or as Java does when it is
   *     not finite
   */
  static String number(double value) {
    return Double.isFinite(value) ? Numbers.format(value) : Double.toString(value);
  }
}

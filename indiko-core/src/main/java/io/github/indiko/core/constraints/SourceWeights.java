package io.github.indiko.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.indiko.core.internal.validation.SourceWeightsValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated map of source weights (formats.md, edition.json: {@code scoring.sources}) weighs
 * each source from 0 to {@code max}, and at least one more than 0, so that the composite is
 * defined. A faulty weight is reported at its source ({@code survey}, {@code audit}): {@code "a
 * source weight must be >= 0 and <= {limit}: {weight}"} ({@code limit} is {@code max}, both written
 * as format v1 writes numbers); a map without a positive weight at the map: "at least one source
 * weight must be > 0" ({@code SourceWeights.positive}).
 */
@Documented
@Constraint(validatedBy = SourceWeightsValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface SourceWeights {
  /**
   * @return the largest weight
   */
  double max();

  /**
   * @return the message template
   */
  String message() default "{io.github.indiko.core.constraints.SourceWeights.message}";

  /**
   * @return the groups the constraint belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}

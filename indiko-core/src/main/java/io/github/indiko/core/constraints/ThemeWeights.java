package io.github.indiko.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.indiko.core.internal.validation.ThemeWeightsValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated map of theme weights (formats.md, edition.json: {@code scoring.themes}) weighs each
 * theme more than 0 and at most {@code max}, and does not weigh {@code overall}, which is not one
 * of the composite's themes. Each faulty entry is reported at its key: {@code "a theme weight must
 * be > 0 and <= {limit}: {weight}"} ({@code limit} is {@code max}, both written as format v1 writes
 * numbers), or "theme overall may not be weighted: it is not one of the composite's" ({@code
 * ThemeWeights.overall}).
 */
@Documented
@Constraint(validatedBy = ThemeWeightsValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ThemeWeights {
  /**
   * @return the largest weight
   */
  double max();

  /**
   * @return the message template
   */
  String message() default "{io.github.indiko.core.constraints.ThemeWeights.message}";

  /**
   * @return the groups the constraint belongs to
   */
  Class<?>[] groups() default {};

  /**
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}

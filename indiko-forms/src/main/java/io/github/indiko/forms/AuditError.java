package io.github.indiko.forms;

import io.github.indiko.core.grid.CriterionId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why an audit submission was refused, for one field of the auditors' form or for the whole form.
 * Immutable.
 *
 * @param field the part of the form in error
 * @param criterion the criterion in error when {@code field} is {@link Field#CRITERION}, else null
 * @param code what is wrong, a stable code of {@link FieldError.Code}
 * @param message what to do, for the auditor, in the language of the submission
 */
public record AuditError(
    Field field, @Nullable CriterionId criterion, FieldError.Code code, String message) {
  /** Checks that nothing required is null and that a criterion is named exactly when it is one. */
  public AuditError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if ((field == Field.CRITERION) != (criterion != null)) {
      throw new IllegalArgumentException("a criterion is named exactly for a criterion's error");
    }
  }

  /** The parts of the auditors' form an error may be about. */
  public enum Field {
    /** The whole form: its body, or the record as the edition's validator saw it. */
    FORM,
    /** When the visit took place: its date and its time. */
    PERFORMED_AT,
    /** The observation of a criterion. */
    CRITERION,
    /** The auditor's comment. */
    COMMENT,
    /** The record a calibration audit doubles (analysis.md §A5). */
    OF
  }
}

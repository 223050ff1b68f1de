package io.github.indiko.forms;

import io.github.indiko.core.questionnaire.QuestionId;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a submission was refused, for one question or for the whole form. Immutable.
 *
 * <p>Codes of a question: {@code required}, {@code not_a_number}, {@code not_an_integer}, {@code
 * not_a_date}, {@code out_of_range}, {@code not_an_option}, {@code repeated_option}, {@code
 * too_few_selected}, {@code too_many_selected}, {@code too_long}, {@code repeated} (a single-value
 * field sent several times), {@code too_large} (a field beyond the size limit), {@code
 * answered_hidden} (an answer to a question that its condition hides: the answer is dropped from
 * the state to re-render). Codes of the form: {@code malformed} (not {@code
 * application/x-www-form-urlencoded} in UTF-8), {@code body_too_large}, {@code too_many_fields},
 * {@code unknown_field}, {@code not_accepted} (the line was refused by the edition's validator: the
 * structure, channel or date of the context do not fit the edition), {@code collection_not_open}
 * (the edition does not collect responses when the submission is received: the only error then).
 *
 * <p>The auditors' form ({@link AuditSubmissions}) reports its errors as {@link AuditError}s with
 * the same codes, and these of its own: {@code observed_hidden} (an observation of a criterion that
 * its condition hides), {@code conflicting} (a measure given a value and also missed or not
 * applicable), {@code dates_reversed} (an answer date before the request date), {@code
 * not_an_identifier} (the record a double names is not an identifier of format v1), {@code
 * outside_collection} (the visit lies outside the collection period), {@code unknown_original}
 * and {@code same_auditor} (the edition's validator refused the double, analysis.md §A5).
 *
 * @param question the question in error, or null for an error of the whole form
 * @param code what is wrong, a stable code from the list above
 * @param message what to do, for the citizen, in the language of the submission
 */
public record FieldError(@Nullable QuestionId question, Code code, String message) {
  /** Checks that nothing required is null. */
  public FieldError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** What is wrong: each code has a message {@code error.<id>} in every bundle of the forms. */
  public enum Code {
    REQUIRED,
    NOT_A_NUMBER,
    NOT_AN_INTEGER,
    NOT_A_DATE,
    OUT_OF_RANGE,
    NOT_AN_OPTION,
    REPEATED_OPTION,
    TOO_FEW_SELECTED,
    TOO_MANY_SELECTED,
    TOO_LONG,
    REPEATED,
    TOO_LARGE,
    ANSWERED_HIDDEN,
    MALFORMED,
    BODY_TOO_LARGE,
    TOO_MANY_FIELDS,
    UNKNOWN_FIELD,
    NOT_ACCEPTED,
    COLLECTION_NOT_OPEN,
    OBSERVED_HIDDEN,
    CONFLICTING,
    DATES_REVERSED,
    NOT_AN_IDENTIFIER,
    OUTSIDE_COLLECTION,
    UNKNOWN_ORIGINAL,
    SAME_AUDITOR;

    /** @return the code's stable identifier, e.g. {@code not_an_option} */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}

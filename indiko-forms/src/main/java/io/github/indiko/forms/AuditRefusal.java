package io.github.indiko.forms;

import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.RejectReason;
import org.jspecify.annotations.Nullable;

/**
 * A refusal of the edition's validator brought back to the field of the auditors' form it is
 * about, in the auditor's language. The reject's reason says what is wrong; a reject about a
 * criterion names it first in its message ({@code criterion ID: …}, {@code criterion ID is …}),
 * as the messages of rejects are fixed (formats.md, Rejects). The reasons of analysis.md §A5
 * ({@link RejectReason#UNKNOWN_ORIGINAL}, {@link RejectReason#SAME_AUDITOR}) come back on the
 * field of the record doubled. Immutable.
 */
final class AuditRefusal {
  private static final String CRITERION = "criterion ";

  private final AuditForm form;
  private final Messages m;

  AuditRefusal(AuditForm form, Messages m) {
    this.form = form;
    this.m = m;
  }

  AuditError error(Reject reject) {
    RejectReason reason = reject.reason();
    switch (reason) {
      case OUTSIDE_COLLECTION -> {
        DateRange collection = form.grid.definitions.edition().collection();
        FieldError.Code outside = FieldError.Code.OUTSIDE_COLLECTION;
        String message =
            m.error(outside, m.date(collection.from()), m.date(collection.to()));
        return new AuditError(AuditError.Field.PERFORMED_AT, null, outside, message);
      }
      case UNKNOWN_ORIGINAL -> {
        return of(FieldError.Code.UNKNOWN_ORIGINAL);
      }
      case SAME_AUDITOR -> {
        return of(FieldError.Code.SAME_AUDITOR);
      }
      case INVALID_OBSERVATION, OBSERVED_HIDDEN, MISSING_OBSERVATION -> {
        Criterion criterion = criterion(reject.message());
        if (criterion != null) {
          return criterionError(reason, criterion);
        }
        return notAccepted(reason);
      }
      default -> {
        return notAccepted(reason);
      }
    }
  }

  private AuditError of(FieldError.Code code) {
    return new AuditError(AuditError.Field.OF, null, code, m.error(code));
  }

  private AuditError notAccepted(RejectReason reason) {
    FieldError.Code notAccepted = FieldError.Code.NOT_ACCEPTED;
    return new AuditError(
        AuditError.Field.FORM,
        null,
        notAccepted,
        m.msg("audit.error.not_accepted", reason.code()));
  }

  private AuditError criterionError(RejectReason reason, Criterion criterion) {
    FieldError.Code field;
    String message;
    if (reason == RejectReason.OBSERVED_HIDDEN) {
      field = FieldError.Code.OBSERVED_HIDDEN;
      message = m.error(field);
    } else if (reason == RejectReason.MISSING_OBSERVATION) {
      field = FieldError.Code.REQUIRED;
      message = m.msg("audit.error.required");
    } else if (AuditGrid.inDays(criterion)) {
      field = FieldError.Code.OUT_OF_RANGE;
      message = m.msg("audit.error.dates.refused");
    } else {
      field = FieldError.Code.OUT_OF_RANGE;
      message =
          criterion.type() instanceof CriterionType.Measure measure
              ? AnswerReader.range(m, measure.min(), measure.max())
              : m.error(field);
    }
    return new AuditError(AuditError.Field.CRITERION, criterion.id(), field, message);
  }

  /** The criterion of the form's channel that a reject's message names first, if any. */
  private @Nullable Criterion criterion(String message) {
    if (!message.startsWith(CRITERION)) {
      return null;
    }
    int end = CRITERION.length();
    while (end < message.length() && message.charAt(end) != ':' && message.charAt(end) != ' ') {
      end++;
    }
    int i = form.grid.index(message.substring(CRITERION.length(), end));
    if (i < 0 || !form.grid.criteria.get(i).channel().equals(form.channel)) {
      return null;
    }
    return form.grid.criteria.get(i);
  }
}

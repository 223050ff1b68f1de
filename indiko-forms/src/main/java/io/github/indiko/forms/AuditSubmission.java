package io.github.indiko.forms;

import io.github.indiko.core.audit.AuditRecord;
import java.util.List;
import java.util.Objects;

/** What {@link AuditSubmissions#parse} made of a POST: an accepted record, or a rejection. */
public sealed interface AuditSubmission {
  /**
   * An accepted submission: the edition's {@link io.github.indiko.core.validation.DataValidator}
   * accepted {@code line}, and {@code record} is what it read from it (a measure observed as two
   * dates holds the days the validator counted).
   *
   * @param record the audit record
   * @param line its line of {@code audits.jsonl} in format v1, without line terminator: append it
   *     followed by {@code \n}, or give it to the host's store
   */
  record Accepted(AuditRecord record, String line) implements AuditSubmission {
    /** Checks that nothing is null. */
    public Accepted {
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(line, "line");
    }
  }

  /**
   * A rejected submission: nothing is to be stored.
   *
   * @param errors why, at least one, form-level ones first, then in the order of the form
   * @param state the state to render the form again with: the values given and these errors
   */
  record Rejected(List<AuditError> errors, AuditState state) implements AuditSubmission {
    /** Checks that there is an error, and copies. */
    public Rejected {
      errors = List.copyOf(errors);
      Objects.requireNonNull(state, "state");
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("a rejection has at least one error");
      }
    }
  }
}

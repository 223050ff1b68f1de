package io.github.indiko.core.validation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A refused data line (formats.md, Rejects). The message never holds an answer's free text beyond
 * what identifies the fault.
 *
 * @param source the file, {@code responses.jsonl} or {@code audits.jsonl}
 * @param line the 1-based line number
 * @param id the line's {@code id} when it parsed as an object with a string {@code id}, else null
 * @param reason the first failing reason
 * @param message what is wrong, for a person
 */
public record Reject(
    String source, long line, @Nullable String id, RejectReason reason, String message) {
  /** Checks that nothing required is null and that the line is positive. */
  public Reject {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    if (line < 1) {
      throw new IllegalArgumentException("line numbers start at 1: " + line);
    }
  }
}

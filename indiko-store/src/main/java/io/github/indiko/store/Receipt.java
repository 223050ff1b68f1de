package io.github.indiko.store;

import java.time.Instant;
import java.util.Objects;

/**
 * What a store gave for a submission key the first time it stored a line under it; a replay of the
 * key gives the same receipt.
 *
 * @param submissionKey the key the line was sent with
 * @param source the line's source, {@code responses.jsonl} or {@code audits.jsonl} (formats.md,
 *     Rejects)
 * @param recordId the line's {@code id}
 * @param seq the line's place in the order of the edition's stored lines of that source
 * @param storedAt when it was stored, to the millisecond
 */
public record Receipt(
    String submissionKey, String source, String recordId, long seq, Instant storedAt) {
  /** Checks that nothing is null. */
  public Receipt {
    Objects.requireNonNull(submissionKey, "submissionKey");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(storedAt, "storedAt");
  }
}

package io.github.indiko.forms;

/**
 * The limits of a POST body that {@link Submissions} or {@link AuditSubmissions} reads; beyond any
 * of them it stops reading and refuses. Sizes count the bytes as sent (percent-encoded). Immutable.
 *
 * @param maxBodyBytes the largest body, at least 1
 * @param maxFieldBytes the largest field ({@code name=value}), at least 1; it bounds an auditor's
 *     comment too
 * @param maxFields the most fields, at least 1; a body with more fields than the form has controls
 *     is refused whatever this says: for the survey, one per question, one per option of a
 *     multi_choice, plus the CSRF field; for the auditors' form, its four own fields, one per
 *     check, two per measure, three per measure in days, plus the CSRF field
 */
public record SubmissionLimits(int maxBodyBytes, int maxFieldBytes, int maxFields) {
  /** Checks that every limit is positive. */
  public SubmissionLimits {
    if (maxBodyBytes < 1 || maxFieldBytes < 1 || maxFields < 1) {
      throw new IllegalArgumentException(
          "limits must be at least 1: " + maxBodyBytes + ", " + maxFieldBytes + ", " + maxFields);
    }
  }

  /**
   * @return 1 MiB per body (the longest line of {@code responses.jsonl}), 128 KiB per field (a text
   *     of 10 000 four-byte characters, percent-encoded, is 120 000 bytes), 1 000 fields
   */
  public static SubmissionLimits defaults() {
    return new SubmissionLimits(1 << 20, 128 << 10, 1000);
  }
}

package io.github.indiko.core.validation;

import java.util.Locale;

/**
 * Why a data line was rejected (formats.md). Checks run in the order of the constants (each source
 * uses the ones that apply to it); the first failing reason is reported.
 */
public enum RejectReason {
  /** Not a JSON object within the limits, or a member missing, unknown, repeated or mistyped. */
  MALFORMED,
  /** The response's questionnaire and version are not the edition's. */
  UNKNOWN_QUESTIONNAIRE,
  /** The audit's grid and version are not the edition's. */
  UNKNOWN_GRID,
  /** No structure has that id. */
  UNKNOWN_STRUCTURE,
  /** The structure is not enrolled in the edition. */
  NOT_ENROLLED,
  /** The channel is not known (or, for an audit, not offered by the structure). */
  UNKNOWN_CHANNEL,
  /** The timestamp lies outside the collection period. */
  OUTSIDE_COLLECTION,
  /** An answer names no question of the questionnaire. */
  UNKNOWN_QUESTION,
  /** An observation names no criterion of the grid. */
  UNKNOWN_CRITERION,
  /** An answer has the wrong type or is out of range. */
  INVALID_ANSWER,
  /**
   * A {@code segment} key is not declared by the questionnaire, or its value is not a declared
   * value of that key (analysis.md §A2), when the questionnaire declares segments.
   */
  INVALID_SEGMENT,
  /** An observation has the wrong type or is out of range. */
  INVALID_OBSERVATION,
  /** A question whose condition is false is answered. */
  ANSWERED_HIDDEN,
  /** A criterion whose condition is false, or of another channel, is observed. */
  OBSERVED_HIDDEN,
  /** A shown required question is not answered. */
  MISSING_REQUIRED,
  /** A shown criterion of the record's channel is not observed. */
  MISSING_OBSERVATION,
  /** The id was accepted before: the first line read wins. */
  DUPLICATE_ID,
  /** The respondent answered for this structure before, when one response per respondent. */
  DUPLICATE_RESPONDENT,
  /**
   * The record doubles ({@code of}) no original accepted before: no earlier accepted record has
   * that id, or that record doubles another itself, or it is of another structure, grid, version
   * or channel (analysis.md §A5).
   */
  UNKNOWN_ORIGINAL,
  /**
   * The double or its original names no {@code auditor}, or the double's auditor is the original's
   * or that of an earlier accepted double of the same original (analysis.md §A5).
   */
  SAME_AUDITOR;

  /**
   * @return the code in format v1, e.g. {@code invalid_answer}
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param code a code of format v1
   * @return the reason
   * @throws IllegalArgumentException when no reason has that code
   */
  public static RejectReason fromCode(String code) {
    for (RejectReason reason : values()) {
      if (reason.code().equals(code)) {
        return reason;
      }
    }
    throw new IllegalArgumentException("unknown reject reason \"" + code + "\"");
  }
}

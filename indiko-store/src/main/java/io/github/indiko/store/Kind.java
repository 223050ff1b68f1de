package io.github.indiko.store;

import io.github.indiko.core.validation.DataValidator;

/** The two sources of an edition's data (formats.md, Rejects) and the table of each. */
enum Kind {
  /** Survey responses (formats.md, responses.jsonl). */
  RESPONSES(DataValidator.RESPONSES, "indiko_responses"),
  /** Audit records (formats.md, audits.jsonl). */
  AUDITS(DataValidator.AUDITS, "indiko_audits");

  /** The source's name in rejects and receipts, also its file's name in a folder. */
  final String source;

  /** Its table. */
  final String table;

  Kind(String source, String table) {
    this.source = source;
    this.table = table;
  }

  /**
   * @param source {@link DataValidator#RESPONSES} or {@link DataValidator#AUDITS}
   * @return its kind
   * @throws IllegalArgumentException for another source
   */
  static Kind of(String source) {
    for (Kind kind : values()) {
      if (kind.source.equals(source)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "a source is " + DataValidator.RESPONSES + " or " + DataValidator.AUDITS + ", not "
            + source);
  }
}

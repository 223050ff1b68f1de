package io.github.indiko.forms;

import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.audit.AuditRecord;
import java.util.List;

/**
 * The audit records a host already keeps, as a calibration audit's checks read them (analysis.md
 * §A5): whether the record it doubles was accepted, is an original of the same structure, grid
 * and channel, and which auditors observed it. {@link AuditSubmissions} gives the edition's
 * validator these records, then the new one, as the lines of a file in that order, so that a
 * double is refused ({@code unknown_original}, {@code same_auditor}) exactly as in {@code
 * audits.jsonl}. Implementations must be thread-safe when the submissions are parsed on several
 * threads.
 */
@FunctionalInterface
public interface KeptAudits {
  /**
   * @param original the id a calibration audit names as the record it doubles
   * @return the record kept with that id, then the doubles of it kept so far in the order they
   *     were accepted; empty when no record has that id
   */
  List<AuditRecord> withDoubles(AuditId original);

  /**
   * @return records of a host that keeps none: every double is refused
   */
  static KeptAudits none() {
    return original -> List.of();
  }
}

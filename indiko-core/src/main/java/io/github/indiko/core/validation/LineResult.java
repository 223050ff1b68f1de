package io.github.indiko.core.validation;

import io.github.indiko.core.structure.StructureId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a non-blank data line gave: an accepted, typed record or a reject. Immutable.
 *
 * @param <T> the record type: {@link io.github.indiko.core.response.Response} or {@link
 *     io.github.indiko.core.audit.AuditRecord}
 */
public sealed interface LineResult<T> {
  /**
   * @return the 1-based line number, blank lines included
   */
  long line();

  /**
   * An accepted line.
   *
   * @param line the 1-based line number
   * @param record the typed record
   * @param <T> the record type
   */
  record Accepted<T>(long line, T record) implements LineResult<T> {
    /** Checks that the line is positive and the record not null. */
    public Accepted {
      Objects.requireNonNull(record, "record");
      if (line < 1) {
        throw new IllegalArgumentException("line numbers start at 1: " + line);
      }
    }
  }

  /**
   * A rejected line.
   *
   * @param reject why, with the line number and id
   * @param structure the structure the line names when the line got past the check that the
   *     structure exists (its reason is {@code not_enrolled} or a later one), else null; lets a
   *     scorer list a structure that is not enrolled but that data named
   * @param <T> the record type the line would have given
   */
  record Rejected<T>(Reject reject, @Nullable StructureId structure) implements LineResult<T> {
    /** Checks that the reject is not null. */
    public Rejected {
      Objects.requireNonNull(reject, "reject");
    }

    /**
     * A rejected line whose structure is not known.
     *
     * @param reject why, with the line number and id
     */
    public Rejected(Reject reject) {
      this(reject, null);
    }

    @Override
    public long line() {
      return reject.line();
    }
  }
}

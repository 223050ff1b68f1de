package io.github.indiko.core.validation;

import io.github.indiko.core.internal.data.JsonValue.ObjectValue;
import io.github.indiko.core.structure.StructureId;
import org.jspecify.annotations.Nullable;

/**
 * Checks the lines of one source after the JSON level, in formats.md's order, in two parts: {@link
 * #check} runs every check up to and including {@code missing_required} (or {@code
 * missing_observation}) and keeps no state, so it may run on any thread; the duplicate checks,
 * which depend on the lines accepted before, run in line order on one {@link Duplicates}.
 *
 * @param <T> the record type
 */
interface LineCheck<T> {
  /**
   * Thread-safe.
   *
   * @param line a line that is a JSON object within the limits
   * @return the record, still to be admitted by the duplicate checks, or the first fault
   */
  Verdict<T> check(ObjectValue line);

  /**
   * @return new duplicate checks, that have accepted nothing yet; for one read
   */
  Duplicates<T> duplicates();

  /**
   * @param record a record that {@link #check} gave
   * @return its id, as written on the line
   */
  String id(T record);

  /**
   * @param record a record that {@link #check} gave
   * @return the structure it names
   */
  StructureId structure(T record);

  /**
   * The checks of a source that depend on the lines accepted before ({@code duplicate_id}, {@code
   * duplicate_respondent}; for audit records, then {@code unknown_original} and {@code
   * same_auditor}, analysis.md §A5): the first line read wins. Not thread-safe; given the records
   * in line order.
   *
   * @param <T> the record type
   */
  interface Duplicates<T> extends AutoCloseable {
    /**
     * @param record a record that {@link LineCheck#check} gave, of the next line so checked
     * @return the duplicate fault, or null when the record is accepted (then its id, and
     *     respondent, count as accepted)
     */
    @Nullable Fault admit(T record);

    /** Frees what the checks hold; by default nothing. */
    @Override
    default void close() {}
  }
}

package io.github.indiko.core.validation;

import io.github.indiko.core.internal.data.JsonValue.ObjectValue;

/**
 * Checks the lines of one source after the JSON level, in formats.md's order. Holds the ids (and
 * respondents) accepted so far, so one instance serves one reader; not thread-safe.
 *
 * @param <T> the record type
 */
interface LineCheck<T> {
  /**
   * @param line a line that is a JSON object within the limits
   * @return the record, whose id then counts as accepted, or the first fault
   */
  Verdict<T> check(ObjectValue line);
}

package io.github.indiko.core.audit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The two local dates of a measure counted in days, observed as {@code {"from": …, "to": …}}
 * (analysis.md §A6): a request made on {@code from} and answered on {@code to}. The measure's value
 * is the number of days d with {@code from} &lt; d ≤ {@code to} that count for its unit (any day,
 * or a working day of the structure's department). Immutable. Checked on construction: {@code to}
 * is not before {@code from}; how far both may lie from the collection is the validator's check.
 *
 * @param from the first date, not counted
 * @param to the last date, counted, not before {@code from}
 */
public record DateSpan(LocalDate from, LocalDate to) {
  /** Checks that both dates are given and that {@code to} is not before {@code from}. */
  public DateSpan {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
  }
}

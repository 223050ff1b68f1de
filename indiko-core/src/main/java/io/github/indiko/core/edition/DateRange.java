package io.github.indiko.core.edition;

import io.github.indiko.core.constraints.OrderedRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * An inclusive range of local dates: the whole day of {@code to} belongs to it. Checked on
 * construction: neither end is null. Checked by Bean Validation: {@code from} is not after {@code
 * to} ({@link OrderedRange}; an edition names the ends of its ranges as format v1 does). A
 * reversed range contains no day.
 *
 * @param from the first day
 * @param to the last day; not before {@code from}
 */
@OrderedRange
public record DateRange(LocalDate from, LocalDate to) {
  /** Checks that neither end is null. */
  public DateRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /**
   * @param date a day
   * @return whether it lies in the range, both ends included
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  /**
   * @param instant a moment
   * @param zone the zone the dates are read in
   * @return whether it lies in [{@code from} 00:00, {@code to} + 1 day 00:00) in that zone
   */
  public boolean contains(Instant instant, ZoneId zone) {
    return !instant.isBefore(from.atStartOfDay(zone).toInstant())
        && instant.isBefore(to.plusDays(1).atStartOfDay(zone).toInstant());
  }

  /** Formats as {@code from..to}. */
  @Override
  public String toString() {
    return from + ".." + to;
  }
}

package io.github.indiko.core.edition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * An inclusive range of local dates: the whole day of {@code to} belongs to it.
 *
 * @param from the first day
 * @param to the last day; not before {@code from}
 */
public record DateRange(LocalDate from, LocalDate to) {
  /** Checks that {@code from} is not after {@code to}. */
  public DateRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("range starts " + from + ", after its end " + to);
    }
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

package io.github.indiko.examples.portal;

import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.Edition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The clock that dates the portal's responses, and what to say about it: the sample edition
 * collected in 2017, and a response dated outside its collection period is refused.
 *
 * @param clock the clock
 * @param note what the console should say about it, or null when it is the system clock
 */
record PortalClock(Clock clock, @Nullable String note) {
  /**
   * @param given the clock asked for, or null
   * @param system the system clock
   * @param edition the edition
   * @return {@code given} when there is one; else the system clock when it lies in the collection
   *     period; else the system clock moved to 10:00, edition time, on the middle day of the
   *     period (it keeps ticking from there), with a note
   */
  static PortalClock choose(@Nullable Clock given, Clock system, Edition edition) {
    if (given != null) {
      return new PortalClock(given, null);
    }
    Instant now = system.instant();
    DateRange collection = edition.collection();
    if (collection.contains(now, edition.timeZone())) {
      return new PortalClock(system, null);
    }
    long days = collection.to().toEpochDay() - collection.from().toEpochDay();
    LocalDate middle = collection.from().plusDays(days / 2);
    Instant start = middle.atTime(LocalTime.of(10, 0)).atZone(edition.timeZone()).toInstant();
    String note =
        String.format(
            Locale.ROOT,
            "the system clock is outside the collection period %s of edition %s: responses are"
                + " dated from %s on (use --now to choose)",
            collection,
            edition.id().value(),
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                OffsetDateTime.ofInstant(start, edition.timeZone())));
    return new PortalClock(Clock.offset(system, Duration.between(now, start)), note);
  }

  /**
   * @param now an instant with its offset, e.g. {@code 2017-10-01T10:00:00+02:00}
   * @param system the system clock
   * @return a clock at that instant now, ticking with the system clock
   */
  static Clock startingAt(OffsetDateTime now, Clock system) {
    return Clock.offset(system, Duration.between(system.instant(), now.toInstant()));
  }
}

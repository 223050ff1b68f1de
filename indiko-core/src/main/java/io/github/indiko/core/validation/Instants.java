package io.github.indiko.core.validation;

import io.github.indiko.core.internal.EpochDays;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The strict readings of format v1's instants and local dates for the reference checks: the same
 * reading as the fast reader's ({@link IsoTimes}), whose parts then make the {@code java.time}
 * values a {@link io.github.indiko.core.response.Response} holds.
 */
final class Instants {
  private Instants() {}

  /**
   * @param text a candidate instant
   * @return the instant with its offset, or null when the text is not one (a nonexistent day or
   *     hour included)
   */
  static @Nullable OffsetDateTime parse(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    IsoTimes instant = new IsoTimes();
    if (instant.read(bytes, 0, bytes.length) != bytes.length) {
      return null;
    }
    return OffsetDateTime.of(
        LocalDate.ofEpochDay(instant.epochDay),
        LocalTime.ofNanoOfDay(instant.secondOfDay * 1_000_000_000L + instant.nano),
        ZoneOffset.ofTotalSeconds(instant.offsetSeconds));
  }

  /**
   * @param text a candidate local date
   * @return the date, or null when the text is not an existing {@code YYYY-MM-DD} day
   */
  static @Nullable LocalDate date(String text) {
    // A character beyond ASCII becomes '?' (a pair of surrogates, one), which no date holds.
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    if (bytes.length != 10) {
      return null;
    }
    long day = IsoTimes.date(bytes, 0);
    return day == EpochDays.INVALID ? null : LocalDate.ofEpochDay(day);
  }
}

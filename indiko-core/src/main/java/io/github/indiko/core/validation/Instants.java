package io.github.indiko.core.validation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The strict readings of format v1's instants and local dates. */
final class Instants {
  /** {@code YYYY-MM-DDThh:mm[:ss[.fraction]]} followed by {@code Z} or {@code ±hh:mm}. */
  private static final Pattern INSTANT =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private Instants() {}

  /**
   * @param text a candidate instant
   * @return the instant with its offset, or null when the text is not one (a nonexistent day or
   *     hour included)
   */
  static @Nullable OffsetDateTime parse(String text) {
    if (!INSTANT.matcher(text).matches()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * @param text a candidate local date
   * @return the date, or null when the text is not an existing {@code YYYY-MM-DD} day
   */
  static @Nullable LocalDate date(String text) {
    if (!DATE.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

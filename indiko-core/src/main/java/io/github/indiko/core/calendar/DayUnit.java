package io.github.indiko.core.calendar;

import io.github.indiko.core.audit.DateSpan;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The two units of a measure that may be observed as two dates (analysis.md §A6): its value is the
 * number of days d with {@code from} &lt; d ≤ {@code to} that count in the unit.
 */
public enum DayUnit {
  /** {@code working_day}: Monday to Friday, not a public holiday of the department. */
  WORKING_DAY("working_day"),
  /** {@code calendar_day}: every day. */
  CALENDAR_DAY("calendar_day");

  private final String unit;

  DayUnit(String unit) {
    this.unit = unit;
  }

  /**
   * @return the unit as a grid writes it: {@code working_day} or {@code calendar_day}
   */
  public String unit() {
    return unit;
  }

  /**
   * @param unit a measure's unit, or null
   * @return the day unit it names, or empty when it names none (a measure of another unit is
   *     observed as a number only)
   */
  public static Optional<DayUnit> fromUnit(@Nullable String unit) {
    return Arrays.stream(values()).filter(day -> day.unit.equals(unit)).findFirst();
  }

  /**
   * @param span two dates
   * @param department the structure's department code, or null for the national list; read by
   *     {@link #WORKING_DAY} only
   * @return the number of days after {@code from} up to {@code to} included that count in this unit
   */
  public long days(DateSpan span, @Nullable String department) {
    Objects.requireNonNull(span, "span");
    return switch (this) {
      case WORKING_DAY -> WorkingDays.count(span, department);
      case CALENDAR_DAY -> span.to().toEpochDay() - span.from().toEpochDay();
    };
  }
}

package io.github.indiko.core.calendar;

import io.github.indiko.core.audit.DateSpan;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The working days of analysis.md §A6: Monday to Friday, less the public holidays of a structure's
 * department. Everywhere: 1 January, Easter Monday, 1 May, 8 May, Ascension Thursday, Whit Monday,
 * 14 July, 15 August, 1 November, 11 November, 25 December; in departments 57, 67 and 68
 * (Alsace-Moselle) also Good Friday and 26 December; in 971, 972, 973, 974 and 976 also the day of
 * the abolition of slavery. A department is its code as {@code Territory.department} writes it
 * ({@code "57"}, {@code "971"}); any other code, or none, has the national list. The list is the
 * same in every year of the proleptic Gregorian calendar: the spec's rule, not a history of the law
 * (docs/decisions.md, "Public holidays"). Stateless and thread-safe.
 */
public final class WorkingDays {
  private static final List<MonthDay> NATIONAL =
      List.of(
          MonthDay.of(1, 1),
          MonthDay.of(5, 1),
          MonthDay.of(5, 8),
          MonthDay.of(7, 14),
          MonthDay.of(8, 15),
          MonthDay.of(11, 1),
          MonthDay.of(11, 11),
          MonthDay.of(12, 25));

  /** The abolition of slavery in each overseas department (analysis.md §A6). */
  private static final Map<String, MonthDay> ABOLITION =
      Map.of(
          "971", MonthDay.of(5, 27),
          "972", MonthDay.of(5, 22),
          "973", MonthDay.of(6, 10),
          "974", MonthDay.of(12, 20),
          "976", MonthDay.of(4, 27));

  private static final List<String> ALSACE_MOSELLE = List.of("57", "67", "68");

  private WorkingDays() {}

  /**
   * @param year a year
   * @param department a department code, or null for the national list
   * @return the department's public holidays in that year, in date order, each once (Ascension
   *     Thursday may fall on 1 or 8 May)
   */
  public static List<LocalDate> publicHolidays(int year, @Nullable String department) {
    LocalDate easter = Easter.sunday(year);
    TreeSet<LocalDate> days = new TreeSet<>();
    NATIONAL.forEach(day -> days.add(day.atYear(year)));
    days.add(easter.plusDays(1));
    days.add(easter.plusDays(39));
    days.add(easter.plusDays(50));
    if (department != null && ALSACE_MOSELLE.contains(department)) {
      days.add(easter.minusDays(2));
      days.add(LocalDate.of(year, 12, 26));
    }
    MonthDay abolition = department == null ? null : ABOLITION.get(department);
    if (abolition != null) {
      days.add(abolition.atYear(year));
    }
    return List.copyOf(days);
  }

  /**
   * @param day a day
   * @param department a department code, or null for the national list
   * @return whether it is one of the department's public holidays, whatever its weekday
   */
  public static boolean isPublicHoliday(LocalDate day, @Nullable String department) {
    return publicHolidays(day.getYear(), department).contains(day);
  }

  /**
   * @param day a day
   * @param department a department code, or null for the national list
   * @return whether it is a working day: Monday to Friday and not a public holiday there
   */
  public static boolean isWorkingDay(LocalDate day, @Nullable String department) {
    return isWeekday(day) && !isPublicHoliday(day, department);
  }

  /**
   * Counts the working days d with {@code from} &lt; d ≤ {@code to}, in time proportional to the
   * number of years the span covers.
   *
   * @param span two dates
   * @param department a department code, or null for the national list
   * @return the number of working days after {@code from} up to {@code to} included; 0 for two
   *     equal dates
   */
  public static long count(DateSpan span, @Nullable String department) {
    Objects.requireNonNull(span, "span");
    LocalDate from = span.from();
    LocalDate to = span.to();
    long days = weekdaysUpTo(to.toEpochDay()) - weekdaysUpTo(from.toEpochDay());
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      for (LocalDate holiday : publicHolidays(year, department)) {
        if (holiday.isAfter(from) && !holiday.isAfter(to) && isWeekday(holiday)) {
          days--;
        }
      }
    }
    return days;
  }

  private static boolean isWeekday(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
  }

  /**
   * @param epochDay a day as counted from 1970-01-01
   * @return the number of Mondays to Fridays from the Monday 1970-01-05 up to that day included,
   *     negative before it: a difference of two is the count between them
   */
  private static long weekdaysUpTo(long epochDay) {
    // 1970-01-01 was a Thursday: epochDay + 3 is a multiple of 7 on Mondays.
    long shifted = epochDay + 3;
    return Math.floorDiv(shifted, 7) * 5 + Math.min(Math.floorMod(shifted, 7) + 1, 5);
  }
}

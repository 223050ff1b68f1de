package io.github.indiko.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our public holidays against a maintained calendar, Jollyday 2.19 (docs/decisions.md, "Public
 * holidays"): on every weekday of 1990–2100, in France, its departments 57, 67 and 68 and each
 * overseas department, whether a day is worked. Jollyday follows the law's history where
 * analysis.md §A6 has one rule for every year; the days where the two differ are the documented
 * exceptions below, each of which must occur (so that a change on either side shows).
 */
class JollydayOracleTest {
  private static final int FIRST = 1990;
  private static final int LAST = 2100;

  /**
   * Whit Monday, a working day by law from 2004 to 2007 (the solidarity day), which Jollyday leaves
   * out in those years except in Mayotte; analysis.md §A6 lists it every year.
   */
  private static final String WHIT_MONDAY_2004_2007 = "Whit Monday 2004-2007";

  /**
   * Eid al-Adha, a paid public holiday in Mayotte by an extended collective agreement, which
   * Jollyday lists; analysis.md §A6 does not (a lunar date, and no statute).
   */
  private static final String EID_AL_ADHA_MAYOTTE = "islamic.ID_UL_ADHA";

  static Stream<Arguments> calendars() {
    return Stream.of(
        Arguments.of(HolidayCalendar.FRANCE, null, null, WHIT_MONDAY_2004_2007),
        Arguments.of(HolidayCalendar.FRANCE, "57", "57", WHIT_MONDAY_2004_2007),
        Arguments.of(HolidayCalendar.FRANCE, "67", "67", WHIT_MONDAY_2004_2007),
        Arguments.of(HolidayCalendar.FRANCE, "68", "68", WHIT_MONDAY_2004_2007),
        Arguments.of(HolidayCalendar.FRANCE, "75C", "75", WHIT_MONDAY_2004_2007),
        Arguments.of(HolidayCalendar.GUADELOUPE, null, "971", WHIT_MONDAY_2004_2007),
        Arguments.of(HolidayCalendar.MARTINIQUE, null, "972", WHIT_MONDAY_2004_2007),
        Arguments.of(HolidayCalendar.FRENCH_GUIANA, null, "973", WHIT_MONDAY_2004_2007),
        Arguments.of(HolidayCalendar.REUNION, null, "974", WHIT_MONDAY_2004_2007),
        Arguments.of(HolidayCalendar.MAYOTTE, null, "976", EID_AL_ADHA_MAYOTTE));
  }

  @ParameterizedTest(name = "{0} {1} as department {2}")
  @MethodSource("calendars")
  void isWorkingDay_everyWeekday1990To2100_agreesWithJollydayButTheDocumentedExceptions(
      HolidayCalendar calendar, @Nullable String subdivision, String department, String exception) {
    HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(calendar));
    String[] path = subdivision == null ? new String[0] : new String[] {subdivision};
    List<LocalDate> differences = new ArrayList<>();
    int weekdays = 0;
    for (int year = FIRST; year <= LAST; year++) {
      Map<LocalDate, String> theirs = new HashMap<>();
      for (Holiday holiday : manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, path)) {
        theirs.put(holiday.getDate(), holiday.getPropertiesKey());
      }
      for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
          continue;
        }
        weekdays++;
        boolean ours = WorkingDays.isWorkingDay(day, department);
        if (ours != !theirs.containsKey(day)) {
          assertThat(explained(exception, day, theirs.get(day), ours))
              .as("%s: ours %s, Jollyday %s", day, ours ? "worked" : "holiday", theirs.get(day))
              .isTrue();
          differences.add(day);
        }
      }
    }
    assertThat(weekdays).isEqualTo(28_960);
    if (exception.equals(WHIT_MONDAY_2004_2007)) {
      assertThat(differences)
          .extracting(LocalDate::toString)
          .containsExactly("2004-05-31", "2005-05-16", "2006-06-05", "2007-05-28");
    } else {
      // Eid al-Adha moves about 11 days a year: on a weekday in most of the 111 years.
      assertThat(differences).hasSizeBetween(70, 111);
    }
  }

  private static boolean explained(
      String exception, LocalDate day, @Nullable String theirs, boolean ours) {
    if (exception.equals(WHIT_MONDAY_2004_2007)) {
      return !ours
          && theirs == null
          && day.getYear() >= 2004
          && day.getYear() <= 2007
          && day.equals(Easter.sunday(day.getYear()).plusDays(50));
    }
    return ours && EID_AL_ADHA_MAYOTTE.equals(theirs);
  }
}

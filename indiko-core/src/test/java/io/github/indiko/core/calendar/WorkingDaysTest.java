package io.github.indiko.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.indiko.core.audit.DateSpan;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The working days of analysis.md §A6: its reference values and each department's own days. */
class WorkingDaysTest {
  private static long working(String from, String to, @Nullable String department) {
    return DayUnit.WORKING_DAY.days(span(from, to), department);
  }

  private static DateSpan span(String from, String to) {
    return new DateSpan(LocalDate.parse(from), LocalDate.parse(to));
  }

  @Test
  void days_specReferenceApril2026_fiveNationallyFourInAlsaceMoselle() {
    assertThat(working("2026-04-02", "2026-04-10", null)).isEqualTo(5);
    for (String department : new String[] {"57", "67", "68"}) {
      assertThat(working("2026-04-02", "2026-04-10", department)).as(department).isEqualTo(4);
    }
  }

  @Test
  void days_specReferenceYear2026_252NationallyAnd251InAlsaceMoselle() {
    assertThat(working("2025-12-31", "2026-12-31", null)).isEqualTo(252);
    for (String department : new String[] {"57", "67", "68"}) {
      assertThat(working("2025-12-31", "2026-12-31", department)).as(department).isEqualTo(251);
    }
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "75", "2A", "2B", "69M", "0971", "97", "975", "977", "mayotte"})
  void days_absentOrOtherDepartment_nationalList(@Nullable String department) {
    assertThat(working("2025-12-31", "2026-12-31", department)).isEqualTo(252);
    assertThat(WorkingDays.publicHolidays(2026, department))
        .isEqualTo(WorkingDays.publicHolidays(2026, null));
  }

  static Stream<Arguments> overseas() {
    return Stream.of(
        Arguments.of("971", MonthDay.of(5, 27)),
        Arguments.of("972", MonthDay.of(5, 22)),
        Arguments.of("973", MonthDay.of(6, 10)),
        Arguments.of("974", MonthDay.of(12, 20)),
        Arguments.of("976", MonthDay.of(4, 27)));
  }

  /**
   * A week around the department's own day, in many years: one working day less there than
   * nationally when it falls on a weekday that is no national holiday, the same count otherwise.
   */
  @ParameterizedTest
  @MethodSource("overseas")
  void days_weekAroundAbolitionDay_oneLessOnWeekdays(String department, MonthDay abolition) {
    int weekdays = 0;
    int weekends = 0;
    for (int year = 2000; year <= 2040; year++) {
      LocalDate day = abolition.atYear(year);
      DateSpan week = new DateSpan(day.minusDays(4), day.plusDays(3));
      long national = DayUnit.WORKING_DAY.days(week, null);
      long there = DayUnit.WORKING_DAY.days(week, department);
      boolean weekend = day.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue();
      if (weekend || WorkingDays.isPublicHoliday(day, null)) {
        assertThat(there).as("%s %s", department, day).isEqualTo(national);
        weekends += weekend ? 1 : 0;
      } else {
        assertThat(there).as("%s %s", department, day).isEqualTo(national - 1);
        weekdays++;
      }
      assertThat(WorkingDays.isPublicHoliday(day, department)).isTrue();
      assertThat(WorkingDays.isWorkingDay(day, department)).isFalse();
    }
    assertThat(weekdays).isGreaterThan(20);
    assertThat(weekends).isGreaterThan(5);
  }

  @Test
  void days_abolition2026_weekdayOrWeekendAsTheCalendarFalls() {
    // 2026: 27 April is a Monday, 22 and 27 May a Friday and a Wednesday, 10 June a Wednesday,
    // 20 December a Sunday.
    assertThat(working("2026-04-26", "2026-04-28", "976")).isEqualTo(1);
    assertThat(working("2026-04-26", "2026-04-28", null)).isEqualTo(2);
    assertThat(working("2026-05-21", "2026-05-22", "972")).isZero();
    assertThat(working("2026-05-26", "2026-05-27", "971")).isZero();
    assertThat(working("2026-06-09", "2026-06-10", "973")).isZero();
    assertThat(working("2026-12-18", "2026-12-21", "974")).isEqualTo(1);
    assertThat(working("2026-12-18", "2026-12-21", null)).isEqualTo(1);
  }

  @Test
  void publicHolidays_2026_theSpecsListInDateOrder() {
    assertThat(WorkingDays.publicHolidays(2026, null))
        .extracting(LocalDate::toString)
        .containsExactly(
            "2026-01-01",
            "2026-04-06",
            "2026-05-01",
            "2026-05-08",
            "2026-05-14",
            "2026-05-25",
            "2026-07-14",
            "2026-08-15",
            "2026-11-01",
            "2026-11-11",
            "2026-12-25");
    assertThat(WorkingDays.publicHolidays(2026, "57"))
        .extracting(LocalDate::toString)
        .contains("2026-04-03", "2026-12-26")
        .hasSize(13);
    assertThat(WorkingDays.publicHolidays(2026, "976"))
        .extracting(LocalDate::toString)
        .contains("2026-04-27")
        .hasSize(12);
  }

  @Test
  void publicHolidays_ascensionOn1May_listedOnce() {
    // Easter 2008 was 23 March: Ascension Thursday on 1 May.
    assertThat(WorkingDays.publicHolidays(2008, null))
        .hasSize(10)
        .contains(LocalDate.of(2008, 5, 1))
        .doesNotHaveDuplicates();
    assertThat(working("2008-04-30", "2008-05-02", null)).isEqualTo(1);
  }

  @Test
  void publicHolidays_easterBasedDaysManyYears_fromEaster() {
    for (int year = 1900; year <= 2200; year++) {
      LocalDate easter = Easter.sunday(year);
      assertThat(WorkingDays.publicHolidays(year, "67"))
          .as("%d", year)
          .contains(
              easter.minusDays(2), easter.plusDays(1), easter.plusDays(39), easter.plusDays(50));
      assertThat(easter.minusDays(2).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
      assertThat(easter.plusDays(39).getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
      assertThat(WorkingDays.isWorkingDay(easter.minusDays(2), null)).isTrue();
      assertThat(WorkingDays.isWorkingDay(easter.minusDays(2), "57")).isFalse();
    }
  }

  /** The counting in closed form agrees with a walk over every day, whatever the span. */
  @Test
  void count_anySpan_sameAsWalkingEachDay() {
    String[] departments = {null, "57", "971", "972", "973", "974", "976"};
    LocalDate start = LocalDate.of(2023, 12, 20);
    for (int offset = 0; offset < 500; offset += 7) {
      for (int length = 0; length < 800; length += 37) {
        LocalDate from = start.plusDays(offset);
        LocalDate to = from.plusDays(length);
        for (String department : departments) {
          long walked =
              from.plusDays(1)
                  .datesUntil(to.plusDays(1))
                  .filter(day -> WorkingDays.isWorkingDay(day, department))
                  .count();
          assertThat(WorkingDays.count(new DateSpan(from, to), department))
              .as("%s..%s in %s", from, to, department)
              .isEqualTo(walked);
        }
      }
    }
  }

  @Test
  void count_sameDayOrWeekendOnly_zero() {
    assertThat(working("2026-04-10", "2026-04-10", null)).isZero();
    assertThat(working("2026-04-10", "2026-04-12", null)).isZero();
    assertThat(working("2026-04-10", "2026-04-13", null)).isEqualTo(1);
  }

  @Test
  void count_farYears_noOverflow() {
    assertThat(working("-0001-12-31", "0000-12-31", null)).isBetween(240L, 262L);
    assertThat(
            WorkingDays.count(new DateSpan(LocalDate.of(999_999_998, 12, 31), LocalDate.MAX), "67"))
        .isBetween(240L, 262L);
  }

  @Test
  void days_calendarDay_everyDayAfterFrom() {
    assertThat(DayUnit.CALENDAR_DAY.days(span("2026-04-02", "2026-04-10"), "57")).isEqualTo(8);
    assertThat(DayUnit.CALENDAR_DAY.days(span("2025-12-31", "2026-12-31"), null)).isEqualTo(365);
    assertThat(DayUnit.CALENDAR_DAY.days(span("2028-02-28", "2028-03-01"), null)).isEqualTo(2);
    assertThat(DayUnit.CALENDAR_DAY.days(span("2026-04-02", "2026-04-02"), null)).isZero();
  }

  @Test
  void fromUnit_theTwoUnits_onlyThem() {
    assertThat(DayUnit.fromUnit("working_day")).contains(DayUnit.WORKING_DAY);
    assertThat(DayUnit.fromUnit("calendar_day")).contains(DayUnit.CALENDAR_DAY);
    assertThat(DayUnit.fromUnit("day")).isEmpty();
    assertThat(DayUnit.fromUnit("Working_day")).isEmpty();
    assertThat(DayUnit.fromUnit(null)).isEmpty();
    assertThat(DayUnit.WORKING_DAY.unit()).isEqualTo("working_day");
  }

  @Test
  void days_nullSpan_throws() {
    assertThatNullPointerException().isThrownBy(() -> DayUnit.WORKING_DAY.days(null, null));
    assertThatNullPointerException().isThrownBy(() -> WorkingDays.count(null, "57"));
  }
}

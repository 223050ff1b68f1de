package io.github.indiko.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link Easter} against published Easter dates and against a second, independent algorithm
 * (Gauss's, with its two exceptions), over every year of the Gregorian calendar up to 9999.
 */
class EasterTest {
  /** Easter Sundays as the almanacs print them, the earliest and latest possible ones included. */
  private static final Map<Integer, String> KNOWN = new TreeMap<>();

  static {
    String[] dates = {
      "1818-03-22", "1886-04-25", "1943-04-25", "1990-04-15", "1991-03-31", "1992-04-19",
      "1993-04-11", "1994-04-03", "1995-04-16", "1996-04-07", "1997-03-30", "1998-04-12",
      "1999-04-04", "2000-04-23", "2001-04-15", "2002-03-31", "2003-04-20", "2004-04-11",
      "2005-03-27", "2006-04-16", "2007-04-08", "2008-03-23", "2009-04-12", "2010-04-04",
      "2011-04-24", "2012-04-08", "2013-03-31", "2014-04-20", "2015-04-05", "2016-03-27",
      "2017-04-16", "2018-04-01", "2019-04-21", "2020-04-12", "2021-04-04", "2022-04-17",
      "2023-04-09", "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16",
      "2029-04-01", "2030-04-21", "2038-04-25", "2285-03-22"
    };
    for (String date : dates) {
      KNOWN.put(LocalDate.parse(date).getYear(), date);
    }
  }

  @Test
  void sunday_publishedDates_same() {
    KNOWN.forEach((year, date) -> assertThat(Easter.sunday(year)).as("%d", year).hasToString(date));
  }

  @Test
  void sunday_everyGregorianYear_agreesWithGauss() {
    for (int year = 1583; year <= 9999; year++) {
      assertThat(Easter.sunday(year)).as("%d", year).isEqualTo(gauss(year));
    }
  }

  @Test
  void sunday_anyYear_aSundayBetween22MarchAnd25April() {
    for (int year : new int[] {-999_999_999, -1, 0, 1, 1582, 10_000, 999_999_999}) {
      LocalDate easter = Easter.sunday(year);
      assertThat(easter.getDayOfWeek()).as("%d", year).isEqualTo(DayOfWeek.SUNDAY);
      assertThat(easter)
          .as("%d", year)
          .isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
    }
  }

  /** Gauss's Easter algorithm for the Gregorian calendar (1816 form, with its two exceptions). */
  private static LocalDate gauss(int year) {
    int a = year % 19;
    int b = year % 4;
    int c = year % 7;
    int k = year / 100;
    int p = (13 + 8 * k) / 25;
    int q = k / 4;
    int m = (15 - p + k - q) % 30;
    int n = (4 + k - q) % 7;
    int d = (19 * a + m) % 30;
    int e = (2 * b + 4 * c + 6 * d + n) % 7;
    if (d == 29 && e == 6) {
      return LocalDate.of(year, 4, 19);
    }
    if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19) {
      return LocalDate.of(year, 4, 18);
    }
    return LocalDate.of(year, 3, 22).plusDays(d + e);
  }
}

package io.github.indiko.core.calendar;

import java.time.LocalDate;

/** Easter Sunday of the Gregorian calendar, on which four public holidays depend. */
final class Easter {
  private Easter() {}

  /**
   * The anonymous Gregorian algorithm (Meeus, "Astronomical Algorithms", chapter 8), with floored
   * division so that every year of {@link LocalDate} gets a day in March or April.
   *
   * @param year a proleptic Gregorian year
   * @return its Easter Sunday
   */
  static LocalDate sunday(int year) {
    int a = Math.floorMod(year, 19);
    int b = Math.floorDiv(year, 100);
    int c = Math.floorMod(year, 100);
    int d = Math.floorDiv(b, 4);
    int e = Math.floorMod(b, 4);
    int f = Math.floorDiv(b + 8, 25);
    int g = Math.floorDiv(b - f + 1, 3);
    int h = Math.floorMod(19 * a + b - d - g + 15, 30);
    int i = c / 4;
    int k = c % 4;
    int l = Math.floorMod(32 + 2 * e + 2 * i - h - k, 7);
    int m = (a + 11 * h + 22 * l) / 451;
    int monthAndDay = h + l - 7 * m + 114;
    return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
  }
}

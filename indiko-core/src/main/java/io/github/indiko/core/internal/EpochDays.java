package io.github.indiko.core.internal;

import java.time.LocalDate;

/**
 * The one calendar computation of Indiko: the proleptic Gregorian calendar (ISO 8601) as days
 * since 1970-01-01, on ints and longs, without allocation, for the fast reader of data lines and
 * the reference checks alike. {@code java.time} is its test oracle, not its implementation.
 */
public final class EpochDays {
  /** What {@link #of} gives for a day that does not exist. */
  public static final long INVALID = Long.MIN_VALUE;

  /** Seconds in a day (format v1 has no leap second). */
  public static final long SECONDS_PER_DAY = 86_400;

  /** Days from 0000-01-01 to 1970-01-01. */
  private static final long DAYS_0000_TO_1970 = 719_528;

  private EpochDays() {}

  /**
   * @param year a proleptic year (0 is 1 BC)
   * @return whether it has a 29 February
   */
  public static boolean isLeap(long year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /**
   * @param year a proleptic year
   * @param month a month from 1 to 12
   * @return how many days it has, 28 to 31
   */
  public static int lengthOfMonth(long year, int month) {
    if (month == 2) {
      return isLeap(year) ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /**
   * @param year a proleptic year, from -999 999 999 to 999 999 999 ({@link LocalDate}'s range)
   * @param month the month, 1 to 12 to exist
   * @param day the day of the month, 1 to the month's length to exist
   * @return the day's count from 1970-01-01 (negative before), or {@link #INVALID} when no such day
   *     exists (2017-02-29, month 13, day 0) or the year is out of range
   */
  public static long of(long year, int month, int day) {
    if (year < -999_999_999
        || year > 999_999_999
        || month < 1
        || month > 12
        || day < 1
        || day > lengthOfMonth(year, month)) {
      return INVALID;
    }
    long total = 365 * year;
    if (year >= 0) {
      total += (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
    } else {
      total -= year / -4 - year / -100 + year / -400;
    }
    total += (367L * month - 362) / 12 + day - 1;
    if (month > 2) {
      total -= isLeap(year) ? 1 : 2;
    }
    return total - DAYS_0000_TO_1970;
  }

  /**
   * @param date a date
   * @return its day count from 1970-01-01
   */
  public static long of(LocalDate date) {
    return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }
}

package io.github.indiko.core.validation;

import io.github.indiko.core.internal.EpochDays;

/**
 * Format v1's local dates ({@code YYYY-MM-DD}) and instants ({@code YYYY-MM-DDThh:mm[:ss[.f]]}
 * then {@code Z} or {@code ±hh:mm}, at most 9 fraction digits, offsets up to ±18:00) read on ASCII
 * bytes, the calendar left to {@link EpochDays}: what the fast reader reads in place and what
 * {@link Instants} reads for the reference checks. An instance keeps the last instant read; not
 * thread-safe.
 */
final class IsoTimes {
  private static final int[] FRACTION_SCALE = {
    0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  /** The last instant read: its day, its second in the day and nanosecond, its offset. */
  long epochDay;

  int secondOfDay;
  int nano;
  int offsetSeconds;

  /** Whether the offset was written {@code -00:00}. */
  boolean negativeZero;

  /**
   * @param b bytes holding at least 10 from {@code from}
   * @param from where the date starts
   * @return its epoch day, or {@link EpochDays#INVALID} when the 10 bytes are not an existing
   *     {@code YYYY-MM-DD} day
   */
  static long date(byte[] b, int from) {
    int century = twoDigits(b, from);
    int years = twoDigits(b, from + 2);
    if (century < 0 || years < 0 || b[from + 4] != '-' || b[from + 7] != '-') {
      return EpochDays.INVALID;
    }
    // A month or day of -1 (not two digits) is no day either.
    return EpochDays.of(century * 100L + years, twoDigits(b, from + 5), twoDigits(b, from + 8));
  }

  /**
   * Reads an instant; its parts are then in this object's fields.
   *
   * @param b the bytes
   * @param from where the instant starts
   * @param end where the bytes that may hold it end
   * @return the index after the instant, or -1 when the bytes from {@code from} do not start with
   *     one (a nonexistent day or hour included)
   */
  int read(byte[] b, int from, int end) {
    if (end - from < 17) {
      return -1;
    }
    long day = date(b, from);
    if (day == EpochDays.INVALID || b[from + 10] != 'T' || b[from + 13] != ':') {
      return -1;
    }
    int hour = twoDigits(b, from + 11);
    int minute = twoDigits(b, from + 14);
    int second = 0;
    long fraction = 0;
    int i = from + 16;
    if (b[i] == ':') {
      if (end - i < 3) {
        return -1;
      }
      second = twoDigits(b, i + 1);
      i += 3;
      if (i < end && b[i] == '.') {
        int start = ++i;
        while (i < end && b[i] >= '0' && b[i] <= '9' && i - start < 10) {
          fraction = fraction * 10 + (b[i++] - '0');
        }
        if (i == start || i - start > 9) {
          return -1;
        }
        fraction *= FRACTION_SCALE[i - start];
      }
    }
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return -1;
    }
    int offset;
    boolean negative = false;
    if (i < end && b[i] == 'Z') {
      offset = 0;
      i++;
    } else if (end - i >= 6 && (b[i] == '+' || b[i] == '-') && b[i + 3] == ':') {
      int hours = twoDigits(b, i + 1);
      int minutes = twoDigits(b, i + 4);
      if (hours < 0 || minutes < 0 || minutes > 59 || hours > 18 || hours == 18 && minutes > 0) {
        return -1;
      }
      negative = b[i] == '-';
      offset = (hours * 3600 + minutes * 60) * (negative ? -1 : 1);
      i += 6;
    } else {
      return -1;
    }
    epochDay = day;
    secondOfDay = hour * 3600 + minute * 60 + second;
    nano = (int) fraction;
    offsetSeconds = offset;
    negativeZero = negative && offset == 0;
    return i;
  }

  /**
   * @return the last instant read, in seconds from 1970-01-01T00:00Z
   */
  long epochSecond() {
    return epochDay * EpochDays.SECONDS_PER_DAY + secondOfDay - offsetSeconds;
  }

  /**
   * @return the two-digit number at {@code i}, or -1
   */
  static int twoDigits(byte[] b, int i) {
    int tens = b[i] - '0';
    int units = b[i + 1] - '0';
    if (tens < 0 || tens > 9 || units < 0 || units > 9) {
      return -1;
    }
    return tens * 10 + units;
  }
}

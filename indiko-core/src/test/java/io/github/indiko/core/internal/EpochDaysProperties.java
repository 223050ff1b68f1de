package io.github.indiko.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** {@link EpochDays} against {@code java.time}, its oracle. */
class EpochDaysProperties {
  @Test
  void of_everyDayOfYearsMinus1000To10000_asLocalDate() {
    // Every day of eleven millennia, around year 0 and through every century rule.
    long expected = LocalDate.of(-1000, 1, 1).toEpochDay();
    for (int year = -1000; year <= 10_000; year++) {
      assertThat(EpochDays.isLeap(year)).as("%d", year).isEqualTo(Year.isLeap(year));
      for (int month = 1; month <= 12; month++) {
        int length = EpochDays.lengthOfMonth(year, month);
        assertThat(length).isEqualTo(LocalDate.of(year, month, 1).lengthOfMonth());
        for (int day = 1; day <= length; day++) {
          assertThat(EpochDays.of(year, month, day)).isEqualTo(expected);
          expected++;
        }
      }
    }
  }

  @Test
  void of_anyTriple_asLocalDateOrInvalid() {
    qt().withExamples(200_000)
        .forAll(
            SourceDSL.integers().between(-999_999_999, 999_999_999),
            SourceDSL.integers().between(-2, 14),
            SourceDSL.integers().between(-2, 33))
        .checkAssert(
            (year, month, day) -> {
              long expected;
              try {
                expected = LocalDate.of(year, month, day).toEpochDay();
              } catch (DateTimeException e) {
                expected = EpochDays.INVALID;
              }
              assertThat(EpochDays.of(year, month, day))
                  .as("%d-%d-%d", year, month, day)
                  .isEqualTo(expected);
            });
  }

  @Test
  void of_nonexistentDays_invalid() {
    assertThat(EpochDays.of(2017, 2, 29)).isEqualTo(EpochDays.INVALID);
    assertThat(EpochDays.of(1900, 2, 29)).isEqualTo(EpochDays.INVALID);
    assertThat(EpochDays.of(2017, 4, 31)).isEqualTo(EpochDays.INVALID);
    assertThat(EpochDays.of(2017, 13, 1)).isEqualTo(EpochDays.INVALID);
    assertThat(EpochDays.of(2017, 1, 0)).isEqualTo(EpochDays.INVALID);
    assertThat(EpochDays.of(2000, 2, 29)).isEqualTo(LocalDate.of(2000, 2, 29).toEpochDay());
  }

  @Test
  void of_yearBoundaries_consecutive() {
    assertThat(EpochDays.of(1970, 1, 1)).isZero();
    assertThat(EpochDays.of(1969, 12, 31)).isEqualTo(-1);
    assertThat(EpochDays.of(2017, 1, 1) - EpochDays.of(2016, 12, 31)).isEqualTo(1);
    assertThat(EpochDays.of(0, 1, 1) - EpochDays.of(-1, 12, 31)).isEqualTo(1);
  }

  @Test
  void of_localDate_asToEpochDay() {
    qt().withExamples(100_000)
        .forAll(SourceDSL.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()))
        .checkAssert(
            day -> assertThat(EpochDays.of(LocalDate.ofEpochDay(day))).isEqualTo(day));
  }
}

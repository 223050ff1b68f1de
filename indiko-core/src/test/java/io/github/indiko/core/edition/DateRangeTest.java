package io.github.indiko.core.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.indiko.core.validation.IndikoValidation;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DateRangeTest {
  private static final DateRange COLLECTION =
      new DateRange(LocalDate.of(2017, 9, 1), LocalDate.of(2017, 11, 30));
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static boolean contains(String instant) {
    return COLLECTION.contains(OffsetDateTime.parse(instant).toInstant(), PARIS);
  }

  @Test
  void contains_instant_readsBothEndsInTheEditionZone() {
    assertThat(contains("2017-08-31T21:59:59Z")).isFalse();
    assertThat(contains("2017-08-31T22:00:00Z")).isTrue();
    assertThat(contains("2017-09-01T00:00:00+02:00")).isTrue();
    assertThat(contains("2017-11-30T23:59:59+01:00")).isTrue();
    assertThat(contains("2017-11-30T22:59:59Z")).isTrue();
    assertThat(contains("2017-11-30T23:00:00Z")).isFalse();
    assertThat(contains("2017-12-01T00:00:00+01:00")).isFalse();
  }

  @Test
  void contains_date_includesBothEnds() {
    assertThat(COLLECTION.contains(LocalDate.of(2017, 9, 1))).isTrue();
    assertThat(COLLECTION.contains(LocalDate.of(2017, 11, 30))).isTrue();
    assertThat(COLLECTION.contains(LocalDate.of(2017, 8, 31))).isFalse();
    assertThat(COLLECTION.contains(LocalDate.of(2017, 12, 1))).isFalse();
  }

  @Test
  void validate_reversed_isRefused() {
    DateRange reversed = new DateRange(LocalDate.of(2017, 9, 2), LocalDate.of(2017, 9, 1));

    assertThat(IndikoValidation.validator().validate(reversed))
        .extracting(found -> found.getPropertyPath().toString(), found -> found.getMessage())
        .containsExactly(tuple("", "from 2017-09-02 is after to 2017-09-01"));
    assertThat(reversed.contains(LocalDate.of(2017, 9, 1))).isFalse();
    assertThat(reversed.contains(LocalDate.of(2017, 9, 2))).isFalse();
    DateRange oneDay = new DateRange(LocalDate.of(2017, 9, 1), LocalDate.of(2017, 9, 1));
    assertThat(IndikoValidation.validator().validate(oneDay)).isEmpty();
    assertThat(oneDay).hasToString("2017-09-01..2017-09-01");
    assertThatThrownBy(() -> new DateRange(null, LocalDate.of(2017, 9, 1)))
        .isInstanceOf(NullPointerException.class);
  }
}

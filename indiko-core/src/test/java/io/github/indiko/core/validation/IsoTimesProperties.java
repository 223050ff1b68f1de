package io.github.indiko.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.indiko.core.internal.EpochDays;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The readings of format v1's dates and instants on bytes ({@link IsoTimes}, and {@link Instants}
 * over it) against {@code java.time}'s strict parsers behind the format's patterns, the oracle: the
 * same texts accepted, the same epoch day or instant and offset.
 */
class IsoTimesProperties {
  private static final Pattern INSTANT =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  @Test
  void date_anyFourTwoTwoDigits_asLocalDate() {
    qt().withExamples(50_000)
        .forAll(digits(4, 0, 9999), digits(2, 0, 14), digits(2, 0, 33))
        .checkAssert(
            (year, month, day) -> {
              String text = year + "-" + month + "-" + day;
              LocalDate expected = oracleDate(text);
              assertThat(Instants.date(text)).as(text).isEqualTo(expected);
              long epochDay = IsoTimes.date(text.getBytes(StandardCharsets.US_ASCII), 0);
              assertThat(epochDay)
                  .as(text)
                  .isEqualTo(expected == null ? EpochDays.INVALID : expected.toEpochDay());
            });
  }

  @Test
  void date_leapDaysAndMalformed() {
    assertThat(Instants.date("2017-02-29")).isNull();
    assertThat(Instants.date("2016-02-29")).isEqualTo(LocalDate.of(2016, 2, 29));
    assertThat(Instants.date("1900-02-29")).isNull();
    assertThat(Instants.date("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29));
    assertThat(Instants.date("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
    assertThat(Instants.date("2017-9-01")).isNull();
    assertThat(Instants.date("2017-09-1\u00e9")).isNull();
    assertThat(Instants.date("2017-09-0\ud83d\ude00")).isNull();
    assertThat(Instants.date("+2017-09-01")).isNull();
  }

  @Test
  void parse_generatedInstants_asOffsetDateTime() {
    Gen<String> seconds =
        SourceDSL.integers()
            .between(-1, 61)
            .zip(
                SourceDSL.integers().between(0, 11),
                (second, fraction) ->
                    second < 0
                        ? ""
                        : ":" + two(second) + (fraction == 0 ? "" : "." + "5".repeat(fraction)));
    Gen<String> offsets =
        SourceDSL.integers()
            .between(-1, 2 * 20 * 64)
            .map(
                code -> {
                  if (code < 0) {
                    return "Z";
                  }
                  int hours = code / 64 % 20;
                  int minutes = code % 64;
                  return (code / (20 * 64) == 0 ? "+" : "-") + two(hours) + ":" + two(minutes);
                });
    Gen<String> instants =
        digits(4, 0, 9999)
            .zip(
                digits(2, 0, 13),
                digits(2, 0, 32),
                digits(2, 0, 25),
                digits(2, 0, 61),
                (year, month, day, hour, minute) ->
                    year + "-" + month + "-" + day + "T" + hour + ":" + minute)
            .zip(seconds, offsets, (start, second, offset) -> start + second + offset);
    qt().withExamples(60_000)
        .forAll(instants)
        .checkAssert(
            text -> assertThat(Instants.parse(text)).as(text).isEqualTo(oracleInstant(text)));
  }

  @Test
  void parse_boundaries() {
    String[] texts = {
      "2017-09-14T10:32:00Z", "2017-09-14T10:32Z", "2017-09-14T10:32:00.123456789+02:00",
      "2017-09-14T10:32:00.1234567890Z", "2017-09-14T24:00Z", "2017-09-14T23:60Z",
      "2017-09-14T23:59:60Z", "2017-09-14T10:32:00-00:00", "2017-09-14T10:32+18:00",
      "2017-09-14T10:32-18:01", "2017-09-14T10:32+19:00", "2017-02-29T10:32Z",
      "2016-12-31T23:59:59.999999999-12:00", "0000-01-01T00:00Z", "2017-09-14t10:32Z",
      "2017-09-14T10:32z", "2017-09-14T10:32:00.Z", "2017-09-14T10:32+0200", "2017-09-14T10:32",
      "2017-09-14T10:32:00Z ", " 2017-09-14T10:32:00Z", "2017-09-14T10:32:0Z", "",
    };
    for (String text : texts) {
      assertThat(Instants.parse(text)).as(text).isEqualTo(oracleInstant(text));
    }
  }

  @Test
  void read_epochSecond_asOffsetDateTime() {
    IsoTimes reading = new IsoTimes();
    String text = "2016-12-31T23:59:59.5-05:30";
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    assertThat(reading.read(bytes, 0, bytes.length)).isEqualTo(bytes.length);
    assertThat(reading.epochSecond()).isEqualTo(OffsetDateTime.parse(text).toEpochSecond());
    assertThat(reading.nano).isEqualTo(500_000_000);
    assertThat(reading.negativeZero).isFalse();
  }

  private static Gen<String> digits(int width, int min, int max) {
    String format = "%0" + width + "d";
    return SourceDSL.integers().between(min, max).map(n -> String.format(Locale.ROOT, format, n));
  }

  private static String two(int n) {
    return String.format(Locale.ROOT, "%02d", n);
  }

  private static @Nullable LocalDate oracleDate(String text) {
    if (!DATE.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable OffsetDateTime oracleInstant(String text) {
    if (!INSTANT.matcher(text).matches()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

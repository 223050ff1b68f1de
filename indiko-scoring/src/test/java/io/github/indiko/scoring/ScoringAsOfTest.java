package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.EditionState;
import io.github.indiko.core.format.EditionFolder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Results are scored as of a day, provisional before the collection is closed (domain.md,
 * Lifecycle of an edition). The sample collects from 2017-09-01 to 2017-11-30, Europe/Paris.
 */
class ScoringAsOfTest {
  private static final EditionDefinitions SAMPLE = EditionFolder.load(Samples.edition());

  private static Results score(EditionDefinitions definitions, ScoringEngine.Builder builder) {
    return builder.builtIns().threads(1).build().score(definitions, Samples.edition(), r -> {});
  }

  private static AsOf asOf(LocalDate day) {
    return score(SAMPLE, ScoringEngine.builder().asOf(day)).asOf();
  }

  private static AsOf at(String instant) {
    Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    return score(SAMPLE, ScoringEngine.builder().clock(clock)).asOf();
  }

  private static EditionDefinitions sampleIn(EditionState state) {
    return new EditionDefinitions(
        SAMPLE.edition().withState(state),
        SAMPLE.structures(),
        SAMPLE.enrolments(),
        SAMPLE.questionnaire(),
        SAMPLE.grid());
  }

  @Test
  void score_asOfTheLastDayOfCollection_isProvisional() {
    assertThat(asOf(LocalDate.of(2017, 11, 30)))
        .isEqualTo(new AsOf(LocalDate.of(2017, 11, 30), true));
    assertThat(asOf(LocalDate.of(2017, 9, 1)).provisional()).isTrue();
    assertThat(asOf(LocalDate.of(2017, 7, 1)).provisional()).isTrue();
  }

  @Test
  void score_asOfTheDayAfterCollection_isFinal() {
    assertThat(asOf(LocalDate.of(2017, 12, 1)))
        .isEqualTo(new AsOf(LocalDate.of(2017, 12, 1), false));
    assertThat(asOf(LocalDate.of(2026, 1, 15)).provisional()).isFalse();
  }

  @Test
  void score_byTheClock_takesItsDayInTheEditionZone() {
    assertThat(at("2017-11-30T22:59:59Z")).isEqualTo(new AsOf(LocalDate.of(2017, 11, 30), true));
    assertThat(at("2017-11-30T23:00:00Z")).isEqualTo(new AsOf(LocalDate.of(2017, 12, 1), false));
  }

  @Test
  void score_asOfSet_winsOverTheClock() {
    Clock during = Clock.fixed(Instant.parse("2017-10-01T10:00:00Z"), ZoneOffset.UTC);

    Results results =
        score(SAMPLE, ScoringEngine.builder().clock(during).asOf(LocalDate.of(2018, 1, 2)));

    assertThat(results.asOf()).isEqualTo(new AsOf(LocalDate.of(2018, 1, 2), false));
  }

  @Test
  void score_explicitState_decidesWhateverTheDay() {
    LocalDate during = LocalDate.of(2017, 10, 1);
    LocalDate after = LocalDate.of(2018, 1, 2);
    assertThat(score(sampleIn(EditionState.SCORING), ScoringEngine.builder().asOf(during)).asOf())
        .isEqualTo(new AsOf(during, false));
    assertThat(
            score(sampleIn(EditionState.PUBLISHED), ScoringEngine.builder().asOf(during))
                .asOf()
                .provisional())
        .isFalse();
    assertThat(
            score(sampleIn(EditionState.COLLECTION), ScoringEngine.builder().asOf(after)).asOf())
        .isEqualTo(new AsOf(after, true));
  }

  @Test
  void score_sameDataSameDay_sameBytes() {
    ScoringEngine.Builder first = ScoringEngine.builder().asOf(LocalDate.of(2017, 10, 2));
    ScoringEngine.Builder second =
        ScoringEngine.builder()
            .asOf(LocalDate.of(2017, 10, 2))
            .clock(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC));

    byte[] once = written(score(SAMPLE, first));
    byte[] again = written(score(SAMPLE, second));

    assertThat(again).isEqualTo(once);
    assertThat(new String(once, StandardCharsets.UTF_8))
        .contains("\"asOf\": \"2017-10-02\",\n  \"provisional\": true,");
  }

  @Test
  void asOf_yearBeyondFourDigits_refused() {
    assertThatThrownBy(() -> new AsOf(LocalDate.of(10_000, 1, 1), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a date of format v1 has a year from 0 to 9999: +10000-01-01");
  }

  private static byte[] written(Results results) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsJson.write(results, out);
    return out.toByteArray();
  }
}

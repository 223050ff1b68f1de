package io.github.indiko.scoring.internal;

import static io.github.indiko.scoring.internal.ItemStatistics.Polarity.FAVOURABLE;
import static io.github.indiko.scoring.internal.ItemStatistics.Polarity.NEUTRAL;
import static io.github.indiko.scoring.internal.ItemStatistics.Polarity.UNFAVOURABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.indiko.scoring.internal.ItemStatistics.Polarity;
import io.github.indiko.scoring.spi.Interval;
import io.github.indiko.scoring.spi.Intervals;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemStatisticsTest {
  @Test
  void addValue_severalTimes_sameAsOneByOne() {
    ItemStatistics counted = ItemStatistics.empty();
    ItemStatistics oneByOne = ItemStatistics.empty();
    counted.addValue("10", 3);
    counted.addValue("9", 1);
    counted.addValue("10", 2);
    for (String value : List.of("10", "9", "10", "10", "10", "10")) {
      oneByOne.addValue(value);
    }

    assertThat(counted.distribution()).containsExactly(Map.entry("9", 1L), Map.entry("10", 5L));
    assertThat(counted.distribution()).isEqualTo(oneByOne.distribution());
    assertThatThrownBy(() -> counted.addValue("9", 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rating_handComputed() {
    // A 1..5 rating with topBox 2: 4–5 favourable, 1–2 unfavourable; item score 25 · (v − 1).
    ItemStatistics statistics = rating(5, 4, 4, 3, 5, 2, 4, 5, 3, 4);

    assertThat(statistics.count()).isEqualTo(10);
    // Scores 100, 75, 75, 50, 100, 25, 75, 100, 50, 75: mean 72.5 = 25 · (3.9 − 1).
    assertThat(statistics.mean()).hasValue(72.5);
    // sd = 25 · 0.99443 (statistics.md §2: s of the answers is √(8.9/9)).
    assertThat(statistics.standardDeviation().getAsDouble())
        .isCloseTo(25 * Math.sqrt(8.9 / 9), within(1e-9));
    assertThat(statistics.favourable()).isEqualTo(7);
    assertThat(statistics.unfavourable()).isEqualTo(1);
    assertThat(statistics.satisfaction()).hasValue(70);
    assertThat(statistics.net()).hasValue(60);
    assertThat(statistics.na()).isEqualTo(1);
    assertThat(statistics.distribution())
        .containsExactly(
            Map.entry("2", 1L), Map.entry("3", 2L), Map.entry("4", 4L), Map.entry("5", 3L));
    assertThat(statistics.isNps()).isFalse();
    assertThat(statistics.nps()).isEmpty();
    assertThat(statistics.npsInterval(0.95)).isEmpty();
    assertThat(statistics.promoters()).isZero();
  }

  @Test
  void meanInterval_likertExample() {
    // statistics.md §2 on the 1..5 scale, [3.1886, 4.6114], is [54.715, 90.285] as item scores.
    Interval interval = rating(5, 4, 4, 3, 5, 2, 4, 5, 3, 4).meanInterval(0.95).orElseThrow();

    assertThat(interval.low()).isCloseTo(25 * (3.1886 - 1), within(25 * 5e-5));
    assertThat(interval.high()).isCloseTo(25 * (4.6114 - 1), within(25 * 5e-5));
  }

  @Test
  void satisfactionInterval_wilson() {
    ItemStatistics statistics = rating(5, 4, 4, 3, 5, 2, 4, 5, 3, 4);

    assertThat(statistics.satisfactionInterval(0.95)).isEqualTo(Intervals.wilson(7, 10, 0.95));
  }

  @Test
  void nps_workedExample() {
    // scoring.md §5: 9, 10, 10, 8, 7, 6, 3, 9, 10, 5 → P = 0.5, D = 0.3, nps = 20, [−34.03, 74.03].
    ItemStatistics statistics = ItemStatistics.emptyNps();
    for (int answer : List.of(9, 10, 10, 8, 7, 6, 3, 9, 10, 5)) {
      statistics.add(10 * answer, answer >= 9 ? FAVOURABLE : NEUTRAL);
      statistics.addValue(Integer.toString(answer));
    }

    assertThat(statistics.isNps()).isTrue();
    assertThat(statistics.promoters()).isEqualTo(5);
    assertThat(statistics.detractors()).isEqualTo(3);
    assertThat(statistics.nps().getAsDouble()).isCloseTo(20, within(1e-12));
    Interval interval = statistics.npsInterval(0.95).orElseThrow();
    assertThat(interval.low()).isCloseTo(-34.03, within(0.005));
    assertThat(interval.high()).isCloseTo(74.03, within(0.005));
    assertThat(statistics.mean()).hasValue(77);
    assertThat(statistics.satisfaction()).hasValue(50);
    assertThat(statistics.distribution().keySet())
        .containsExactly("3", "5", "6", "7", "8", "9", "10");
    assertThat(statistics.distribution()).containsEntry("10", 3L);
  }

  @Test
  void empty_noValue() {
    ItemStatistics statistics = ItemStatistics.empty();

    assertThat(statistics.count()).isZero();
    assertThat(statistics.mean()).isEmpty();
    assertThat(statistics.standardDeviation()).isEmpty();
    assertThat(statistics.satisfaction()).isEmpty();
    assertThat(statistics.net()).isEmpty();
    assertThat(statistics.meanInterval(0.95)).isEmpty();
    assertThat(statistics.satisfactionInterval(0.95)).isEmpty();
    assertThat(statistics.distribution()).isEmpty();
    assertThat(ItemStatistics.emptyNps().nps()).isEmpty();
    assertThat(ItemStatistics.emptyNps().npsInterval(0.95)).isEmpty();
  }

  @Test
  void oneScore_noSpreadNoInterval() {
    ItemStatistics statistics = ItemStatistics.empty();
    statistics.add(0, UNFAVOURABLE);

    assertThat(statistics.standardDeviation()).hasValue(0);
    assertThat(statistics.meanInterval(0.95)).isEmpty();
    assertThat(statistics.net()).hasValue(-100);
  }

  @Test
  void naAndValuesWithoutScore() {
    // A multi_choice item: a distribution and an na count, no item score.
    ItemStatistics statistics = ItemStatistics.empty();
    statistics.addValue("parking");
    statistics.addValue("opening_hours");
    statistics.addValue("parking");
    statistics.addNa();

    assertThat(statistics.count()).isZero();
    assertThat(statistics.na()).isEqualTo(1);
    assertThat(statistics.distribution())
        .containsExactly(Map.entry("opening_hours", 1L), Map.entry("parking", 2L));
  }

  @Test
  void distribution_numbersByValueThenText() {
    ItemStatistics statistics = ItemStatistics.empty();
    for (String value : List.of("yes", "10", "2", "-1", "1.0", "1", "no", "2.5", "10")) {
      statistics.addValue(value);
    }

    assertThat(statistics.distribution().keySet())
        .containsExactly("-1", "1", "1.0", "2", "2.5", "10", "no", "yes");
    assertThat(statistics.distribution()).containsEntry("10", 2L);
  }

  @Test
  void distribution_unmodifiableCopy() {
    ItemStatistics statistics = ItemStatistics.empty();
    statistics.addValue("yes");

    var distribution = statistics.distribution();
    statistics.addValue("yes");

    assertThat(distribution).containsExactly(Map.entry("yes", 1L));
    assertThatThrownBy(() -> distribution.put("no", 1L))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void merge_sameAsOneStatistics() {
    ItemStatistics first = rating(5, 4, 4, 3, 5);
    ItemStatistics second = rating(2, 4, 5, 3, 4);

    ItemStatistics merged = second.merge(first);

    ItemStatistics all = rating(5, 4, 4, 3, 5, 2, 4, 5, 3, 4);
    assertThat(merged.count()).isEqualTo(10);
    assertThat(merged.mean()).isEqualTo(all.mean());
    assertThat(merged.standardDeviation()).isEqualTo(all.standardDeviation());
    assertThat(merged.satisfaction()).isEqualTo(all.satisfaction());
    assertThat(merged.net()).isEqualTo(all.net());
    assertThat(merged.distribution()).isEqualTo(all.distribution());
    assertThat(merged.na()).isEqualTo(2);
    assertThat(first.count()).isEqualTo(5);
    assertThat(first.distribution())
        .containsExactly(Map.entry("3", 1L), Map.entry("4", 2L), Map.entry("5", 2L));
  }

  @Test
  void merge_npsWithOtherRejected() {
    assertThatThrownBy(() -> ItemStatistics.empty().merge(ItemStatistics.emptyNps()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nps");
  }

  @Test
  void merge_npsKeepsPromotersAndDetractors() {
    ItemStatistics first = ItemStatistics.emptyNps();
    first.add(100, FAVOURABLE);
    first.add(60, NEUTRAL);
    ItemStatistics second = ItemStatistics.emptyNps();
    second.add(90, FAVOURABLE);
    second.add(70, NEUTRAL);

    ItemStatistics merged = first.merge(second);

    assertThat(merged.isNps()).isTrue();
    assertThat(merged.promoters()).isEqualTo(2);
    assertThat(merged.detractors()).isEqualTo(1);
    assertThat(merged.nps()).hasValue(25);
  }

  @Test
  void add_scoreOutOfRange() {
    ItemStatistics statistics = ItemStatistics.empty();

    assertThatThrownBy(() -> statistics.add(-5, NEUTRAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-5");
    assertThat(statistics.count()).isZero();
    assertThat(statistics.unfavourable()).isZero();
  }

  /** A 1..5 rating item with topBox 2, each answer counted in the distribution, and one na. */
  private static ItemStatistics rating(int... answers) {
    ItemStatistics statistics = ItemStatistics.empty();
    for (int answer : answers) {
      Polarity polarity = answer >= 4 ? FAVOURABLE : answer <= 2 ? UNFAVOURABLE : NEUTRAL;
      statistics.add(25.0 * (answer - 1), polarity);
      statistics.addValue(Integer.toString(answer));
    }
    statistics.addNa();
    return statistics;
  }
}

package io.github.indiko.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class QuantityStatisticsTest {
  @Test
  void statistics_handComputed() {
    QuantityStatistics statistics = of(100, 3, 1, 4, 1, 5, 9);

    assertThat(statistics.count()).isEqualTo(6);
    assertThat(statistics.min()).isEqualTo(1);
    assertThat(statistics.max()).isEqualTo(9);
    // Sorted 1, 1, 3, 4, 5, 9.
    assertThat(statistics.median()).isEqualTo(OptionalDouble.of(3.5));
    assertThat(statistics.mean()).isEqualTo(23.0 / 6);
  }

  @Test
  void median_oddCountMiddleValue() {
    assertThat(of(100, 7, -2, 40).median()).isEqualTo(OptionalDouble.of(7));
  }

  @Test
  void mean_exactNotSummedInDoubles() {
    // In doubles, 0.1 + 0.1 + 0.1 = 0.30000000000000004, whose third is above 0.1.
    assertThat((0.1 + 0.1 + 0.1) / 3).isNotEqualTo(0.1);

    assertThat(of(100, 0.1, 0.1, 0.1).mean()).isEqualTo(0.1);
  }

  @Test
  void mean_fixedPointSumMovedToDecimalsBeforeItOverflows() {
    // Each value is 2⁹³ − 2³² units of 2⁻⁶³ in fixed point, a high word near 2²⁹; 2³⁴ of them
    // would make it near 2⁶³, beyond a long: the sum must move to decimals on the way.
    double value = 0x1p30 - 0x1p-31;
    QuantityStatistics statistics = of(100, value);
    for (int i = 0; i < 34; i++) {
      statistics = statistics.merge(statistics);
    }

    assertThat(statistics.count()).isEqualTo(1L << 34);
    assertThat(statistics.mean()).isEqualTo(value);
    assertThat(statistics.median()).isEqualTo(OptionalDouble.of(value));
  }

  @Test
  void median_countsIntegersByValueAndOthersTogether() {
    // 0 and 1 023 are counted by value, 1 024 and 2.5 in the table: sorted 0, 2.5, 1023, 1023,
    // 1024.
    QuantityStatistics statistics = of(4, 1023, 1024, 0, 2.5, 1023);

    assertThat(statistics.median()).isEqualTo(OptionalDouble.of(1023));
    assertThat(statistics.mean()).isEqualTo((1023 + 1024 + 0 + 2.5 + 1023) / 5);
    assertThat(of(4, 1023, 1024, 0, 2.5, 1023, 1).median()).isEmpty();
  }

  @Test
  void mean_beyondTheLongRangeAndHugeValues() {
    double big = 0x1p61;

    assertThat(of(100, big, big, big, big, big, big, big, big, big).mean()).isEqualTo(big);
    assertThat(of(100, 1e300, 1e300, -1e300, 1e300).mean()).isEqualTo(5e299);
    assertThat(of(100, Double.MAX_VALUE, Double.MAX_VALUE).median())
        .isEqualTo(OptionalDouble.of(Double.MAX_VALUE));
  }

  @Test
  void mean_subnormalRoundedOnceHalfToEven() {
    double tiny = Double.MIN_VALUE;

    // Exact means 2⁻¹⁰⁷⁵ and 1.5 · 2⁻¹⁰⁷⁴: midpoints, to the even neighbour.
    assertThat(of(100, tiny, 0).mean()).isEqualTo(0.0);
    assertThat(of(100, tiny, 2 * tiny).mean()).isEqualTo(2 * tiny);
    assertThat(of(100, -3 * tiny, 0).mean()).isEqualTo(-2 * tiny);
    // (2 + 2 + 1) / 3 · 2⁻¹⁰⁷⁴ = 1.67 · 2⁻¹⁰⁷⁴: above the midpoint.
    assertThat(of(100, 2 * tiny, 2 * tiny, tiny).mean()).isEqualTo(2 * tiny);
    assertThat(of(100, Double.MIN_NORMAL, Double.MIN_NORMAL).mean()).isEqualTo(Double.MIN_NORMAL);
  }

  @Test
  void median_negativeZeroIsZero() {
    QuantityStatistics statistics = of(1, -0.0, 0.0, -0.0);

    assertThat(statistics.median()).isEqualTo(OptionalDouble.of(0.0));
    assertThat(Double.doubleToLongBits(statistics.min())).isEqualTo(0L);
  }

  @Test
  void median_emptyBeyondTheDistinctValuesKept() {
    assertThat(of(3, 1, 2, 3, 3, 2).median()).isEqualTo(OptionalDouble.of(2));
    assertThat(of(3, 1, 2, 3, 4).median()).isEmpty();
    assertThat(of(3, 1, 2, 3, 4).mean()).isEqualTo(2.5);
  }

  @Test
  void merge_medianKeptWhenTheUnionHoldsFewEnough() {
    QuantityStatistics one = of(3, 1, 2, 2);
    QuantityStatistics two = of(3, 2, 3);
    QuantityStatistics three = of(3, 4);

    assertThat(one.merge(two).median()).isEqualTo(OptionalDouble.of(2));
    assertThat(one.merge(two).merge(three).median()).isEmpty();
    assertThat(three.merge(one).merge(two).median()).isEmpty();
    assertThat(one.median()).as("merge leaves its arguments unchanged").isPresent();
  }

  @Test
  void merge_withItself_doubles() {
    QuantityStatistics one = of(10, 1, 2);

    QuantityStatistics twice = one.merge(one);

    assertThat(twice.count()).isEqualTo(4);
    assertThat(twice.median()).isEqualTo(OptionalDouble.of(1.5));
  }

  @Test
  void add_notFinite_refused() {
    QuantityStatistics statistics = QuantityStatistics.empty(1);

    assertThatThrownBy(() -> statistics.add(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> statistics.add(Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void empty_noMinNorMedian() {
    QuantityStatistics statistics = QuantityStatistics.empty(5);

    assertThat(statistics.median()).isEmpty();
    assertThatThrownBy(statistics::min).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> QuantityStatistics.empty(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static QuantityStatistics of(int maxDistinct, double... values) {
    QuantityStatistics statistics = QuantityStatistics.empty(maxDistinct);
    for (double value : values) {
      statistics.add(value);
    }
    return statistics;
  }
}

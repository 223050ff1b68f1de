package io.github.indiko.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExactSumTest {
  @Test
  void mean_workedExample() {
    ExactSum sum = sumOf(50, 75, 75, 100);

    assertThat(sum.count()).isEqualTo(4);
    assertThat(sum.mean()).isEqualTo(75);
    assertThat(sum.sampleStandardDeviation()).isEqualTo(Math.sqrt(1250.0 / 3), within(1e-12));
  }

  @Test
  void sampleStandardDeviation_welfordExample() {
    // statistics.md §8: 2,4,4,4,5,5,7,9 has M2 = 32, sample variance 32/7.
    ExactSum sum = sumOf(2, 4, 4, 4, 5, 5, 7, 9);

    assertThat(sum.mean()).isEqualTo(5);
    assertThat(sum.sampleStandardDeviation()).isEqualTo(Math.sqrt(32.0 / 7), within(1e-12));
  }

  @Test
  void sampleStandardDeviation_oneScore() {
    assertThat(sumOf(42.5).sampleStandardDeviation()).isZero();
    assertThat(sumOf(42.5).mean()).isEqualTo(42.5);
  }

  @Test
  void sampleStandardDeviation_equalScores() {
    assertThat(sumOf(33.3, 33.3, 33.3).sampleStandardDeviation()).isZero();
  }

  @Test
  void mean_quantizedTo2PowMinus32() {
    // 0.1 is not on the 2⁻³² grid: the mean is the grid point nearest to it, within 2⁻³³.
    double mean = sumOf(0.1).mean();

    assertThat(mean).isEqualTo(Math.round(0.1 * 0x1p32) / 0x1p32);
    assertThat(mean).isCloseTo(0.1, within(0x1p-33));
  }

  @Test
  void mean_empty() {
    assertThatThrownBy(() -> ExactSum.empty().mean()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ExactSum.empty().sampleStandardDeviation())
        .isInstanceOf(IllegalStateException.class);
    assertThat(ExactSum.empty().count()).isZero();
  }

  @Test
  void add_scoreOutOfRange() {
    ExactSum sum = ExactSum.empty();

    assertThatThrownBy(() -> sum.add(100.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("100.5");
    assertThatThrownBy(() -> sum.add(-0.1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sum.add(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThat(sum.count()).isZero();
  }

  @Test
  void merge_leavesBothUnchanged() {
    ExactSum a = sumOf(10, 20);
    ExactSum b = sumOf(90);

    ExactSum merged = a.merge(b);

    assertThat(merged.count()).isEqualTo(3);
    assertThat(merged.mean()).isEqualTo(40);
    assertThat(a.count()).isEqualTo(2);
    assertThat(a.mean()).isEqualTo(15);
    assertThat(b.count()).isEqualTo(1);
  }

  @Test
  void merge_withItself() {
    ExactSum a = sumOf(10, 20);

    ExactSum doubled = a.merge(a);

    assertThat(doubled.count()).isEqualTo(4);
    assertThat(doubled.sampleStandardDeviation())
        .isEqualTo(Math.sqrt(100.0 / 3), within(1e-12));
  }

  @Test
  void merge_aBillionHundreds() {
    // 2³⁰ > 10⁹ scores of 100: Σq = 100·2⁶², Σq² = 10⁴·2⁹⁴, beyond 64 bits.
    ExactSum sum = sumOf(100);
    for (int i = 0; i < 30; i++) {
      sum = sum.merge(sum);
    }

    assertThat(sum.count()).isEqualTo(1L << 30);
    assertThat(sum.mean()).isEqualTo(100);
    assertThat(sum.sampleStandardDeviation()).isZero();
  }

  @Test
  void merge_aBillionZerosAndHundreds() {
    ExactSum sum = sumOf(0, 100);
    for (int i = 0; i < 29; i++) {
      sum = sum.merge(sum);
    }
    long n = sum.count();

    assertThat(n).isEqualTo(1L << 30);
    assertThat(sum.mean()).isEqualTo(50);
    // Half 0, half 100: the sample variance is 2500 · n / (n − 1).
    assertThat(sum.sampleStandardDeviation())
        .isCloseTo(50 * Math.sqrt((double) n / (n - 1)), within(1e-12));
  }

  @Test
  void merge_upToMaxCount() {
    // 2⁵⁰ scores of 100: Σq² = 10⁴·2¹¹⁴ > 2¹²⁷ sets the top bit of the 128-bit sum.
    ExactSum sum = sumOf(100);
    for (int i = 0; i < 50; i++) {
      sum = sum.merge(sum);
    }
    ExactSum full = sum;

    assertThat(full.count()).isEqualTo(ExactSum.MAX_COUNT);
    assertThat(full.mean()).isEqualTo(100);
    assertThat(full.sampleStandardDeviation()).isZero();
    assertThatThrownBy(() -> full.merge(sumOf(0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at most");
    assertThatThrownBy(() -> full.add(0)).isInstanceOf(IllegalStateException.class);
    assertThat(full.count()).isEqualTo(ExactSum.MAX_COUNT);
  }

  @Test
  void addCount_upToMaxCount() {
    ExactSum full = ExactSum.empty();
    full.add(100, ExactSum.MAX_COUNT - 1);
    full.add(0, 1);

    assertThat(full.count()).isEqualTo(ExactSum.MAX_COUNT);
    // Σq² = (2⁵⁰ − 1)·10⁴·2⁶⁴ sets the top bit of the 128-bit sum, as in merge_upToMaxCount.
    assertThat(full.mean()).isCloseTo(100, within(1e-9));
    assertThatThrownBy(() -> full.add(0, 1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ExactSum.empty().add(0, Long.MAX_VALUE))
        .isInstanceOf(IllegalStateException.class);
    assertThat(full.count()).isEqualTo(ExactSum.MAX_COUNT);
  }

  @Test
  void addCount_refusesNoTimeAndBadScores() {
    ExactSum sum = ExactSum.empty();

    assertThatThrownBy(() -> sum.add(50, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least once");
    assertThatThrownBy(() -> sum.add(101, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThat(sum.count()).isZero();
  }

  @Test
  void sampleStandardDeviation_maxCountOfExtremes() {
    // 2⁵⁰ scores, half 0 and half 100: the sample variance is 2500 · n / (n − 1) ≈ 2500.
    ExactSum sum = sumOf(0, 100);
    for (int i = 0; i < 49; i++) {
      sum = sum.merge(sum);
    }

    assertThat(sum.count()).isEqualTo(ExactSum.MAX_COUNT);
    assertThat(sum.mean()).isEqualTo(50);
    assertThat(sum.sampleStandardDeviation()).isCloseTo(50, within(1e-12));
  }

  private static ExactSum sumOf(double... scores) {
    ExactSum sum = ExactSum.empty();
    for (double score : scores) {
      sum.add(score);
    }
    return sum;
  }
}

package io.github.indiko.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IntervalsTest {
  private static final double HUNDREDTH = 0.005;

  @Test
  void z_at95() {
    assertThat(Intervals.z(0.95)).isCloseTo(1.959964, within(1e-6));
  }

  @Test
  void z_at90And99() {
    assertThat(Intervals.z(0.90)).isCloseTo(1.644854, within(1e-6));
    assertThat(Intervals.z(0.99)).isCloseTo(2.575829, within(1e-6));
  }

  @Test
  void z_confidenceOutOfRange() {
    assertThatThrownBy(() -> Intervals.z(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(0, 1)");
    assertThatThrownBy(() -> Intervals.z(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Intervals.z(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wilson_45of50() {
    Interval interval = Intervals.wilson(45, 50, 0.95).orElseThrow();

    assertThat(interval.low()).isCloseTo(78.64, within(HUNDREDTH));
    assertThat(interval.high()).isCloseTo(95.65, within(HUNDREDTH));
  }

  @Test
  void wilson_0of10() {
    Interval interval = Intervals.wilson(0, 10, 0.95).orElseThrow();

    assertThat(interval.low()).isEqualTo(0);
    assertThat(interval.high()).isCloseTo(27.75, within(HUNDREDTH));
  }

  @Test
  void wilson_8of10() {
    Interval interval = Intervals.wilson(8, 10, 0.95).orElseThrow();

    // statistics.md §1: [0.4902, 0.9433] on the 0–1 scale, centre 0.716740, half-width 0.226578.
    assertThat(interval.low()).isCloseTo(49.02, within(HUNDREDTH));
    assertThat(interval.high()).isCloseTo(94.33, within(HUNDREDTH));
    assertThat((interval.low() + interval.high()) / 2).isCloseTo(71.6740, within(5e-5));
    assertThat((interval.high() - interval.low()) / 2).isCloseTo(22.6578, within(5e-5));
  }

  @Test
  void wilson_allSuccessesClippedTo100() {
    Interval interval = Intervals.wilson(10, 10, 0.95).orElseThrow();

    assertThat(interval.high()).isEqualTo(100);
    assertThat(interval.low()).isCloseTo(72.25, within(HUNDREDTH));
  }

  @Test
  void wilson_noTrial() {
    assertThat(Intervals.wilson(0, 0, 0.95)).isEmpty();
  }

  @Test
  void wilson_successesOutOfRange() {
    assertThatThrownBy(() -> Intervals.wilson(11, 10, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[0, 10]: 11");
    assertThatThrownBy(() -> Intervals.wilson(-1, 10, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void studentT_workedExample() {
    // Scores 50, 75, 75, 100: mean 75, sd = √(1250/3) = 20.41, t₃ = 3.182446.
    double sd = Math.sqrt(1250.0 / 3);
    Interval interval = Intervals.studentT(75, sd, 4, 0.95).orElseThrow();

    assertThat(sd).isCloseTo(20.41, within(HUNDREDTH));
    assertThat(interval.low()).isCloseTo(42.52, within(HUNDREDTH));
    assertThat(interval.low()).isCloseTo(75 - 3.182446 * sd / 2, within(1e-5));
    assertThat(interval.high()).isEqualTo(100);
  }

  @Test
  void studentT_quantileWithThreeDegrees() {
    // Half-width t₃ · sd/√n with sd = 2 and n = 4 is t₃ itself.
    Interval interval = Intervals.studentT(50, 2, 4, 0.95).orElseThrow();

    assertThat(interval.high() - 50).isCloseTo(3.182446, within(1e-6));
    assertThat(50 - interval.low()).isCloseTo(3.182446, within(1e-6));
  }

  @Test
  void studentT_likertMean() {
    // statistics.md §2: 5,4,4,3,5,2,4,5,3,4 → mean 3.9, s = √(8.9/9), t₉ = 2.2622,
    // [3.1886, 4.6114].
    double sd = Math.sqrt(8.9 / 9);
    Interval interval = Intervals.studentT(3.9, sd, 10, 0.95).orElseThrow();

    assertThat(sd).isCloseTo(0.9944, within(5e-5));
    assertThat(interval.low()).isCloseTo(3.1886, within(5e-5));
    assertThat(interval.high()).isCloseTo(4.6114, within(5e-5));
    assertThat((interval.high() - interval.low()) / 2 / (sd / Math.sqrt(10)))
        .isCloseTo(2.2622, within(5e-5));
  }

  @Test
  void studentT_clippedAtZero() {
    Interval interval = Intervals.studentT(5, 20, 4, 0.95).orElseThrow();

    assertThat(interval.low()).isEqualTo(0);
    assertThat(interval.high()).isCloseTo(5 + 3.182446 * 10, within(1e-5));
  }

  @Test
  void studentT_fewerThanTwo() {
    assertThat(Intervals.studentT(75, 0, 1, 0.95)).isEmpty();
    assertThat(Intervals.studentT(0, 0, 0, 0.95)).isEmpty();
  }

  @Test
  void studentT_noSpread() {
    assertThat(Intervals.studentT(60, 0, 5, 0.95)).contains(new Interval(60, 60));
  }

  @Test
  void studentT_invalidArguments() {
    assertThatThrownBy(() -> Intervals.studentT(75, -1, 4, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("standard deviation");
    assertThatThrownBy(() -> Intervals.studentT(Double.NaN, 1, 4, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mean");
    assertThatThrownBy(() -> Intervals.studentT(75, 1, -4, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-4");
    assertThatThrownBy(() -> Intervals.studentT(75, 1, 4, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
  }

  @Test
  void nps_workedExample() {
    // 9, 10, 10, 8, 7, 6, 3, 9, 10, 5: 5 promoters, 3 detractors of 10.
    Interval interval = Intervals.nps(0.5, 0.3, 10, 0.95).orElseThrow();
    double se = 100 * Math.sqrt((0.5 + 0.3 - 0.2 * 0.2) / 10);

    assertThat(se).isCloseTo(27.57, within(HUNDREDTH));
    assertThat(interval.low()).isCloseTo(-34.03, within(HUNDREDTH));
    assertThat(interval.high()).isCloseTo(74.03, within(HUNDREDTH));
    assertThat((interval.low() + interval.high()) / 2).isCloseTo(20, within(1e-9));
  }

  @Test
  void npsStandardError_workedExample_27point57AndTheHalfWidthOverZ() {
    double se = Intervals.npsStandardError(0.5, 0.3, 10);
    Interval interval = Intervals.nps(0.5, 0.3, 10, 0.95).orElseThrow();

    assertThat(se).isCloseTo(27.57, within(HUNDREDTH));
    assertThat(interval.high() - 20).isCloseTo(Intervals.z(0.95) * se, within(1e-9));
  }

  @Test
  void npsStandardError_noAnswerOrSharesOutOfRange_refused() {
    assertThatThrownBy(() -> Intervals.npsStandardError(0.5, 0.3, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n >= 1");
    assertThatThrownBy(() -> Intervals.npsStandardError(0.8, 0.3, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot exceed 1");
  }

  @Test
  void t_threeDegreesAt95_theWorkedExample() {
    assertThat(Intervals.t(3, 0.95)).isCloseTo(3.182446, within(1e-6));
    assertThat(Intervals.t(1_000_000, 0.95)).isCloseTo(Intervals.z(0.95), within(1e-5));
  }

  @Test
  void t_noDegreeOfFreedomOrLevelOutOfRange_refused() {
    assertThatThrownBy(() -> Intervals.t(0, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1: 0");
    assertThatThrownBy(() -> Intervals.t(3, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nps_statisticsVector() {
    // statistics.md §2: 18 promoters, 10 detractors of 40: SE 0.12845, CI [−0.052, 0.452].
    Interval interval = Intervals.nps(0.45, 0.25, 40, 0.95).orElseThrow();

    assertThat((interval.high() - interval.low()) / 2 / Intervals.z(0.95))
        .isCloseTo(12.845, within(5e-4));
    assertThat(interval.low()).isCloseTo(-5.2, within(0.05));
    assertThat(interval.high()).isCloseTo(45.2, within(0.05));
  }

  @Test
  void nps_clipped() {
    Interval interval = Intervals.nps(0, 0.9, 3, 0.95).orElseThrow();

    assertThat(interval.low()).isEqualTo(-100);
    assertThat(interval.high()).isLessThan(0);
  }

  @Test
  void nps_allPromoters() {
    assertThat(Intervals.nps(1, 0, 5, 0.95)).contains(new Interval(100, 100));
  }

  @Test
  void nps_fewerThanTwo() {
    assertThat(Intervals.nps(1, 0, 1, 0.95)).isEmpty();
  }

  @Test
  void nps_invalidShares() {
    assertThatThrownBy(() -> Intervals.nps(0.7, 0.4, 10, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.7 + 0.4");
    assertThatThrownBy(() -> Intervals.nps(-0.1, 0.4, 10, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

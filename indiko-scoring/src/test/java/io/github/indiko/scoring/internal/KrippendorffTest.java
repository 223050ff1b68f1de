package io.github.indiko.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * Krippendorff's alpha on the reliability data of "Computing Krippendorff's alpha-reliability"
 * (2011): four observers A–D, twelve units, values 1 to 5, missing data shown as NaN.
 */
class KrippendorffTest {
  private static final double NA = Double.NaN;

  /** The data, observer by observer (rows A, B, C, D), unit by unit (columns 1 to 12). */
  static final double[][] OBSERVERS = {
    {1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA},
    {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3},
    {NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA},
    {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA}
  };

  /** Every unit of the data added: its values, the missing ones left out. */
  private static Krippendorff of(Krippendorff alpha) {
    for (int u = 0; u < OBSERVERS[0].length; u++) {
      double[] unit = new double[OBSERVERS.length];
      int count = 0;
      for (double[] observer : OBSERVERS) {
        if (!Double.isNaN(observer[u])) {
          unit[count++] = observer[u];
        }
      }
      alpha.add(unit, count);
    }
    return alpha;
  }

  @Test
  void alpha_interval_thePublishedValue() {
    Krippendorff interval = of(Krippendorff.interval());

    // 951/1120, rounded once.
    assertThat(interval.alpha()).isEqualTo(951.0 / 1120).isCloseTo(0.849, within(5e-4));
    assertThat(interval.units()).isEqualTo(12);
    assertThat(interval.values()).isEqualTo(40);
  }

  @Test
  void alpha_nominalFiveCategories_thePublishedValue() {
    Krippendorff nominal = of(Krippendorff.nominal());

    // D_o = 1/5, D_e = 152/195: α = 113/152, rounded once.
    assertThat(nominal.alpha()).isEqualTo(113.0 / 152).isCloseTo(0.743, within(5e-4));
    assertThat(nominal.units()).isEqualTo(12);
    assertThat(nominal.values()).isEqualTo(40);
  }

  @Test
  void alpha_noPairableValue_null() {
    Krippendorff alpha = Krippendorff.interval();
    alpha.add(new double[] {3}, 1);
    alpha.add(new double[] {4, 9}, 0);

    assertThat(alpha.alpha()).isNull();
    assertThat(alpha.units()).isEqualTo(1);
    assertThat(alpha.values()).isZero();
  }

  @Test
  void alpha_everyValueTheSame_nullForDeIsZero() {
    Krippendorff nominal = Krippendorff.nominal();
    nominal.add(new double[] {1, 1}, 2);
    nominal.add(new double[] {1, 1, 1}, 3);

    assertThat(nominal.alpha()).isNull();
    assertThat(nominal.values()).isEqualTo(5);
  }

  @Test
  void alpha_perfectAgreement_one() {
    Krippendorff interval = Krippendorff.interval();
    interval.add(new double[] {3, 3}, 2);
    interval.add(new double[] {7.5, 7.5, 7.5}, 3);

    assertThat(interval.alpha()).isEqualTo(1.0);
  }

  @Test
  void alpha_twoUnitsOpposed_belowZero() {
    // Units (0, 1) and (1, 0): D_o = 1, D_e = 2·2·2/(4·3) = 2/3, α = 1 − 3/2.
    Krippendorff nominal = Krippendorff.nominal();
    nominal.add(new double[] {0, 1}, 2);
    nominal.add(new double[] {1, 0}, 2);

    assertThat(nominal.alpha()).isEqualTo(-0.5);
  }

  @Test
  void add_notFiniteOrCountOutOfRange_refused() {
    Krippendorff alpha = Krippendorff.interval();

    assertThatThrownBy(() -> alpha.add(new double[] {1, Double.NaN}, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> alpha.add(new double[] {1}, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(alpha.units()).isZero();
  }

  @Test
  void nearest_roundsOnceToTheNearestDouble() {
    assertThat(Krippendorff.nearest(BigInteger.valueOf(951), BigInteger.valueOf(1120)))
        .isEqualTo(951.0 / 1120);
    assertThat(Krippendorff.nearest(BigInteger.valueOf(-1), BigInteger.valueOf(3)))
        .isEqualTo(-1.0 / 3);
    assertThat(Krippendorff.nearest(BigInteger.ZERO, BigInteger.TEN)).isEqualTo(0.0);
    // 2^53 + 1 lies halfway between two doubles: ties to even, 2^53.
    BigInteger halfway = BigInteger.ONE.shiftLeft(53).add(BigInteger.ONE);
    assertThat(Krippendorff.nearest(halfway, BigInteger.ONE)).isEqualTo(0x1p53);
    // A hair above halfway rounds up, whatever the bits beyond the 57th.
    BigInteger above = halfway.shiftLeft(100).add(BigInteger.ONE);
    assertThat(Krippendorff.nearest(above, BigInteger.ONE.shiftLeft(100)))
        .isEqualTo(0x1p53 + 2);
  }
}

package io.github.indiko.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Krippendorff's alpha against a second implementation, the spec's formulas written plainly (a
 * coincidence matrix of exact fractions), and its invariances.
 */
class KrippendorffProperties {
  /** An exact fraction, for the second implementation. */
  private record Fraction(BigInteger numerator, BigInteger denominator) {
    static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    static Fraction of(double value) {
      BigDecimal exact = new BigDecimal(value);
      return exact.scale() > 0
          ? new Fraction(exact.unscaledValue(), BigInteger.TEN.pow(exact.scale()))
          : new Fraction(exact.toBigIntegerExact(), BigInteger.ONE);
    }

    static Fraction of(long numerator, long denominator) {
      return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    Fraction plus(Fraction other) {
      return new Fraction(
          numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
          denominator.multiply(other.denominator));
    }

    Fraction minus(Fraction other) {
      return plus(new Fraction(other.numerator.negate(), other.denominator));
    }

    Fraction times(Fraction other) {
      return new Fraction(
          numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    Fraction over(Fraction other) {
      BigInteger sign = BigInteger.valueOf(other.numerator.signum());
      return new Fraction(
          numerator.multiply(other.denominator).multiply(sign),
          denominator.multiply(other.numerator.abs()));
    }

    double toDouble() {
      return new BigDecimal(numerator)
          .divide(new BigDecimal(denominator), new MathContext(200, RoundingMode.HALF_EVEN))
          .doubleValue();
    }
  }

  /** α by the spec's formulas, term by term: o_ck, n_c, D_o, D_e. */
  private static @Nullable Double plainly(List<List<Double>> units, boolean nominal) {
    Map<List<Double>, Fraction> coincidences = new HashMap<>();
    long n = 0;
    for (List<Double> unit : units) {
      int m = unit.size();
      if (m < 2) {
        continue;
      }
      n += m;
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < m; j++) {
          if (i != j) {
            coincidences.merge(
                List.of(unit.get(i), unit.get(j)), Fraction.of(1, m - 1), Fraction::plus);
          }
        }
      }
    }
    Map<Double, Fraction> marginals = new HashMap<>();
    coincidences.forEach((ck, o) -> marginals.merge(ck.get(0), o, Fraction::plus));
    Fraction observed = Fraction.ZERO;
    for (Map.Entry<List<Double>, Fraction> o : coincidences.entrySet()) {
      Fraction delta = delta(o.getKey().get(0), o.getKey().get(1), nominal);
      observed = observed.plus(o.getValue().times(delta));
    }
    Fraction expected = Fraction.ZERO;
    for (Map.Entry<Double, Fraction> c : marginals.entrySet()) {
      for (Map.Entry<Double, Fraction> k : marginals.entrySet()) {
        expected =
            expected.plus(
                c.getValue().times(k.getValue()).times(delta(c.getKey(), k.getKey(), nominal)));
      }
    }
    if (n < 2 || expected.numerator().signum() == 0) {
      return null;
    }
    Fraction doo = observed.over(Fraction.of(n, 1));
    Fraction de = expected.over(Fraction.of(n * (n - 1), 1));
    return Fraction.of(1, 1).minus(doo.over(de)).toDouble();
  }

  private static Fraction delta(double c, double k, boolean nominal) {
    if (nominal) {
      return Fraction.of(Double.valueOf(c).equals(k) ? 0 : 1, 1);
    }
    Fraction d = Fraction.of(c).minus(Fraction.of(k));
    return d.times(d);
  }

  private static @Nullable Double alpha(List<List<Double>> units, boolean nominal) {
    Krippendorff alpha = nominal ? Krippendorff.nominal() : Krippendorff.interval();
    for (List<Double> unit : units) {
      alpha.add(unit.stream().mapToDouble(Double::doubleValue).toArray(), unit.size());
    }
    return alpha.alpha();
  }

  /** Units of 0 to 5 values, each drawn from {@code values}. */
  private static Gen<List<List<Double>>> units(Gen<Double> values) {
    return lists().of(lists().of(values).ofSizeBetween(0, 5)).ofSizeBetween(0, 15);
  }

  /** Five categories. */
  private static Gen<Double> categories() {
    return integers().between(0, 4).map(Integer::doubleValue);
  }

  /** Small integers, which repeat, or any double of a wide range. */
  private static Gen<Double> numbers() {
    return integers()
        .between(-20, 20)
        .map(Integer::doubleValue)
        .mix(doubles().between(-1e6, 1e6), 30);
  }

  @Test
  void alpha_nominal_bitForBitThePlainFormulas() {
    qt().forAll(units(categories()))
        .checkAssert(units -> assertThat(alpha(units, true)).isEqualTo(plainly(units, true)));
  }

  @Test
  void alpha_interval_bitForBitThePlainFormulas() {
    qt().forAll(units(numbers()))
        .checkAssert(units -> assertThat(alpha(units, false)).isEqualTo(plainly(units, false)));
  }

  @Test
  void alpha_everyUnitAgreeing_one() {
    qt().forAll(
            lists().of(integers().between(-20, 20)).ofSizeBetween(2, 12),
            lists().of(integers().between(2, 5)).ofSizeBetween(12, 12))
        .assuming((values, sizes) -> values.stream().distinct().count() > 1)
        .checkAssert(
            (values, sizes) -> {
              List<List<Double>> units = new ArrayList<>();
              for (int u = 0; u < values.size(); u++) {
                units.add(Collections.nCopies(sizes.get(u), (double) values.get(u)));
              }

              assertThat(alpha(units, false)).isEqualTo(1.0);
              assertThat(alpha(units, true)).isEqualTo(1.0);
            });
  }

  @Test
  void alpha_anyOrderOfUnitsAndValues_sameBits() {
    qt().forAll(units(numbers()), longs().all())
        .checkAssert(
            (units, seed) -> {
              Random random = new Random(seed);
              List<List<Double>> shuffled = new ArrayList<>();
              for (List<Double> unit : units) {
                List<Double> values = new ArrayList<>(unit);
                Collections.shuffle(values, random);
                shuffled.add(values);
              }
              Collections.shuffle(shuffled, random);

              assertThat(alpha(shuffled, false)).isEqualTo(alpha(units, false));
              assertThat(alpha(shuffled, true)).isEqualTo(alpha(units, true));
            });
  }

  @Test
  void alpha_nominalCategoriesRenamed_sameBits() {
    qt().forAll(units(categories()), longs().all())
        .checkAssert(
            (units, seed) -> {
              List<Double> names = new ArrayList<>(List.of(-7.5, 0.0, 3.0, 1e9, 42.0));
              Collections.shuffle(names, new Random(seed));
              List<List<Double>> renamed =
                  units.stream()
                      .map(unit -> unit.stream().map(c -> names.get(c.intValue())).toList())
                      .toList();

              assertThat(alpha(renamed, true)).isEqualTo(alpha(units, true));
            });
  }

  @Test
  void alpha_intervalShiftedByAConstant_sameBits() {
    qt().forAll(
            units(integers().between(-1000, 1000).map(Integer::doubleValue)),
            integers().between(-1_000_000, 1_000_000))
        .checkAssert(
            (units, shift) -> {
              List<List<Double>> shifted =
                  units.stream().map(unit -> unit.stream().map(v -> v + shift).toList()).toList();

              assertThat(alpha(shifted, false)).isEqualTo(alpha(units, false));
            });
  }
}

package io.github.indiko.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class FSumProperties {
  @Test
  void sum_isTheExactSumRoundedOnce() {
    qt().forAll(values())
        .checkAssert(
            values -> {
              BigDecimal exact = BigDecimal.ZERO;
              for (double value : values) {
                exact = exact.add(new BigDecimal(value));
              }

              assertSameBits(sumOf(values), exact.doubleValue());
            });
  }

  @Test
  void sum_sameForAnyPermutation() {
    qt().forAll(values(), longs().all())
        .checkAssert(
            (values, seed) -> {
              List<Double> shuffled = new ArrayList<>(values);
              Collections.shuffle(shuffled, new Random(seed));

              assertSameBits(sumOf(shuffled), sumOf(values));
            });
  }

  @Test
  void sum_sameForAnySplitAndMerge() {
    qt().forAll(values(), integers().between(0, 40))
        .checkAssert(
            (values, i) -> {
              int split = Math.min(i, values.size());
              FSum a = fsumOf(values.subList(0, split));
              FSum b = fsumOf(values.subList(split, values.size()));

              assertSameBits(a.merge(b).sum(), sumOf(values));
              assertSameBits(b.merge(a).sum(), sumOf(values));
            });
  }

  @Test
  void sum_integers_exact() {
    qt().forAll(lists().of(longs().between(-(1L << 40), 1L << 40)).ofSizeBetween(0, 200))
        .checkAssert(
            integers -> {
              FSum sum = FSum.empty();
              integers.forEach(integer -> sum.add((double) integer));

              assertThat(sum.sum())
                  .isEqualTo((double) integers.stream().mapToLong(Long::longValue).sum());
            });
  }

  @Test
  void sum_valueAndItsOpposite_leaveTheThird() {
    qt().forAll(value(), value())
        .checkAssert((x, y) -> assertSameBits(FSum.of(x, -x, y), y == 0 ? 0.0 : y));
  }

  @Test
  void sum_hugeCancellation_keepsTheSmallValues() {
    qt().forAll(doubles().between(-1e6, 1e6), doubles().between(-1e6, 1e6))
        .checkAssert(
            (x, y) -> {
              double expected = new BigDecimal(x).add(new BigDecimal(y)).doubleValue();

              assertSameBits(FSum.of(1e100, x, -1e100, y), expected);
              assertSameBits(FSum.of(x, 1e100, y, 1e100, -1e100, -1e100), expected);
            });
  }

  @Test
  void addTimes_sameAsAddingOneByOne() {
    qt().forAll(values(), value(), integers().between(0, 300))
        .checkAssert(
            (values, value, times) -> {
              FSum bulk = fsumOf(values).add(value, times);
              FSum oneByOne = fsumOf(values);
              for (int i = 0; i < times; i++) {
                oneByOne.add(value);
              }

              assertSameBits(bulk.sum(), oneByOne.sum());
            });
  }

  private static Gen<Double> value() {
    Gen<Double> mantissa = doubles().between(-1, 1);
    Gen<Integer> exponent = integers().between(-60, 60);
    return mantissa.zip(exponent, (m, e) -> m * Math.pow(10, e)).mix(doubles().any(), 20)
        .assuming(Double::isFinite)
        .map(v -> Math.abs(v) > 1e300 ? v / 1e10 : v);
  }

  private static Gen<List<Double>> values() {
    return lists().of(value()).ofSizeBetween(0, 40);
  }

  private static double sumOf(List<Double> values) {
    return fsumOf(values).sum();
  }

  private static FSum fsumOf(List<Double> values) {
    FSum sum = FSum.empty();
    values.forEach(sum::add);
    return sum;
  }

  private static void assertSameBits(double actual, double expected) {
    assertThat(Double.doubleToRawLongBits(actual)).isEqualTo(Double.doubleToRawLongBits(expected));
  }
}

package io.github.indiko.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class QuantityStatisticsProperties {
  @Test
  void results_sameForAnyOrderAndSplit() {
    qt().forAll(values(), longs().all(), integers().between(0, 60), integers().between(1, 8))
        .checkAssert(
            (values, seed, at, maxDistinct) -> {
              List<Double> shuffled = new ArrayList<>(values);
              Collections.shuffle(shuffled, new Random(seed));
              int split = Math.min(at, shuffled.size());

              QuantityStatistics merged =
                  of(maxDistinct, shuffled.subList(split, shuffled.size()))
                      .merge(of(maxDistinct, shuffled.subList(0, split)));

              assertThat(merged.toString()).isEqualTo(of(maxDistinct, values).toString());
            });
  }

  @Test
  void results_agreeWithSortingAndDecimals() {
    qt().forAll(values().map(list -> list.isEmpty() ? List.of(1.0) : list))
        .checkAssert(
            values -> {
              List<Double> sorted = new ArrayList<>(values);
              Collections.sort(sorted);
              int n = sorted.size();
              double median = (sorted.get((n - 1) / 2) + sorted.get(n / 2)) / 2;
              BigDecimal sum = BigDecimal.ZERO;
              for (double value : values) {
                sum = sum.add(new BigDecimal(value));
              }
              double mean = sum.divide(BigDecimal.valueOf(n), new MathContext(1000)).doubleValue();

              QuantityStatistics statistics = of(Integer.MAX_VALUE, values);

              assertThat(statistics.count()).isEqualTo(n);
              assertThat(statistics.min()).isEqualTo(sorted.get(0));
              assertThat(statistics.max()).isEqualTo(sorted.get(n - 1));
              assertThat(statistics.median()).isEqualTo(OptionalDouble.of(median));
              assertThat(statistics.mean()).isEqualTo(mean);
            });
  }

  @Test
  void median_keptExactlyWhenFewEnoughDistinctValues() {
    qt().forAll(values(), integers().between(1, 8))
        .checkAssert(
            (values, maxDistinct) -> {
              long distinct = values.stream().distinct().count();

              assertThat(of(maxDistinct, values).median().isPresent())
                  .isEqualTo(!values.isEmpty() && distinct <= maxDistinct);
            });
  }

  @Test
  void results_sameAsSortingAndDecimalsAcrossTheirStores() {
    qt().forAll(storedValues(), integers().between(1, 40))
        .checkAssert(
            (values, maxDistinct) -> {
              QuantityStatistics statistics = of(maxDistinct, values);
              // −0 counts as 0.
              List<Double> sorted = new ArrayList<>(values.stream().map(v -> v + 0.0).toList());
              Collections.sort(sorted);
              int n = sorted.size();
              long distinct = sorted.stream().distinct().count();
              BigDecimal sum = BigDecimal.ZERO;
              for (double value : values) {
                sum = sum.add(new BigDecimal(value));
              }

              assertThat(statistics.count()).isEqualTo(n);
              if (n == 0 || distinct > maxDistinct) {
                assertThat(statistics.median()).isEmpty();
              } else {
                double median = (sorted.get((n - 1) / 2) + sorted.get(n / 2)) / 2;
                assertThat(statistics.median()).isEqualTo(OptionalDouble.of(median));
              }
              if (n > 0) {
                double mean =
                    sum.divide(BigDecimal.valueOf(n), new MathContext(1000)).doubleValue();
                assertThat(statistics.mean()).isEqualTo(mean);
              }
            });
  }

  @Test
  void merge_sameAsOneStatisticsForAnySplitAcrossTheirStores() {
    qt().forAll(storedValues(), longs().all(), integers().between(1, 4), integers().between(1, 40))
        .checkAssert(
            (values, seed, parts, maxDistinct) -> {
              Random random = new Random(seed);
              List<Double> shuffled = new ArrayList<>(values);
              Collections.shuffle(shuffled, random);
              List<QuantityStatistics> pieces = new ArrayList<>();
              for (int p = 0; p < parts; p++) {
                int from = shuffled.size() * p / parts;
                int to = shuffled.size() * (p + 1) / parts;
                pieces.add(of(maxDistinct, shuffled.subList(from, to)));
              }
              Collections.shuffle(pieces, random);
              QuantityStatistics merged = pieces.get(0);
              for (QuantityStatistics piece : pieces.subList(1, pieces.size())) {
                merged = random.nextBoolean() ? merged.merge(piece) : piece.merge(merged);
              }
              QuantityStatistics whole = of(maxDistinct, values);

              assertThat(merged.toString()).isEqualTo(whole.toString());
              assertThat(merged.median()).isEqualTo(whole.median());
            });
  }

  /**
   * Values on every store of the statistics: integers counted by value (0 to 1 023) and beyond
   * them, decimals summed in fixed point, fractions too fine or too large for it, −0.
   */
  private static Gen<List<Double>> storedValues() {
    Gen<Double> value =
        integers()
            .between(0, 40)
            .map(i -> (double) i)
            .mix(integers().between(1000, 1100).map(i -> (double) i), 20)
            .mix(integers().between(-20000, 20000).map(i -> i / 10.0), 30)
            .mix(integers().between(-1000, 1000).map(i -> 0x1p31 - i / 4.0), 10)
            .mix(doubles().between(-1e-12, 1e-12), 5)
            .mix(integers().between(-5, 5).map(i -> i == 0 ? -0.0 : i * 0x1p-63), 5)
            .mix(doubles().between(-1e20, 1e20), 5);
    return lists().of(value).ofSizeBetween(0, 60);
  }

  /** Few distinct values, with repeats, fractions, negatives and large magnitudes. */
  private static Gen<List<Double>> values() {
    Gen<Double> value =
        integers()
            .between(-6, 6)
            .map(i -> (double) i)
            .mix(doubles().between(-1e6, 1e6), 30)
            .mix(doubles().between(1e15, 1e300), 5);
    return lists().of(value).ofSizeBetween(0, 40);
  }

  private static QuantityStatistics of(int maxDistinct, List<Double> values) {
    QuantityStatistics statistics = QuantityStatistics.empty(maxDistinct);
    values.forEach(statistics::add);
    return statistics;
  }
}

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

package io.github.indiko.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
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
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ExactSumProperties {
  @Test
  void mean_sameForAnyPermutation() {
    qt().forAll(scoreLists(0), longs().all())
        .checkAssert(
            (scores, seed) -> {
              List<Double> shuffled = new ArrayList<>(scores);
              Collections.shuffle(shuffled, new Random(seed));

              assertSameResults(sumOf(shuffled), sumOf(scores));
            });
  }

  @Test
  void mean_sameForAnySplitAndMerge() {
    qt().forAll(scoreLists(0), integers().between(0, 60), integers().between(0, 60))
        .checkAssert(
            (scores, i, j) -> {
              int first = Math.min(Math.min(i, j), scores.size());
              int second = Math.min(Math.max(i, j), scores.size());
              ExactSum a = sumOf(scores.subList(0, first));
              ExactSum b = sumOf(scores.subList(first, second));
              ExactSum c = sumOf(scores.subList(second, scores.size()));

              assertSameResults(a.merge(b).merge(c), sumOf(scores));
              assertSameResults(c.merge(a.merge(b)), sumOf(scores));
              assertSameResults(b.merge(c).merge(a), sumOf(scores));
            });
  }

  @Test
  void mean_agreesWithDecimalMean() {
    qt().forAll(scoreLists(1))
        .checkAssert(
            scores -> {
              BigDecimal total = BigDecimal.ZERO;
              for (double score : scores) {
                total = total.add(new BigDecimal(score));
              }
              double expected =
                  total
                      .divide(BigDecimal.valueOf(scores.size()), MathContext.DECIMAL128)
                      .doubleValue();

              assertThat(sumOf(scores).mean()).isCloseTo(expected, within(1e-9));
            });
  }

  @Test
  void sampleStandardDeviation_agreesWithTwoPassComputation() {
    qt().forAll(scoreLists(2))
        .checkAssert(
            scores -> {
              double mean =
                  scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
              double squares =
                  scores.stream().mapToDouble(s -> (s - mean) * (s - mean)).sum();
              double expected = Math.sqrt(squares / (scores.size() - 1));

              assertThat(sumOf(scores).sampleStandardDeviation())
                  .isCloseTo(expected, within(1e-7));
            });
  }

  @Test
  void addCount_sameAsAddingOneByOne() {
    qt().forAll(scoreLists(0), doubles().between(0, 100), integers().between(1, 300))
        .checkAssert(
            (scores, score, count) -> {
              ExactSum bulk = sumOf(scores);
              bulk.add(score, count);
              ExactSum oneByOne = sumOf(scores);
              for (int i = 0; i < count; i++) {
                oneByOne.add(score);
              }

              assertSameResults(bulk, oneByOne);
            });
  }

  @Test
  void addCount_sameAsMergingCopies() {
    // count = 2^k copies of one score, made by merging a sum with itself k times.
    qt().forAll(doubles().between(0, 100), integers().between(0, 50))
        .checkAssert(
            (score, k) -> {
              ExactSum doubled = ExactSum.empty();
              doubled.add(score);
              for (int i = 0; i < k; i++) {
                doubled = doubled.merge(doubled);
              }
              ExactSum bulk = ExactSum.empty();
              bulk.add(score, 1L << k);

              assertSameResults(bulk, doubled);
            });
  }

  private static Gen<List<Double>> scoreLists(int minimumSize) {
    Gen<Double> grid = integers().between(0, 20).map(step -> step * 5.0);
    return lists().of(doubles().between(0, 100).mix(grid)).ofSizeBetween(minimumSize, 60);
  }

  private static void assertSameResults(ExactSum actual, ExactSum expected) {
    assertThat(actual.count()).isEqualTo(expected.count());
    if (expected.count() > 0) {
      assertThat(Double.doubleToRawLongBits(actual.mean()))
          .isEqualTo(Double.doubleToRawLongBits(expected.mean()));
      assertThat(Double.doubleToRawLongBits(actual.sampleStandardDeviation()))
          .isEqualTo(Double.doubleToRawLongBits(expected.sampleStandardDeviation()));
    }
  }

  private static ExactSum sumOf(List<Double> scores) {
    ExactSum sum = ExactSum.empty();
    scores.forEach(sum::add);
    return sum;
  }
}

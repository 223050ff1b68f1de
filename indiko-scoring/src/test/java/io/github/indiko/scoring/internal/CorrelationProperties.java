package io.github.indiko.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CorrelationProperties {
  @Test
  void coefficient_sameForAnyOrderAndSplit() {
    qt().forAll(pairs(), longs().all(), integers().between(0, 60))
        .checkAssert(
            (pairs, seed, at) -> {
              List<double[]> shuffled = new ArrayList<>(pairs);
              Collections.shuffle(shuffled, new Random(seed));
              int split = Math.min(at, shuffled.size());

              Correlation merged =
                  of(shuffled.subList(split, shuffled.size()))
                      .merge(of(shuffled.subList(0, split)));

              assertThat(merged.coefficient()).isEqualTo(of(pairs).coefficient());
              assertThat(merged.count()).isEqualTo(pairs.size());
            });
  }

  @Test
  void coefficient_agreesWithTheTextbookFormula() {
    qt().forAll(pairs())
        .checkAssert(
            pairs -> {
              double n = pairs.size();
              double mx = pairs.stream().mapToDouble(p -> p[0]).sum() / n;
              double my = pairs.stream().mapToDouble(p -> p[1]).sum() / n;
              double sxy = pairs.stream().mapToDouble(p -> (p[0] - mx) * (p[1] - my)).sum();
              double sxx = pairs.stream().mapToDouble(p -> (p[0] - mx) * (p[0] - mx)).sum();
              double syy = pairs.stream().mapToDouble(p -> (p[1] - my) * (p[1] - my)).sum();

              if (pairs.size() < 2 || sxx < 1e-6 || syy < 1e-6) {
                return;
              }

              assertThat(of(pairs).coefficient().orElseThrow())
                  .isCloseTo(sxy / Math.sqrt(sxx * syy), within(1e-6))
                  .isBetween(-1.0, 1.0);
            });
  }

  private static Gen<List<double[]>> pairs() {
    Gen<Double> score =
        integers().between(0, 4).map(i -> 25.0 * i).mix(doubles().between(0, 100), 50);
    return lists().of(score.zip(score, (x, y) -> new double[] {x, y})).ofSizeBetween(0, 40);
  }

  private static Correlation of(List<double[]> pairs) {
    Correlation correlation = Correlation.empty();
    pairs.forEach(p -> correlation.add(p[0], p[1]));
    return correlation;
  }
}

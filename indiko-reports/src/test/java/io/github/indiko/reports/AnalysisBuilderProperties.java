package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.indiko.scoring.Indicator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AnalysisBuilderProperties {
  @Test
  void z_swappingSamples_negatesIt() {
    qt().forAll(shares(), shares())
        .checkAssert(
            (a, b) -> {
              Double z = AnalysisBuilder.z(a.x, a.n, b.x, b.n);
              Double swapped = AnalysisBuilder.z(b.x, b.n, a.x, a.n);

              if (z == null) {
                assertThat(swapped).isNull();
              } else {
                assertThat(swapped).isEqualTo(-z);
              }
            });
  }

  @Test
  void z_nullExactlyWithoutVariance() {
    qt().forAll(shares(), shares())
        .checkAssert(
            (a, b) -> {
              boolean noVariance = a.n == 0 || b.n == 0 || a.x + b.x == 0 || a.x + b.x == a.n + b.n;

              assertThat(AnalysisBuilder.z(a.x, a.n, b.x, b.n) == null).isEqualTo(noVariance);
            });
  }

  @Test
  void satisfactionChange_swappingEditions_negatesChangeAndZ() {
    qt().forAll(shares(), shares(), doubles().between(0.5, 0.999))
        .checkAssert(
            (a, b, confidence) -> {
              SatisfactionChange forward =
                  AnalysisBuilder.satisfactionChange(a.indicator(), b.indicator(), confidence);
              SatisfactionChange backward =
                  AnalysisBuilder.satisfactionChange(b.indicator(), a.indicator(), confidence);

              if (a.n == 0 || b.n == 0) {
                assertThat(forward).isNull();
                assertThat(backward).isNull();
                return;
              }
              assertThat(backward.change()).isEqualTo(-forward.change());
              assertThat(backward.n()).isEqualTo(forward.previousN());
              assertThat(backward.current()).isEqualTo(forward.previous());
              assertThat(backward.significant()).isEqualTo(forward.significant());
              if (forward.z() == null) {
                assertThat(backward.z()).isNull();
                assertThat(forward.significant()).isFalse();
              } else {
                assertThat(backward.z()).isEqualTo(-forward.z());
              }
            });
  }

  /** x favourable of n, 0 ≤ x ≤ n. */
  private record Share(long x, long n) {
    Indicator indicator() {
      return n == 0 ? Indicator.empty() : new Indicator(100.0 * x / n, n, null);
    }
  }

  private static Gen<Share> shares() {
    return integers()
        .between(0, 3000)
        .flatMap(n -> integers().between(0, n).map(x -> new Share(x, n)));
  }
}

package io.github.indiko.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CorrelationTest {
  @Test
  void coefficient_handComputed() {
    // x 1..5, y 2, 4, 5, 4, 5 (times 10): Σx 15, Σy 20, Σxy 66, Σx² 55, Σy² 86 (over 100), so
    // r = (5·66 − 15·20) / √((5·55 − 15²)(5·86 − 20²)) = 30 / √1500.
    Correlation correlation = of(10, 20, 20, 40, 30, 50, 40, 40, 50, 50);

    assertThat(correlation.count()).isEqualTo(5);
    assertThat(correlation.coefficient()).isEqualTo(OptionalDouble.of(30 / Math.sqrt(1500)));
  }

  @Test
  void coefficient_perfectLinesAreOneAndMinusOne() {
    assertThat(of(0, 10, 50, 30, 100, 50).coefficient()).isEqualTo(OptionalDouble.of(1));
    assertThat(of(0, 100, 50, 50, 100, 0).coefficient()).isEqualTo(OptionalDouble.of(-1));
  }

  @Test
  void coefficient_emptyWithoutVariationOrPairs() {
    assertThat(of().coefficient()).isEmpty();
    assertThat(of(40, 60).coefficient()).isEmpty();
    assertThat(of(40, 60, 40, 80, 40, 20).coefficient()).as("x constant").isEmpty();
    assertThat(of(10, 60, 40, 60, 90, 60).coefficient()).as("y constant").isEmpty();
  }

  @Test
  void merge_sameAsOneCorrelation() {
    Correlation one = of(10, 20, 20, 40);
    Correlation two = of(30, 50, 40, 40, 50, 50);

    assertThat(one.merge(two).coefficient()).isEqualTo(OptionalDouble.of(30 / Math.sqrt(1500)));
    assertThat(two.merge(one).toString()).isEqualTo(one.merge(two).toString());
    assertThat(one.count()).as("merge leaves its arguments unchanged").isEqualTo(2);
    assertThat(one.merge(one).coefficient()).isEqualTo(OptionalDouble.of(1));
  }

  @Test
  void add_outsideScores_refused() {
    Correlation correlation = Correlation.empty();

    assertThatThrownBy(() -> correlation.add(-1, 50)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> correlation.add(50, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(correlation.count()).isZero();
  }

  /** Pairs x₁, y₁, x₂, y₂… */
  static Correlation of(double... pairs) {
    Correlation correlation = Correlation.empty();
    for (int i = 0; i < pairs.length; i += 2) {
      correlation.add(pairs[i], pairs[i + 1]);
    }
    return correlation;
  }
}

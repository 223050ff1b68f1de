package io.github.indiko.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpreadTest {
  @Test
  void of_oddCount() {
    assertThat(Spread.of(5, 1, 4)).isEqualTo(new Spread(4, 1, 5));
  }

  @Test
  void of_evenCount() {
    assertThat(Spread.of(3, 10, 1, 4)).isEqualTo(new Spread(3.5, 1, 10));
  }

  @Test
  void of_leavesItsArgumentAlone() {
    double[] values = {2, 1};
    Spread.of(values);
    assertThat(values).containsExactly(2, 1);
  }

  @Test
  void of_nothing() {
    assertThatThrownBy(Spread::of).isInstanceOf(IllegalArgumentException.class);
  }
}

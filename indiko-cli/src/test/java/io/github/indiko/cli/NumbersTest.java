package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void score_halfway_roundsUp() {
    assertThat(Numbers.score(77.355)).isEqualTo("77.36");
    assertThat(Numbers.score(77.35492589868862)).isEqualTo("77.35");
    assertThat(Numbers.score(100)).isEqualTo("100.00");
  }

  @Test
  void weight_wholeOrDecimal_hasNoTrailingZeros() {
    assertThat(Numbers.weight(1.0)).isEqualTo("1");
    assertThat(Numbers.weight(0.6)).isEqualTo("0.6");
    assertThat(Numbers.weight(1000)).isEqualTo("1000");
  }

  @Test
  void quantile_sixDecimals_asScoringMdWritesThem() {
    assertThat(Numbers.quantile(1.959963984540054)).isEqualTo("1.959964");
    assertThat(Numbers.quantile(3.182446305284263)).isEqualTo("3.182446");
  }

  @Test
  void percent_confidenceLevel_withoutTrailingZeros() {
    assertThat(Numbers.percent(0.95)).isEqualTo("95");
    assertThat(Numbers.percent(0.9)).isEqualTo("90");
    assertThat(Numbers.percent(0.975)).isEqualTo("97.5");
  }
}

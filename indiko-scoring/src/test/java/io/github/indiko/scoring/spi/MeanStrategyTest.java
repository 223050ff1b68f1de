package io.github.indiko.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MeanStrategyTest {
  private static ItemStrategy strategy() {
    return Strategies.mean();
  }

  @Test
  void name_mean() {
    assertThat(strategy().name()).isEqualTo("mean");
  }

  @Test
  void finish_workedExample() {
    // scoring.md §5: 50, 75, 75, 100 → mean 75, sd 20.41, t₃ = 3.182446, [42.52, 100.00].
    ItemValue value = accumulate(strategy(), 50, 75, 75, 100).finish(0.95).orElseThrow();

    assertThat(value.value()).isEqualTo(75);
    assertThat(value.interval()).isNotNull();
    assertThat(value.interval().low())
        .isCloseTo(75 - 3.182446 * Math.sqrt(1250.0 / 3) / 2, within(1e-5))
        .isCloseTo(42.52, within(0.005));
    assertThat(value.interval().high()).isEqualTo(100);
  }

  @Test
  void finish_meanIgnoresFavourableFlag() {
    ItemAccumulator accumulator = strategy().empty();
    accumulator.add(40, true);
    accumulator.add(50, false);
    accumulator.add(60, true);

    ItemValue value = accumulator.finish(0.95).orElseThrow();

    // Mean 50, sd √((100 + 0 + 100)/2) = 10, t₂ = 4.302653: 50 ± 24.84.
    assertThat(value.value()).isEqualTo(50);
    assertThat(value.interval().low()).isCloseTo(50 - 4.302653 * 10 / Math.sqrt(3), within(1e-5));
    assertThat(value.interval().high()).isCloseTo(50 + 4.302653 * 10 / Math.sqrt(3), within(1e-5));
  }

  @Test
  void finish_oneScoreHasNoInterval() {
    ItemAccumulator accumulator = strategy().empty();
    accumulator.add(62.5, false);

    assertThat(accumulator.finish(0.95)).contains(new ItemValue(62.5, null));
  }

  @Test
  void add_scoreOutOfRange() {
    ItemAccumulator accumulator = strategy().empty();

    assertThatThrownBy(() -> accumulator.add(101, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("101");
  }

  @Test
  void configure_parameterRejected() {
    assertThatThrownBy(() -> strategy().configure(Map.of("trim", 0.1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mean")
        .hasMessageContaining("trim");
  }

  @Test
  void merge_topBoxAccumulatorRejected() {
    assertThatThrownBy(() -> strategy().empty().merge(Strategies.topBox().empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mean");
  }

  private static ItemAccumulator accumulate(ItemStrategy strategy, double... scores) {
    ItemAccumulator accumulator = strategy.empty();
    for (double score : scores) {
      accumulator.add(score, score >= 75);
    }
    return accumulator;
  }
}

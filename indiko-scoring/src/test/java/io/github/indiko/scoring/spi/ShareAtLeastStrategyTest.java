package io.github.indiko.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShareAtLeastStrategyTest {
  private static ItemStrategy strategy() {
    return Strategies.shareAtLeast();
  }

  @Test
  void name_shareAtLeast() {
    assertThat(strategy().name()).isEqualTo("share-at-least");
  }

  @Test
  void finish_defaultThresholdIsInclusive80() {
    ItemValue value = accumulate(strategy(), 100, 80, 79.99, 50, 0).finish(0.95).orElseThrow();

    assertThat(value.value()).isEqualTo(40);
    assertThat(value.interval()).isEqualTo(Intervals.wilson(2, 5, 0.95).orElseThrow());
  }

  @Test
  void finish_flagIgnored() {
    ItemAccumulator accumulator = strategy().empty();
    accumulator.add(90, false);
    accumulator.add(10, true);

    assertThat(accumulator.finish(0.95).orElseThrow().value()).isEqualTo(50);
  }

  @Test
  void configure_threshold() {
    ItemStrategy seventy = strategy().configure(Map.of("threshold", 70.0));
    double[] scores = {75, 70, 60, 100};

    assertThat(seventy).isEqualTo(Strategies.shareAtLeast(70));
    assertThat(accumulate(seventy, scores).finish(0.95).orElseThrow().value()).isEqualTo(75);
    assertThat(accumulate(strategy(), scores).finish(0.95).orElseThrow().value()).isEqualTo(25);
  }

  @Test
  void configure_integerThreshold() {
    assertThat(strategy().configure(Map.of("threshold", 60)))
        .isEqualTo(Strategies.shareAtLeast(60));
  }

  @Test
  void configure_noParameterKeepsThreshold() {
    ItemStrategy seventy = Strategies.shareAtLeast(70);

    assertThat(seventy.configure(Map.of())).isEqualTo(seventy);
  }

  @Test
  void configure_unknownParameter() {
    assertThatThrownBy(() -> strategy().configure(Map.of("threshold", 70.0, "cutoff", 3.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("strategy share-at-least takes only the parameter threshold, not cutoff");
  }

  @Test
  void configure_thresholdOutOfRange() {
    assertThatThrownBy(() -> strategy().configure(Map.of("threshold", 120.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter threshold of strategy share-at-least must lie in [0, 100]: 120.0");
    assertThatThrownBy(() -> strategy().configure(Map.of("threshold", Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
  }

  @Test
  void configure_thresholdNotANumber() {
    assertThatThrownBy(() -> strategy().configure(Map.of("threshold", "high")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "parameter threshold of strategy share-at-least must be a number in [0, 100]: high");
  }

  @Test
  void shareAtLeast_thresholdOutOfRange() {
    assertThatThrownBy(() -> Strategies.shareAtLeast(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1.0");
  }

  @Test
  void merge_otherThresholdRejected() {
    ItemAccumulator seventy = Strategies.shareAtLeast(70).empty();

    assertThatThrownBy(() -> strategy().empty().merge(seventy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("share-at-least");
  }

  @Test
  void merge_sameThresholdFromAnotherInstance() {
    ItemAccumulator first = Strategies.shareAtLeast(70).empty();
    first.add(70, false);
    ItemAccumulator second = strategy().configure(Map.of("threshold", 70.0)).empty();
    second.add(69, false);

    assertThat(first.merge(second).finish(0.95).orElseThrow().value()).isEqualTo(50);
  }

  private static ItemAccumulator accumulate(ItemStrategy strategy, double... scores) {
    ItemAccumulator accumulator = strategy.empty();
    for (double score : scores) {
      accumulator.add(score, score >= 75);
    }
    return accumulator;
  }
}

package io.github.indiko.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TopBoxStrategyTest {
  private static ItemStrategy strategy() {
    return Strategies.topBox();
  }

  @Test
  void name_topBox() {
    assertThat(strategy().name()).isEqualTo("top-box");
  }

  @Test
  void finish_45favourableOf50() {
    ItemAccumulator accumulator = strategy().empty();
    for (int i = 0; i < 50; i++) {
      accumulator.add(i < 45 ? 100 : 25, i < 45);
    }

    ItemValue value = accumulator.finish(0.95).orElseThrow();

    assertThat(value.value()).isEqualTo(90);
    assertThat(value.interval().low()).isCloseTo(78.64, within(0.005));
    assertThat(value.interval().high()).isCloseTo(95.65, within(0.005));
  }

  @Test
  void finish_noFavourableOf10() {
    ItemAccumulator accumulator = strategy().empty();
    for (int i = 0; i < 10; i++) {
      accumulator.add(50, false);
    }

    ItemValue value = accumulator.finish(0.95).orElseThrow();

    assertThat(value.value()).isZero();
    assertThat(value.interval().low()).isZero();
    assertThat(value.interval().high()).isCloseTo(27.75, within(0.005));
  }

  @Test
  void finish_flagDecidesNotScore() {
    ItemAccumulator accumulator = strategy().empty();
    accumulator.add(100, false);
    accumulator.add(0, true);
    accumulator.add(90, true);

    assertThat(accumulator.finish(0.95).orElseThrow().value()).isEqualTo(200.0 / 3);
  }

  @Test
  void finish_oneAnswerHasAnInterval() {
    ItemAccumulator accumulator = strategy().empty();
    accumulator.add(100, true);

    ItemValue value = accumulator.finish(0.95).orElseThrow();

    // Wilson with n = 1, x = 1: low = 1 / (1 + z²) = 0.206549.
    assertThat(value.value()).isEqualTo(100);
    assertThat(value.interval().low()).isCloseTo(100 / (1 + 1.959964 * 1.959964), within(1e-4));
    assertThat(value.interval().high()).isEqualTo(100);
  }

  @Test
  void configure_parameterRejected() {
    assertThatThrownBy(() -> strategy().configure(Map.of("box", 2.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("box");
  }

  @Test
  void merge_shareAtLeastAccumulatorRejected() {
    assertThatThrownBy(() -> strategy().empty().merge(Strategies.shareAtLeast().empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("top-box");
  }
}

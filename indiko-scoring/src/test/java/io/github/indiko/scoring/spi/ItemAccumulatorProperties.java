package io.github.indiko.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ItemAccumulatorProperties {
  private static final List<ItemStrategy> STRATEGIES =
      List.of(Strategies.mean(), Strategies.topBox(), Strategies.shareAtLeast(80));

  @Test
  void addCount_finishesAsAddingOneByOne() {
    // Each case: a strategy and a polarity, a score added count times, another score once.
    qt().forAll(
            integers().between(0, 2 * STRATEGIES.size() - 1),
            doubles().between(0, 100),
            integers().between(1, 200),
            doubles().between(0, 100))
        .checkAssert(
            (choice, score, count, other) -> {
              int strategy = choice / 2;
              boolean favourable = choice % 2 == 0;
              ItemAccumulator bulk = STRATEGIES.get(strategy).empty();
              bulk.add(other, !favourable);
              bulk.add(score, favourable, count);
              ItemAccumulator oneByOne = STRATEGIES.get(strategy).empty();
              oneByOne.add(other, !favourable);
              for (int i = 0; i < count; i++) {
                oneByOne.add(score, favourable);
              }

              assertThat(bulk.count()).isEqualTo(count + 1L);
              assertThat(bulk.finish(0.95)).isEqualTo(oneByOne.finish(0.95));
            });
  }

  @Test
  void addCount_defaultAddsOneByOne() {
    Recorded accumulator = new Recorded();
    accumulator.add(62.5, true, 3);
    accumulator.add(10, false, 1);

    assertThat(accumulator.added).containsExactly("62.5+", "62.5+", "62.5+", "10.0-");
  }

  @Test
  void addCount_refusesNoTime() {
    List<ItemAccumulator> accumulators = new ArrayList<>();
    STRATEGIES.forEach(strategy -> accumulators.add(strategy.empty()));
    accumulators.add(new Recorded());
    for (ItemAccumulator accumulator : accumulators) {
      assertThatThrownBy(() -> accumulator.add(50, true, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at least once");
      assertThat(accumulator.count()).isZero();
    }
  }

  /** Records every score it is given, one at a time: it keeps the interface's bulk default. */
  private static final class Recorded implements ItemAccumulator {
    private final List<String> added = new ArrayList<>();

    @Override
    public void add(double score, boolean favourable) {
      added.add(score + (favourable ? "+" : "-"));
    }

    @Override
    public ItemAccumulator merge(ItemAccumulator other) {
      throw new UnsupportedOperationException("not needed here");
    }

    @Override
    public long count() {
      return added.size();
    }

    @Override
    public Optional<ItemValue> finish(double confidence) {
      return Optional.empty();
    }
  }
}

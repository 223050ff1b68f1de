package io.github.indiko.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws every {@link ItemStrategy} must obey (scoring.md §3), for Indiko's built-ins and for
 * third-party strategies: extend this class in a test, implement {@link #strategy()}, and JUnit 5
 * runs every law on it. Published in the {@code indiko-scoring} test-jar; it needs JUnit 5, AssertJ
 * and QuickTheories on the test class path.
 *
 * <p>The laws run on generated lists of item scores in [0, 100] whose favourable flag is {@code
 * score ≥ 75}, and compare finished values bit for bit (records compare doubles by their bits).
 */
// Compiled into the module for its own tests, the kit's public signatures name JUnit and
// QuickTheories types of the unnamed module, which javac's "exports" lint would flag one by one.
@SuppressWarnings("exports")
public abstract class ItemStrategyContract {
  /** The confidence level at which the laws finish accumulators. */
  protected static final double CONFIDENCE = 0.95;

  /**
   * @return the strategy under test, configured as it should be checked
   */
  protected abstract ItemStrategy strategy();

  /**
   * One item score with a favourable flag consistent with it.
   *
   * @param score the item score in [0, 100]
   * @param favourable whether the answer is favourable
   */
  protected record Scored(double score, boolean favourable) {
    /**
     * @param score an item score in [0, 100]
     * @return the score, favourable when it is at least 75
     */
    public static Scored of(double score) {
      return new Scored(score, score >= 75);
    }
  }

  /**
   * @return lists of 0 to 40 scores, mixing any double in [0, 100] with the steps of 5
   */
  protected static Gen<List<Scored>> scoreLists() {
    return scoreLists(0);
  }

  /**
   * @param minimumSize the fewest scores in a list, at most 40
   * @return lists of {@code minimumSize} to 40 scores, mixing any double in [0, 100] with the
   *     steps of 5
   */
  protected static Gen<List<Scored>> scoreLists(int minimumSize) {
    Gen<Double> steps = integers().between(0, 20).map(step -> step * 5.0);
    return lists()
        .of(doubles().between(0, 100).mix(steps).map(Scored::of))
        .ofSizeBetween(minimumSize, 40);
  }

  /**
   * @param strategy a strategy
   * @param scores the scores to add, in order
   * @return a new accumulator of the strategy holding the scores
   */
  protected static ItemAccumulator accumulate(ItemStrategy strategy, List<Scored> scores) {
    ItemAccumulator accumulator = strategy.empty();
    scores.forEach(scored -> accumulator.add(scored.score(), scored.favourable()));
    return accumulator;
  }

  private Optional<ItemValue> finish(List<Scored> scores) {
    return accumulate(strategy(), scores).finish(CONFIDENCE);
  }

  @Test
  public void name_isNotBlank() {
    assertThat(strategy().name()).isNotBlank();
  }

  @Test
  public void empty_finishesToEmpty() {
    ItemAccumulator empty = strategy().empty();

    assertThat(empty.count()).isZero();
    assertThat(empty.finish(CONFIDENCE)).isEmpty();
  }

  @Test
  public void finish_valueExistsOnceAScoreIsAdded() {
    qt().forAll(scoreLists(1))
        .checkAssert(scores -> assertThat(finish(scores)).isPresent());
  }

  @Test
  public void count_countsAddedScores() {
    qt().forAll(scoreLists())
        .checkAssert(
            scores -> assertThat(accumulate(strategy(), scores).count()).isEqualTo(scores.size()));
  }

  @Test
  public void finish_isRepeatable() {
    qt().forAll(scoreLists())
        .checkAssert(
            scores -> {
              ItemAccumulator accumulator = accumulate(strategy(), scores);

              assertThat(accumulator.finish(CONFIDENCE))
                  .isEqualTo(accumulator.finish(CONFIDENCE))
                  .isEqualTo(finish(scores));
            });
  }

  @Test
  public void finish_sameForAnyPermutation() {
    qt().forAll(scoreLists(), longs().all())
        .checkAssert(
            (scores, seed) -> {
              List<Scored> shuffled = new ArrayList<>(scores);
              Collections.shuffle(shuffled, new Random(seed));

              assertThat(finish(shuffled)).isEqualTo(finish(scores));
            });
  }

  @Test
  public void merge_sameAsOneAccumulator() {
    qt().forAll(scoreLists(), integers().between(0, 40))
        .checkAssert(
            (scores, at) -> {
              int split = Math.min(at, scores.size());
              ItemAccumulator first = accumulate(strategy(), scores.subList(0, split));
              ItemAccumulator second =
                  accumulate(strategy(), scores.subList(split, scores.size()));

              ItemAccumulator merged = first.merge(second);

              assertThat(merged.count()).isEqualTo(scores.size());
              assertThat(merged.finish(CONFIDENCE)).isEqualTo(finish(scores));
            });
  }

  @Test
  public void merge_isAssociative() {
    qt().forAll(scoreLists(), scoreLists(), scoreLists())
        .checkAssert(
            (a, b, c) -> {
              ItemAccumulator left =
                  accumulate(strategy(), a)
                      .merge(accumulate(strategy(), b))
                      .merge(accumulate(strategy(), c));
              ItemAccumulator right =
                  accumulate(strategy(), a)
                      .merge(accumulate(strategy(), b).merge(accumulate(strategy(), c)));

              assertThat(left.finish(CONFIDENCE)).isEqualTo(right.finish(CONFIDENCE));
            });
  }

  @Test
  public void merge_isCommutative() {
    qt().forAll(scoreLists(), scoreLists())
        .checkAssert(
            (a, b) -> {
              ItemAccumulator ab = accumulate(strategy(), a).merge(accumulate(strategy(), b));
              ItemAccumulator ba = accumulate(strategy(), b).merge(accumulate(strategy(), a));

              assertThat(ab.finish(CONFIDENCE)).isEqualTo(ba.finish(CONFIDENCE));
            });
  }

  @Test
  public void merge_emptyIsIdentity() {
    qt().forAll(scoreLists())
        .checkAssert(
            scores -> {
              ItemAccumulator accumulator = accumulate(strategy(), scores);
              Optional<ItemValue> alone = accumulator.finish(CONFIDENCE);

              assertThat(accumulator.merge(strategy().empty()).finish(CONFIDENCE)).isEqualTo(alone);
              assertThat(strategy().empty().merge(accumulator).finish(CONFIDENCE)).isEqualTo(alone);
            });
  }

  @Test
  public void merge_leavesArgumentsUnchanged() {
    qt().forAll(scoreLists(), scoreLists())
        .checkAssert(
            (a, b) -> {
              ItemAccumulator first = accumulate(strategy(), a);
              ItemAccumulator second = accumulate(strategy(), b);

              first.merge(second).add(100, true);

              assertThat(first.count()).isEqualTo(a.size());
              assertThat(second.count()).isEqualTo(b.size());
              assertThat(first.finish(CONFIDENCE)).isEqualTo(finish(a));
              assertThat(second.finish(CONFIDENCE)).isEqualTo(finish(b));
            });
  }

  @Test
  public void merge_rejectsAnotherStrategysAccumulator() {
    ItemAccumulator foreign = new ForeignAccumulator();

    assertThatThrownBy(() -> strategy().empty().merge(foreign))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  public void finish_valueAndIntervalInRange() {
    qt().forAll(scoreLists())
        .checkAssert(
            scores ->
                finish(scores)
                    .ifPresent(
                        value -> {
                          assertThat(value.value()).isBetween(0.0, 100.0);
                          Interval interval = value.interval();
                          if (interval != null) {
                            assertThat(interval.low()).isBetween(0.0, 100.0);
                            assertThat(interval.high()).isBetween(interval.low(), 100.0);
                          }
                        }));
  }

  @Test
  public void finish_neverLowerWhenAScoreRises() {
    qt().forAll(
            scoreLists(1),
            integers().between(0, 39),
            doubles().between(0, 100))
        .checkAssert(
            (scores, at, rise) -> {
              int index = at % scores.size();
              List<Scored> raised = new ArrayList<>(scores);
              raised.set(index, Scored.of(Math.min(100, scores.get(index).score() + rise)));

              assertThat(finish(raised).orElseThrow().value())
                  .isGreaterThanOrEqualTo(finish(scores).orElseThrow().value());
            });
  }

  @Test
  public void configure_noParameterGivesAnEquivalentStrategy() {
    ItemStrategy configured = strategy().configure(Map.of());

    assertThat(configured.name()).isEqualTo(strategy().name());
    qt().forAll(scoreLists())
        .checkAssert(
            scores ->
                assertThat(accumulate(configured, scores).finish(CONFIDENCE))
                    .isEqualTo(finish(scores)));
  }

  /** An accumulator no strategy under test created. */
  private static final class ForeignAccumulator implements ItemAccumulator {
    @Override
    public void add(double score, boolean favourable) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ItemAccumulator merge(ItemAccumulator other) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long count() {
      return 0;
    }

    @Override
    public Optional<ItemValue> finish(double confidence) {
      return Optional.empty();
    }
  }
}

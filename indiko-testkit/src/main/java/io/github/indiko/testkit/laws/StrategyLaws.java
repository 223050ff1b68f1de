package io.github.indiko.testkit.laws;

import io.github.indiko.scoring.spi.Interval;
import io.github.indiko.scoring.spi.ItemAccumulator;
import io.github.indiko.scoring.spi.ItemStrategy;
import io.github.indiko.scoring.spi.ItemValue;
import io.github.indiko.testkit.property.Gen;
import io.github.indiko.testkit.property.Property;
import io.github.indiko.testkit.property.PropertyViolation;
import io.github.indiko.testkit.property.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * The laws every {@link ItemStrategy} obeys (scoring.md §3), as JUnit 5 dynamic tests that need no
 * property-testing engine. Point them at a strategy from a test factory:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> medianLaws() {
 *   return StrategyLaws.of(new MedianStrategy());
 * }
 * }</pre>
 *
 * <p>The laws add generated item scores in [0, 100] with any favourable flag, finish at the
 * confidence {@link #CONFIDENCE} (the range law at several), and compare finished values bit for
 * bit. A law that fails throws a {@link PropertyViolation} whose message names the law, the
 * strategy, the seed and the shrunk counterexample (lists of scores, a favourable one marked {@code
 * +}).
 */
public final class StrategyLaws {
  /** The confidence level at which the laws finish accumulators. */
  public static final double CONFIDENCE = 0.95;

  private static final List<Double> CONFIDENCES = List.of(0.5, 0.8, CONFIDENCE, 0.99);
  private static final int MOST_SCORES = 20;

  private final ItemStrategy strategy;
  private final Settings settings;

  private StrategyLaws(ItemStrategy strategy, Settings settings) {
    this.strategy = Objects.requireNonNull(strategy, "strategy");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * @param strategy the strategy under test, configured as it should be checked
   * @return one dynamic test per law, checked with {@link Settings#defaults()}
   */
  public static Stream<DynamicTest> of(ItemStrategy strategy) {
    return of(strategy, Settings.defaults());
  }

  /**
   * @param strategy the strategy under test, configured as it should be checked
   * @param settings the seed, number of examples and shrink budget of every law
   * @return one dynamic test per law, named after the law
   */
  public static Stream<DynamicTest> of(ItemStrategy strategy, Settings settings) {
    StrategyLaws laws = new StrategyLaws(strategy, settings);
    return Stream.of(
        law("name is not blank", laws::nameIsNotBlank),
        law("configure with no parameter is equivalent", laws::configureWithNoParameter),
        law("empty finishes to empty", laws::emptyFinishesToEmpty),
        law("count and presence", laws::countAndPresence),
        law("determinism", laws::determinism),
        law("order independence", laws::orderIndependence),
        law("split invariance", laws::splitInvariance),
        law("merge is associative", laws::mergeIsAssociative),
        law("merge is commutative", laws::mergeIsCommutative),
        law("empty is the identity of merge", laws::emptyIsIdentity),
        law("merge leaves its arguments unchanged", laws::mergeLeavesArguments),
        law("merge rejects a foreign accumulator", laws::mergeRejectsForeign),
        law("range", laws::range),
        law("monotonicity", laws::monotonicity));
  }

  /**
   * @return item scores: any value in [0, 100] (a quarter whole numbers), any favourable flag
   */
  public static Gen<Score> scores() {
    return Gen.zip(Gen.doubles(0, 100), Gen.booleans(), Score::new);
  }

  /**
   * @param min the fewest scores
   * @param max the most scores
   * @return lists of {@link #scores()}
   */
  public static Gen<List<Score>> scoreLists(int min, int max) {
    return Gen.lists(scores(), min, max);
  }

  private static DynamicTest law(String name, Consumer<String> check) {
    Executable executable = () -> check.accept(name);
    return DynamicTest.dynamicTest(name, executable);
  }

  private String title(String law) {
    return String.format(Locale.ROOT, "law '%s' of strategy '%s'", law, strategy.name());
  }

  private <T> void check(String law, Gen<T> examples, Consumer<T> property) {
    Property.check(title(law), examples, property, settings);
  }

  private AssertionError broken(String law, String message) {
    return new AssertionError(title(law) + " failed: " + message);
  }

  private void nameIsNotBlank(String law) {
    if (strategy.name().isBlank()) {
      throw broken(law, "the name is blank: '" + strategy.name() + "'");
    }
  }

  private void configureWithNoParameter(String law) {
    ItemStrategy configured = strategy.configure(Map.of());
    if (!configured.name().equals(strategy.name())) {
      throw broken(law, "configure(Map.of()) renamed it " + configured.name());
    }
    check(
        law,
        scoreLists(0, MOST_SCORES),
        scores -> same(finish(accumulate(configured, scores)), finish(scores), "configured"));
  }

  private void emptyFinishesToEmpty(String law) {
    ItemAccumulator empty = strategy.empty();
    if (empty.count() != 0) {
      throw broken(law, "empty().count() is " + empty.count());
    }
    Optional<ItemValue> value = empty.finish(CONFIDENCE);
    if (value.isPresent()) {
      throw broken(law, "empty() finishes to " + value.get());
    }
  }

  private void countAndPresence(String law) {
    check(
        law,
        scoreLists(0, MOST_SCORES),
        scores -> {
          ItemAccumulator accumulator = accumulate(strategy, scores);
          if (accumulator.count() != scores.size()) {
            throw new AssertionError(
                "count() is " + accumulator.count() + " after " + scores.size() + " scores");
          }
          if (finish(accumulator).isPresent() == scores.isEmpty()) {
            throw new AssertionError(
                "finish gives " + finish(accumulator) + " after " + scores.size() + " scores");
          }
        });
  }

  private void determinism(String law) {
    check(
        law,
        scoreLists(0, MOST_SCORES),
        scores -> {
          ItemAccumulator accumulator = accumulate(strategy, scores);
          Optional<ItemValue> first = finish(accumulator);
          same(finish(accumulator), first, "a second finish");
          same(
              finish(accumulate(strategy, scores)),
              first,
              "another accumulator of the same scores");
        });
  }

  private void orderIndependence(String law) {
    check(
        law,
        scoreLists(0, MOST_SCORES)
            .flatMap(scores -> Gen.permutations(scores).map(order -> new Reordered(scores, order))),
        reordered ->
            same(
                finish(reordered.reordered()), finish(reordered.scores()), "the reordered scores"));
  }

  private void splitInvariance(String law) {
    check(
        law,
        Gen.lists(scoreLists(0, MOST_SCORES / 2), 1, 4),
        parts -> {
          ItemAccumulator merged = strategy.empty();
          List<Score> all = new ArrayList<>();
          for (List<Score> part : parts) {
            merged = merged.merge(accumulate(strategy, part));
            all.addAll(part);
          }
          if (merged.count() != all.size()) {
            throw new AssertionError(
                "the merged parts count " + merged.count() + " scores, not " + all.size());
          }
          same(finish(merged), finish(all), "the merged parts");
        });
  }

  private void mergeIsAssociative(String law) {
    check(
        law,
        Gen.lists(scoreLists(0, MOST_SCORES), 3, 3),
        abc -> {
          ItemAccumulator left =
              accumulate(strategy, abc.get(0))
                  .merge(accumulate(strategy, abc.get(1)))
                  .merge(accumulate(strategy, abc.get(2)));
          ItemAccumulator right =
              accumulate(strategy, abc.get(0))
                  .merge(accumulate(strategy, abc.get(1)).merge(accumulate(strategy, abc.get(2))));
          same(finish(right), finish(left), "a.merge(b.merge(c))");
        });
  }

  private void mergeIsCommutative(String law) {
    check(
        law,
        Gen.lists(scoreLists(0, MOST_SCORES), 2, 2),
        ab -> {
          ItemAccumulator a = accumulate(strategy, ab.get(0));
          ItemAccumulator b = accumulate(strategy, ab.get(1));
          same(finish(b.merge(a)), finish(a.merge(b)), "b.merge(a)");
        });
  }

  private void emptyIsIdentity(String law) {
    check(
        law,
        scoreLists(0, MOST_SCORES),
        scores -> {
          Optional<ItemValue> alone = finish(scores);
          same(
              finish(accumulate(strategy, scores).merge(strategy.empty())),
              alone,
              "a.merge(empty)");
          same(
              finish(strategy.empty().merge(accumulate(strategy, scores))),
              alone,
              "empty.merge(a)");
        });
  }

  private void mergeLeavesArguments(String law) {
    check(
        law,
        Gen.lists(scoreLists(0, MOST_SCORES), 2, 2),
        ab -> {
          ItemAccumulator a = accumulate(strategy, ab.get(0));
          ItemAccumulator b = accumulate(strategy, ab.get(1));
          a.merge(b).add(100, true);
          if (a.count() != ab.get(0).size() || b.count() != ab.get(1).size()) {
            throw new AssertionError(
                "after a.merge(b).add(100, true), a counts " + a.count() + " and b " + b.count());
          }
          same(finish(a), finish(ab.get(0)), "a after a.merge(b).add(100, true)");
          same(finish(b), finish(ab.get(1)), "b after a.merge(b).add(100, true)");
        });
  }

  private void mergeRejectsForeign(String law) {
    try {
      strategy.empty().merge(new ForeignAccumulator());
    } catch (IllegalArgumentException expected) {
      return;
    }
    throw broken(
        law, "merging an accumulator of another strategy threw no IllegalArgumentException");
  }

  private void range(String law) {
    check(
        law,
        scoreLists(1, MOST_SCORES),
        scores -> {
          ItemAccumulator accumulator = accumulate(strategy, scores);
          for (double confidence : CONFIDENCES) {
            finish(accumulator, confidence).ifPresent(value -> inRange(value, confidence));
          }
        });
  }

  private static void inRange(ItemValue value, double confidence) {
    Interval interval = value.interval();
    if (interval != null && !(interval.low() >= 0 && interval.high() <= 100)) {
      throw new AssertionError(
          String.format(
              Locale.ROOT,
              "at confidence %s the interval [%s, %s] leaves [0, 100]",
              confidence,
              interval.low(),
              interval.high()));
    }
  }

  private void monotonicity(String law) {
    check(
        law,
        scoreLists(1, MOST_SCORES)
            .flatMap(
                scores ->
                    Gen.ints(0, scores.size() - 1)
                        .flatMap(
                            at -> {
                              Score old = scores.get(at);
                              return Gen.zip(
                                  Gen.doubles(old.value(), 100),
                                  Gen.booleans(),
                                  (value, becomesFavourable) ->
                                      new Raised(
                                          scores,
                                          at,
                                          new Score(value, old.favourable() || becomesFavourable)));
                            })),
        raised -> {
          List<Score> higher = new ArrayList<>(raised.scores());
          higher.set(raised.at(), raised.to());
          Optional<ItemValue> before = finish(raised.scores());
          Optional<ItemValue> after = finish(higher);
          if (before.isPresent()
              && after.isPresent()
              && after.get().value() < before.get().value()) {
            throw new AssertionError(
                "the value fell from " + before.get().value() + " to " + after.get().value());
          }
        });
  }

  private Optional<ItemValue> finish(List<Score> scores) {
    return finish(accumulate(strategy, scores));
  }

  private static Optional<ItemValue> finish(ItemAccumulator accumulator) {
    return finish(accumulator, CONFIDENCE);
  }

  private static Optional<ItemValue> finish(ItemAccumulator accumulator, double confidence) {
    return Objects.requireNonNull(accumulator.finish(confidence), "finish returned null");
  }

  private static ItemAccumulator accumulate(ItemStrategy strategy, List<Score> scores) {
    ItemAccumulator accumulator = strategy.empty();
    scores.forEach(score -> accumulator.add(score.value(), score.favourable()));
    return accumulator;
  }

  private static void same(Optional<ItemValue> actual, Optional<ItemValue> expected, String what) {
    if (!actual.equals(expected)) {
      throw new AssertionError(
          what + " finished to " + describe(actual) + ", expected " + describe(expected));
    }
  }

  private static String describe(Optional<ItemValue> value) {
    return value.map(ItemValue::toString).orElse("no value");
  }

  /** Scores and the same scores in another order. */
  private record Reordered(List<Score> scores, List<Score> reordered) {
    @Override
    public String toString() {
      return scores + " reordered " + reordered;
    }
  }

  /** Scores with the one at {@code at} raised to {@code to}. */
  private record Raised(List<Score> scores, int at, Score to) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s with score %d raised to %s", scores, at, to);
    }
  }

  /** An accumulator that no strategy under test created. */
  private static final class ForeignAccumulator implements ItemAccumulator {
    @Override
    public void add(double score, boolean favourable) {
      throw new UnsupportedOperationException("a foreign accumulator takes no score");
    }

    @Override
    public ItemAccumulator merge(ItemAccumulator other) {
      throw new UnsupportedOperationException("a foreign accumulator does not merge");
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

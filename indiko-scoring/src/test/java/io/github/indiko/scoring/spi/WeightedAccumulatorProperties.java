package io.github.indiko.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.indiko.scoring.spi.WeightedStatistics.Polarity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of weighted accumulators (analysis.md §A3, Weighted statistics): scale, order and split
 * independence, the unweighted case, and the refusal to mix weighted and unweighted scores.
 */
class WeightedAccumulatorProperties {
  private static final List<ItemStrategy> STRATEGIES =
      List.of(Strategies.mean(), Strategies.topBox(), Strategies.shareAtLeast(80));
  private static final double CONFIDENCE = 0.95;

  /** {@code count} responses of one score, weight and favourable flag. */
  private record Term(double score, double weight, long count, boolean favourable) {}

  @Test
  void finish_everyWeightTimesAPowerOfTwo_sameBits() {
    qt().forAll(strategies(), terms(), integers().between(-20, 20))
        .checkAssert(
            (strategy, terms, exponent) -> {
              double scale = Math.scalb(1.0, exponent);
              List<Term> scaled = new ArrayList<>();
              terms.forEach(
                  term ->
                      scaled.add(
                          new Term(
                              term.score(),
                              term.weight() * scale,
                              term.count(),
                              term.favourable())));

              assertThat(finish(strategy, scaled)).isEqualTo(finish(strategy, terms));
              assertSameStatistics(statistics(scaled), statistics(terms));
            });
  }

  @Test
  void finish_everyWeightOne_nEffectiveIsNAndTheUnweightedValue() {
    qt().forAll(strategies(), terms())
        .checkAssert(
            (strategy, generated) -> {
              List<Term> terms = new ArrayList<>();
              generated.forEach(
                  term -> terms.add(new Term(term.score(), 1, term.count(), term.favourable())));
              ItemAccumulator unweighted = strategy.empty();
              terms.forEach(
                  term -> unweighted.add(term.score(), term.favourable(), term.count()));
              ItemValue plain = unweighted.finish(CONFIDENCE).orElseThrow();
              ItemValue weighted = finish(strategy, terms).orElseThrow();
              long n = terms.stream().mapToLong(Term::count).sum();

              assertThat(weighted.nEffective()).isEqualTo((double) n);
              if (strategy.name().equals("mean")) {
                // Within 1e-12 of the real mean; the unweighted mean is on ExactSum's 2⁻³² grid,
                // within 2⁻³³ of it (scoring.md §2, Settled readings).
                assertThat(weighted.value()).isCloseTo(exactMean(terms), within(1e-12));
                assertThat(weighted.value()).isCloseTo(plain.value(), within(0x1p-33 + 1e-12));
              } else {
                // Shares of whole weights are the unweighted shares, bit for bit.
                assertThat(weighted)
                    .isEqualTo(new ItemValue(plain.value(), plain.interval(), (double) n));
              }
            });
  }

  @Test
  void finish_anyOrderAndSplit_sameBits() {
    qt().forAll(strategies(), terms(), integers().between(1, 4), longs().all())
        .checkAssert(
            (strategy, terms, parts, seed) -> {
              Random random = new Random(seed);
              List<ItemAccumulator> accumulators = new ArrayList<>();
              for (int i = 0; i < parts; i++) {
                accumulators.add(strategy.empty());
              }
              List<Term> shuffled = new ArrayList<>(terms);
              Collections.shuffle(shuffled, random);
              for (Term term : shuffled) {
                // Each term's count split in two, each part to any accumulator.
                long first = 1 + random.nextLong(term.count());
                add(accumulators.get(random.nextInt(parts)), term, first);
                if (first < term.count()) {
                  add(accumulators.get(random.nextInt(parts)), term, term.count() - first);
                }
              }
              Collections.shuffle(accumulators, random);
              ItemAccumulator merged = strategy.empty();
              for (ItemAccumulator accumulator : accumulators) {
                merged =
                    random.nextBoolean() ? merged.merge(accumulator) : accumulator.merge(merged);
              }

              assertThat(merged.count()).isEqualTo(terms.stream().mapToLong(Term::count).sum());
              assertThat(merged.finish(CONFIDENCE)).isEqualTo(finish(strategy, terms));
            });
  }

  @Test
  void add_mixingWeightedAndUnweighted_refused() {
    qt().forAll(strategies(), doubles().between(0, 100), booleans().all())
        .checkAssert(
            (strategy, score, favourable) -> {
              ItemAccumulator plain = strategy.empty();
              plain.add(score, favourable);
              ItemAccumulator weighted = strategy.empty();
              weighted.add(score, favourable, 2, 0.5);

              assertThatThrownBy(() -> plain.add(score, favourable, 1, 1.0))
                  .isInstanceOf(IllegalStateException.class)
                  .hasMessageContaining(strategy.name());
              assertThatThrownBy(() -> weighted.add(score, favourable))
                  .isInstanceOf(IllegalStateException.class);
              assertThatThrownBy(() -> weighted.add(score, favourable, 3))
                  .isInstanceOf(IllegalStateException.class);
              assertThatThrownBy(() -> weighted.merge(plain))
                  .isInstanceOf(IllegalStateException.class);
              assertThatThrownBy(() -> plain.merge(weighted))
                  .isInstanceOf(IllegalStateException.class);
              assertThat(plain.count()).isEqualTo(1);
              assertThat(weighted.count()).isEqualTo(2);
              assertThat(strategy.empty().merge(weighted).finish(CONFIDENCE))
                  .isEqualTo(weighted.finish(CONFIDENCE));
              assertThat(weighted.merge(strategy.empty()).finish(CONFIDENCE))
                  .isEqualTo(weighted.finish(CONFIDENCE));
            });
  }

  @Test
  void addWeighted_badArguments_refusedAndNothingAdded() {
    for (ItemStrategy strategy : STRATEGIES) {
      ItemAccumulator accumulator = strategy.empty();

      assertThatThrownBy(() -> accumulator.add(50, true, 1, -0.5))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> accumulator.add(50, true, 1, Double.POSITIVE_INFINITY))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> accumulator.add(101, true, 1, 1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> accumulator.add(50, true, 0, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at least once");
      assertThat(accumulator.count()).isZero();
      assertThat(accumulator.finish(CONFIDENCE)).isEmpty();
    }
  }

  @Test
  void finish_everyWeightZero_noValue() {
    for (ItemStrategy strategy : STRATEGIES) {
      ItemAccumulator accumulator = strategy.empty();
      accumulator.add(50, true, 3, 0);

      assertThat(accumulator.count()).isEqualTo(3);
      assertThat(accumulator.finish(CONFIDENCE)).isEmpty();
    }
  }

  @Test
  void acceptsWeights_builtInsYesOthersByDefaultNo() {
    List<ItemStrategy> builtIns = new ArrayList<>(Strategies.builtIns());
    builtIns.add(Strategies.shareAtLeast().configure(Map.of("threshold", 70.0)));
    ServiceLoader.load(ItemStrategy.class).forEach(builtIns::add);
    ItemStrategy custom = new Recorded();

    assertThat(builtIns).hasSizeGreaterThanOrEqualTo(7).allMatch(ItemStrategy::acceptsWeights);
    assertThat(custom.acceptsWeights()).isFalse();
  }

  @Test
  void addWeighted_defaultAccumulator_unsupportedNamingTheContract() {
    ItemAccumulator accumulator = new Recorded();

    assertThatThrownBy(() -> accumulator.add(50, true, 1, 1.0))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("acceptsWeights()")
        .hasMessageContaining(Recorded.class.getName());
  }

  @Test
  void itemValue_twoArguments_noEffectiveSize() {
    assertThat(new ItemValue(50, null).nEffective()).isNull();
    assertThat(new ItemValue(50, null)).isEqualTo(new ItemValue(50, null, null));
    assertThatThrownBy(() -> new ItemValue(50, null, 0.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ItemValue(50, null, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void weightedWilson_wholeShare_isWilsonBitForBit() {
    qt().forAll(longs().between(1, 1_000_000), doubles().between(0, 1))
        .checkAssert(
            (n, fraction) -> {
              long x = Math.round(fraction * n);

              assertThat(Intervals.weightedWilson((double) x / n, n, CONFIDENCE))
                  .isEqualTo(Intervals.wilson(x, n, CONFIDENCE).orElseThrow());
            });
  }

  private static double exactMean(List<Term> terms) {
    BigDecimal sum = BigDecimal.ZERO;
    long n = 0;
    for (Term term : terms) {
      sum = sum.add(new BigDecimal(term.score()).multiply(BigDecimal.valueOf(term.count())));
      n += term.count();
    }
    return sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128).doubleValue();
  }

  private static void add(ItemAccumulator accumulator, Term term, long count) {
    accumulator.add(term.score(), term.favourable(), count, term.weight());
  }

  private static Optional<ItemValue> finish(ItemStrategy strategy, List<Term> terms) {
    ItemAccumulator accumulator = strategy.empty();
    terms.forEach(term -> add(accumulator, term, term.count()));
    return accumulator.finish(CONFIDENCE);
  }

  private static WeightedStatistics statistics(List<Term> terms) {
    WeightedStatistics statistics = WeightedStatistics.empty();
    terms.forEach(
        term ->
            statistics.add(
                term.score(),
                term.weight(),
                term.count(),
                term.favourable() ? Polarity.FAVOURABLE : Polarity.UNFAVOURABLE));
    return statistics;
  }

  private static void assertSameStatistics(WeightedStatistics actual, WeightedStatistics expected) {
    assertThat(actual.mean()).isEqualTo(expected.mean());
    assertThat(actual.nEffective()).isEqualTo(expected.nEffective());
    assertThat(actual.standardError()).isEqualTo(expected.standardError());
    assertThat(actual.share()).isEqualTo(expected.share());
    assertThat(actual.net()).isEqualTo(expected.net());
    assertThat(actual.nps()).isEqualTo(expected.nps());
    assertThat(actual.npsStandardError()).isEqualTo(expected.npsStandardError());
    assertThat(actual.npsInterval(CONFIDENCE)).isEqualTo(expected.npsInterval(CONFIDENCE));
  }

  private static Gen<ItemStrategy> strategies() {
    return integers().between(0, STRATEGIES.size() - 1).map(STRATEGIES::get);
  }

  /** One to eight terms: whole or any scores, weights like raking's (some 1, rarely 0). */
  private static Gen<List<Term>> terms() {
    Gen<Double> scores =
        integers()
            .between(0, 10)
            .zip(
                doubles().between(0, 100),
                booleans().all(),
                (k, any, whole) -> whole ? 10.0 * k : any);
    Gen<Double> weights =
        integers()
            .between(0, 9)
            .zip(doubles().between(0.01, 8), (k, any) -> k == 0 ? 1.0 : k == 1 ? 0.0 : any);
    Gen<Term> term = scores.zip(weights, longs().between(1, 30), booleans().all(), Term::new);
    return lists().of(term).ofSizeBetween(1, 8);
  }

  /** Records nothing: an accumulator keeping the interface's defaults. */
  private static final class Recorded implements ItemStrategy, ItemAccumulator {
    @Override
    public String name() {
      return "recorded";
    }

    @Override
    public ItemAccumulator empty() {
      return new Recorded();
    }

    @Override
    public void add(double score, boolean favourable) {}

    @Override
    public ItemAccumulator merge(ItemAccumulator other) {
      return this;
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

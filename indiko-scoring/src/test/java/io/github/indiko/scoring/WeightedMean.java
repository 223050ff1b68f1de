package io.github.indiko.scoring;

import io.github.indiko.scoring.spi.FSum;
import io.github.indiko.scoring.spi.Interval;
import io.github.indiko.scoring.spi.Intervals;
import io.github.indiko.scoring.spi.ItemAccumulator;
import io.github.indiko.scoring.spi.ItemStrategy;
import io.github.indiko.scoring.spi.ItemValue;
import io.github.indiko.scoring.spi.Strategies;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code mean} strategy that accepts weights, for the tests of the weighting's wiring: unweighted
 * scores go to the built-in {@code mean}; weighted terms give the weighted mean and its linearised
 * Student t interval of analysis.md §A3 (Weighted statistics), every sum correctly rounded.
 */
record WeightedMean() implements ItemStrategy {
  @Override
  public String name() {
    return "mean";
  }

  @Override
  public boolean acceptsWeights() {
    return true;
  }

  @Override
  public ItemAccumulator empty() {
    return new Accumulator(Strategies.mean().empty(), new ArrayList<>());
  }

  /** A weighted term: {@code count} scores {@code score} of weight {@code weight}. */
  record Term(double score, long count, double weight) {}

  private record Accumulator(ItemAccumulator plain, List<Term> terms) implements ItemAccumulator {
    @Override
    public void add(double score, boolean favourable) {
      plain.add(score, favourable);
    }

    @Override
    public void add(double score, boolean favourable, long count, double weight) {
      terms.add(new Term(score, count, weight));
    }

    @Override
    public ItemAccumulator merge(ItemAccumulator other) {
      Accumulator that = (Accumulator) other;
      List<Term> both = new ArrayList<>(terms);
      both.addAll(that.terms);
      return new Accumulator(plain.merge(that.plain), both);
    }

    @Override
    public long count() {
      return plain.count() + terms.stream().mapToLong(Term::count).sum();
    }

    @Override
    public Optional<ItemValue> finish(double confidence) {
      if (terms.isEmpty()) {
        return plain.finish(confidence);
      }
      FSum weights = FSum.empty();
      FSum scores = FSum.empty();
      long n = 0;
      for (Term term : terms) {
        weights.add(term.weight(), term.count());
        scores.add(term.weight() * term.score(), term.count());
        n += term.count();
      }
      double w = weights.sum();
      double mean = Math.min(100, Math.max(0, scores.sum() / w));
      if (n < 2) {
        return Optional.of(new ItemValue(mean, null));
      }
      FSum deviations = FSum.empty();
      for (Term term : terms) {
        double deviation = term.score() - mean;
        deviations.add((term.weight() * term.weight()) * (deviation * deviation), term.count());
      }
      double se = Math.sqrt((double) n / (n - 1) * deviations.sum()) / w;
      double half = Intervals.t(n - 1, confidence) * se;
      return Optional.of(
          new ItemValue(
              mean, new Interval(Math.max(0, mean - half), Math.min(100, mean + half))));
    }
  }
}

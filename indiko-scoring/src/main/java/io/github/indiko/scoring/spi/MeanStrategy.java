package io.github.indiko.scoring.spi;

import java.util.Optional;

/** The {@code mean} strategy: the mean item score, with its Student t interval. */
record MeanStrategy() implements ItemStrategy {
  static final String NAME = "mean";

  @Override
  public String name() {
    return NAME;
  }

  /** Accepts weights: the weighted value and interval of analysis.md §A3, Weighted statistics. */
  @Override
  public boolean acceptsWeights() {
    return true;
  }

  @Override
  public ItemAccumulator empty() {
    return new Accumulator(ExactSum.empty(), WeightedStatistics.empty());
  }

  /**
   * Unweighted, the exact mean of {@link ExactSum} and its Student t interval (scoring.md §3);
   * weighted, the weighted mean and its t interval with the linearised standard error of {@link
   * WeightedStatistics}.
   */
  private static final class Accumulator implements ItemAccumulator {
    private final ExactSum sum;
    private final WeightedStatistics weighted;

    Accumulator(ExactSum sum, WeightedStatistics weighted) {
      this.sum = sum;
      this.weighted = weighted;
    }

    @Override
    public void add(double score, boolean favourable) {
      Accumulators.checkSameKind(NAME, isWeighted(), false, count() > 0);
      sum.add(score);
    }

    @Override
    public void add(double score, boolean favourable, long count) {
      Accumulators.checkSameKind(NAME, isWeighted(), false, count() > 0);
      sum.add(score, count);
    }

    @Override
    public void add(double score, boolean favourable, long count, double weight) {
      Accumulators.checkScore(score);
      Accumulators.checkCount(count);
      Accumulators.checkSameKind(NAME, isWeighted(), true, count() > 0);
      weighted.add(score, weight, count, WeightedStatistics.Polarity.NEUTRAL);
    }

    @Override
    public ItemAccumulator merge(ItemAccumulator other) {
      if (!(other instanceof Accumulator that)) {
        throw Accumulators.foreign(NAME, other);
      }
      if (that.count() > 0) {
        Accumulators.checkSameKind(NAME, isWeighted(), that.isWeighted(), count() > 0);
      }
      return new Accumulator(sum.merge(that.sum), weighted.merge(that.weighted));
    }

    @Override
    public long count() {
      return sum.count() + weighted.count();
    }

    @Override
    public Optional<ItemValue> finish(double confidence) {
      if (isWeighted()) {
        return finishWeighted(confidence);
      }
      if (sum.count() == 0) {
        return Optional.empty();
      }
      double mean = sum.mean();
      Interval interval =
          Intervals.studentT(mean, sum.sampleStandardDeviation(), sum.count(), confidence)
              .orElse(null);
      return Optional.of(new ItemValue(mean, interval));
    }

    private Optional<ItemValue> finishWeighted(double confidence) {
      Interval interval = weighted.meanInterval(confidence).orElse(null);
      if (weighted.mean().isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new ItemValue(
              weighted.mean().getAsDouble(),
              interval,
              weighted.nEffective().getAsDouble()));
    }

    private boolean isWeighted() {
      return weighted.count() > 0;
    }
  }
}

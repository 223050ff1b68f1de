package io.github.indiko.scoring.spi;

import java.util.Optional;

/** The {@code mean} strategy: the mean item score, with its Student t interval. */
record MeanStrategy() implements ItemStrategy {
  static final String NAME = "mean";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ItemAccumulator empty() {
    return new Accumulator(ExactSum.empty());
  }

  private static final class Accumulator implements ItemAccumulator {
    private final ExactSum sum;

    Accumulator(ExactSum sum) {
      this.sum = sum;
    }

    @Override
    public void add(double score, boolean favourable) {
      sum.add(score);
    }

    @Override
    public void add(double score, boolean favourable, long count) {
      sum.add(score, count);
    }

    @Override
    public ItemAccumulator merge(ItemAccumulator other) {
      if (!(other instanceof Accumulator that)) {
        throw Accumulators.foreign(NAME, other);
      }
      return new Accumulator(sum.merge(that.sum));
    }

    @Override
    public long count() {
      return sum.count();
    }

    @Override
    public Optional<ItemValue> finish(double confidence) {
      if (sum.count() == 0) {
        return Optional.empty();
      }
      double mean = sum.mean();
      Interval interval =
          Intervals.studentT(mean, sum.sampleStandardDeviation(), sum.count(), confidence)
              .orElse(null);
      return Optional.of(new ItemValue(mean, interval));
    }
  }
}

package io.github.indiko.testkit.laws;

import io.github.indiko.scoring.spi.Interval;
import io.github.indiko.scoring.spi.ItemAccumulator;
import io.github.indiko.scoring.spi.ItemStrategy;
import io.github.indiko.scoring.spi.ItemValue;
import java.util.Optional;

/** Strategies that break one law on purpose, to show that the laws catch them. */
final class BrokenStrategies {
  private BrokenStrategies() {}

  /** A mean whose merge averages the two means, ignoring how many scores each holds. */
  static ItemStrategy meanOfMeans() {
    return new Simple("mean-of-means") {
      @Override
      public ItemAccumulator empty() {
        return new MeanOfMeans(0, 0);
      }
    };
  }

  /** The highest score plus one: 101 once a score of 100 is added. */
  static ItemStrategy highestPlusOne() {
    return new Simple("highest-plus-one") {
      @Override
      public ItemAccumulator empty() {
        return new Highest(-1, 1, false);
      }
    };
  }

  /** The highest score with an interval of ± 5 that is not clipped to [0, 100]. */
  static ItemStrategy unclippedInterval() {
    return new Simple("unclipped-interval") {
      @Override
      public ItemAccumulator empty() {
        return new Highest(-1, 0, true);
      }
    };
  }

  /** The last score added. */
  static ItemStrategy lastScore() {
    return new Simple("last-score") {
      @Override
      public ItemAccumulator empty() {
        return new Last(0, 0);
      }
    };
  }

  private abstract static class Simple implements ItemStrategy {
    private final String name;

    Simple(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }
  }

  private static final class MeanOfMeans implements ItemAccumulator {
    private double mean;
    private long count;

    MeanOfMeans(double mean, long count) {
      this.mean = mean;
      this.count = count;
    }

    @Override
    public void add(double score, boolean favourable) {
      count++;
      mean += (score - mean) / count;
    }

    @Override
    public ItemAccumulator merge(ItemAccumulator other) {
      if (!(other instanceof MeanOfMeans that)) {
        throw new IllegalArgumentException("not a mean-of-means accumulator");
      }
      if (count == 0 || that.count == 0) {
        return count == 0 ? new MeanOfMeans(that.mean, that.count) : new MeanOfMeans(mean, count);
      }
      return new MeanOfMeans((mean + that.mean) / 2, count + that.count);
    }

    @Override
    public long count() {
      return count;
    }

    @Override
    public Optional<ItemValue> finish(double confidence) {
      return count == 0 ? Optional.empty() : Optional.of(new ItemValue(mean, null));
    }
  }

  private static final class Highest implements ItemAccumulator {
    private double highest;
    private final double plus;
    private final boolean interval;
    private long count;

    Highest(double highest, double plus, boolean interval) {
      this.highest = highest;
      this.plus = plus;
      this.interval = interval;
    }

    @Override
    public void add(double score, boolean favourable) {
      highest = Math.max(highest, score);
      count++;
    }

    @Override
    public ItemAccumulator merge(ItemAccumulator other) {
      if (!(other instanceof Highest that)) {
        throw new IllegalArgumentException("not a highest accumulator");
      }
      Highest merged = new Highest(Math.max(highest, that.highest), plus, interval);
      merged.count = count + that.count;
      return merged;
    }

    @Override
    public long count() {
      return count;
    }

    @Override
    public Optional<ItemValue> finish(double confidence) {
      if (count == 0) {
        return Optional.empty();
      }
      double value = highest + plus;
      return Optional.of(
          new ItemValue(value, interval ? new Interval(value - 5, value + 5) : null));
    }
  }

  private static final class Last implements ItemAccumulator {
    private double last;
    private long count;

    Last(double last, long count) {
      this.last = last;
      this.count = count;
    }

    @Override
    public void add(double score, boolean favourable) {
      last = score;
      count++;
    }

    @Override
    public ItemAccumulator merge(ItemAccumulator other) {
      if (!(other instanceof Last that)) {
        throw new IllegalArgumentException("not a last-score accumulator");
      }
      return new Last(that.count == 0 ? last : that.last, count + that.count);
    }

    @Override
    public long count() {
      return count;
    }

    @Override
    public Optional<ItemValue> finish(double confidence) {
      return count == 0 ? Optional.empty() : Optional.of(new ItemValue(last, null));
    }
  }
}

package io.github.indiko.examples;

import io.github.indiko.scoring.spi.ItemAccumulator;
import io.github.indiko.scoring.spi.ItemStrategy;
import io.github.indiko.scoring.spi.ItemValue;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A custom item strategy, {@code median}: the item value is the median item score (the mean of the
 * two middle scores when n is even), without an interval. Its accumulator counts each distinct
 * score, so it is exact whatever the order of the scores or how they were split; item scores take
 * few distinct values, so the counts stay small. Registered as a {@link java.util.ServiceLoader}
 * provider in {@code META-INF/services}, it is found by {@code ScoringEngine.builder().discover()}
 * and chosen by an edition with {@code "survey": "median"}.
 */
public final class MedianStrategy implements ItemStrategy {
  /** The name an edition uses for it. */
  public static final String NAME = "median";

  /** Creates the strategy; it takes no parameter. */
  public MedianStrategy() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ItemAccumulator empty() {
    return new Counts(new TreeMap<>(), 0);
  }

  private static final class Counts implements ItemAccumulator {
    private final TreeMap<Double, Long> counts;
    private long count;

    Counts(TreeMap<Double, Long> counts, long count) {
      this.counts = counts;
      this.count = count;
    }

    @Override
    public void add(double score, boolean favourable) {
      counts.merge(score, 1L, Long::sum);
      count++;
    }

    @Override
    public ItemAccumulator merge(ItemAccumulator other) {
      if (!(other instanceof Counts that)) {
        throw new IllegalArgumentException(
            "strategy " + NAME + " cannot merge " + other.getClass().getName());
      }
      TreeMap<Double, Long> merged = new TreeMap<>(counts);
      that.counts.forEach((score, n) -> merged.merge(score, n, Long::sum));
      return new Counts(merged, count + that.count);
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
      double lower = scoreAt((count - 1) / 2);
      double upper = scoreAt(count / 2);
      return Optional.of(new ItemValue((lower + upper) / 2, null));
    }

    /** The score at a 0-based rank of the sorted scores. */
    private double scoreAt(long rank) {
      long seen = 0;
      Iterator<Map.Entry<Double, Long>> entries = counts.entrySet().iterator();
      while (true) {
        Map.Entry<Double, Long> entry = entries.next();
        seen += entry.getValue();
        if (rank < seen) {
          return entry.getKey();
        }
      }
    }
  }
}

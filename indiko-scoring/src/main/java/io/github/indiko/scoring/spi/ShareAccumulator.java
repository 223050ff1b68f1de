package io.github.indiko.scoring.spi;

import java.util.Optional;

/**
 * Counts the scores a strategy's rule retains; the item value is their share times 100, the
 * interval Wilson's. Accumulators merge only when their rules are equal.
 */
final class ShareAccumulator implements ItemAccumulator {
  /** Which scores count as successes; implemented by value-based strategies. */
  interface Rule {
    /**
     * @return the name of the strategy, for messages
     */
    String name();

    /**
     * @param score an item score in [0, 100]
     * @param favourable whether the answer is favourable
     * @return whether the score counts in the share
     */
    boolean retains(double score, boolean favourable);
  }

  private final Rule rule;
  private long count;
  private long retained;

  ShareAccumulator(Rule rule) {
    this.rule = rule;
  }

  @Override
  public void add(double score, boolean favourable) {
    Accumulators.checkScore(score);
    count++;
    if (rule.retains(score, favourable)) {
      retained++;
    }
  }

  @Override
  public void add(double score, boolean favourable, long count) {
    Accumulators.checkScore(score);
    Accumulators.checkCount(count);
    this.count = Math.addExact(this.count, count);
    if (rule.retains(score, favourable)) {
      retained += count;
    }
  }

  @Override
  public ItemAccumulator merge(ItemAccumulator other) {
    if (!(other instanceof ShareAccumulator that) || !that.rule.equals(rule)) {
      throw Accumulators.foreign(rule.name(), other);
    }
    ShareAccumulator merged = new ShareAccumulator(rule);
    merged.count = Math.addExact(count, that.count);
    merged.retained = retained + that.retained;
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
    Interval interval = Intervals.wilson(retained, count, confidence).orElseThrow();
    return Optional.of(new ItemValue(100.0 * retained / count, interval));
  }
}

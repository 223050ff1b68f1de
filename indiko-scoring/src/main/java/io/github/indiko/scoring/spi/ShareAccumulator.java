package io.github.indiko.scoring.spi;

import java.util.Optional;

/**
 * Counts the scores a strategy's rule retains; the item value is their share times 100, the
 * interval Wilson's. Weighted, the share is the weighted share of {@link WeightedStatistics} and
 * its Wilson interval takes the effective sample size in place of n (analysis.md §A3, Weighted
 * statistics). Accumulators merge only when their rules are equal.
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
  private WeightedStatistics weighted = WeightedStatistics.empty();
  private long count;
  private long retained;

  ShareAccumulator(Rule rule) {
    this.rule = rule;
  }

  @Override
  public void add(double score, boolean favourable) {
    Accumulators.checkScore(score);
    Accumulators.checkSameKind(rule.name(), isWeighted(), false, count() > 0);
    count++;
    if (rule.retains(score, favourable)) {
      retained++;
    }
  }

  @Override
  public void add(double score, boolean favourable, long count) {
    Accumulators.checkScore(score);
    Accumulators.checkCount(count);
    Accumulators.checkSameKind(rule.name(), isWeighted(), false, count() > 0);
    this.count = Math.addExact(this.count, count);
    if (rule.retains(score, favourable)) {
      retained += count;
    }
  }

  @Override
  public void add(double score, boolean favourable, long count, double weight) {
    Accumulators.checkScore(score);
    Accumulators.checkCount(count);
    Accumulators.checkSameKind(rule.name(), isWeighted(), true, count() > 0);
    weighted.add(
        score,
        weight,
        count,
        rule.retains(score, favourable)
            ? WeightedStatistics.Polarity.FAVOURABLE
            : WeightedStatistics.Polarity.NEUTRAL);
  }

  @Override
  public ItemAccumulator merge(ItemAccumulator other) {
    if (!(other instanceof ShareAccumulator that) || !that.rule.equals(rule)) {
      throw Accumulators.foreign(rule.name(), other);
    }
    if (that.count() > 0) {
      Accumulators.checkSameKind(rule.name(), isWeighted(), that.isWeighted(), count() > 0);
    }
    ShareAccumulator merged = new ShareAccumulator(rule);
    merged.weighted = weighted.merge(that.weighted);
    merged.count = Math.addExact(count, that.count);
    merged.retained = retained + that.retained;
    return merged;
  }

  @Override
  public long count() {
    return count + weighted.count();
  }

  @Override
  public Optional<ItemValue> finish(double confidence) {
    if (isWeighted()) {
      Interval interval = weighted.shareInterval(confidence).orElse(null);
      if (interval == null) {
        return Optional.empty();
      }
      return Optional.of(
          new ItemValue(
              weighted.share().getAsDouble(), interval, weighted.nEffective().getAsDouble()));
    }
    if (count == 0) {
      return Optional.empty();
    }
    Interval interval = Intervals.wilson(retained, count, confidence).orElseThrow();
    return Optional.of(new ItemValue(100.0 * retained / count, interval));
  }

  private boolean isWeighted() {
    return weighted.count() > 0;
  }
}

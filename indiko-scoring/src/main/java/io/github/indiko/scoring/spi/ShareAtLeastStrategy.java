package io.github.indiko.scoring.spi;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The {@code share-at-least} strategy: 100 · #(s ≥ threshold) / n, with its Wilson interval.
 *
 * @param threshold the least score that counts, in [0, 100]
 */
record ShareAtLeastStrategy(double threshold) implements ItemStrategy, ShareAccumulator.Rule {
  static final String NAME = "share-at-least";
  static final String THRESHOLD = "threshold";
  static final double DEFAULT_THRESHOLD = 80;

  /** Checks the threshold. */
  ShareAtLeastStrategy {
    checkThreshold(threshold);
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * Takes one parameter, {@code threshold}, a number in [0, 100]; without it, the threshold stays
   * this strategy's.
   */
  @Override
  public ItemStrategy configure(Map<String, Object> parameters) {
    TreeSet<String> unknown = new TreeSet<>(parameters.keySet());
    unknown.remove(THRESHOLD);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "strategy %s takes only the parameter %s, not %s",
              NAME,
              THRESHOLD,
              String.join(", ", unknown)));
    }
    Object value = parameters.get(THRESHOLD);
    if (value == null) {
      return this;
    }
    if (!(value instanceof Number)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "parameter %s of strategy %s must be a number in [0, 100]: %s",
              THRESHOLD,
              NAME,
              value));
    }
    return new ShareAtLeastStrategy(checkThreshold(((Number) value).doubleValue()));
  }

  /** Accepts weights: the weighted value and interval of analysis.md §A3, Weighted statistics. */
  @Override
  public boolean acceptsWeights() {
    return true;
  }

  @Override
  public ItemAccumulator empty() {
    return new ShareAccumulator(this);
  }

  @Override
  public boolean retains(double score, boolean favourable) {
    return score >= threshold;
  }

  private static double checkThreshold(double threshold) {
    if (!(threshold >= 0 && threshold <= 100)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "parameter %s of strategy %s must lie in [0, 100]: %s",
              THRESHOLD,
              NAME,
              threshold));
    }
    return threshold;
  }
}

package io.github.indiko.scoring.spi;

/** The {@code top-box} strategy: the satisfaction 100 · f / n, with its Wilson interval. */
record TopBoxStrategy() implements ItemStrategy, ShareAccumulator.Rule {
  static final String NAME = "top-box";

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
    return new ShareAccumulator(this);
  }

  @Override
  public boolean retains(double score, boolean favourable) {
    return favourable;
  }
}

package io.github.indiko.scoring.spi;

/** The {@code top-box} strategy: the satisfaction 100 · f / n, with its Wilson interval. */
record TopBoxStrategy() implements ItemStrategy, ShareAccumulator.Rule {
  static final String NAME = "top-box";

  @Override
  public String name() {
    return NAME;
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

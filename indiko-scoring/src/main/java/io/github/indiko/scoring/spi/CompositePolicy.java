package io.github.indiko.scoring.spi;

import org.jspecify.annotations.Nullable;

/** The {@code composite} ranking policy: the key is the composite index. */
record CompositePolicy() implements RankingPolicy {
  static final String NAME = "composite";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public @Nullable Double key(RankingInput input) {
    return input.composite();
  }
}

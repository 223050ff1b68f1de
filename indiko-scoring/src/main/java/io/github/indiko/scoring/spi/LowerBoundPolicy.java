package io.github.indiko.scoring.spi;

import org.jspecify.annotations.Nullable;

/**
 * The {@code lower-bound} ranking policy: the key is the lower bound of the Student t interval of
 * the respondent index, which favours structures whose good score rests on many respondents.
 */
record LowerBoundPolicy() implements RankingPolicy {
  static final String NAME = "lower-bound";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public @Nullable Double key(RankingInput input) {
    Interval interval = input.respondentIndexInterval();
    return interval == null ? null : interval.low();
  }
}

package io.github.indiko.testkit.property;

import java.util.Arrays;

/**
 * Replays a sequence of draws, clamped to each call's range; past its end every draw is 0, the
 * simplest. Records what it returned, so that a shrinker keeps only the draws a replay used.
 */
final class ReplaySource implements RandomSource {
  /** A generator that loops (an unsatisfiable filter, an endless list) stops here. */
  static final int MAX_DRAWS = 100_000;

  private final long[] choices;
  private long[] used = new long[16];
  private int count;

  ReplaySource(long[] choices) {
    this.choices = choices;
  }

  @Override
  public long next(long max) {
    if (max < 0) {
      throw new IllegalArgumentException("the largest choice must not be negative: " + max);
    }
    if (count == MAX_DRAWS) {
      throw new Overrun();
    }
    long draw = count < choices.length ? Math.min(choices[count], max) : 0;
    if (count == used.length) {
      used = Arrays.copyOf(used, count * 2);
    }
    used[count++] = draw;
    return draw;
  }

  /**
   * @return the draws returned so far, in order
   */
  long[] used() {
    return Arrays.copyOf(used, count);
  }

  /** A replay that drew too much: the candidate is dropped. */
  static final class Overrun extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Overrun() {
      super("a generator drew more than " + MAX_DRAWS + " times", null, false, false);
    }
  }
}

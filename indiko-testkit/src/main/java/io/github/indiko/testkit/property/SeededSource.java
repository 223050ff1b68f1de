package io.github.indiko.testkit.property;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Uniform draws from a {@link SplittableRandom}, recorded so that a failure can be shrunk. */
final class SeededSource implements RandomSource {
  private final SplittableRandom random;
  private final List<Long> draws = new ArrayList<>();

  SeededSource(SplittableRandom random) {
    this.random = random;
  }

  @Override
  public long next(long max) {
    if (max < 0) {
      throw new IllegalArgumentException("the largest choice must not be negative: " + max);
    }
    long draw =
        max == Long.MAX_VALUE ? random.nextLong() & Long.MAX_VALUE : random.nextLong(max + 1);
    draws.add(draw);
    return draw;
  }

  /**
   * @return the draws made so far, in order
   */
  long[] draws() {
    return draws.stream().mapToLong(Long::longValue).toArray();
  }
}

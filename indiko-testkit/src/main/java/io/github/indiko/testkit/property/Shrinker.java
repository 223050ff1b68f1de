package io.github.indiko.testkit.property;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Shrinks the draws of a failing example: deletes runs of draws, then lowers each draw (to 0, then
 * by bisection), keeping a candidate only when the property still fails on its replay and its draws
 * are simpler (fewer, or as many and smaller in lexicographic order), which ends the search.
 */
final class Shrinker<T> {
  private static final int[] RUNS = {8, 4, 3, 2, 1};

  private final Gen<T> generator;
  private final Consumer<? super T> property;
  private final int budget;
  private int tried;
  private int accepted;
  private long[] draws = new long[0];
  private Failure<T> best;

  Shrinker(Gen<T> generator, Consumer<? super T> property, int budget) {
    this.generator = generator;
    this.property = property;
    this.budget = budget;
  }

  /** The simplest failure found: the example and how the property failed on it. */
  record Failure<T>(T value, Throwable failure) {}

  Failure<T> shrink(long[] initialDraws, T value, Throwable failure) {
    draws = initialDraws;
    best = new Failure<>(value, failure);
    boolean progress = true;
    while (progress && tried < budget) {
      progress = deleteRuns() | lowerDraws();
    }
    return best;
  }

  /**
   * @return how many simpler failing examples replaced the original
   */
  int accepted() {
    return accepted;
  }

  private boolean deleteRuns() {
    boolean progress = false;
    for (int run : RUNS) {
      int at = 0;
      while (at + run <= draws.length && tried < budget) {
        long[] candidate = new long[draws.length - run];
        System.arraycopy(draws, 0, candidate, 0, at);
        System.arraycopy(draws, at + run, candidate, at, draws.length - at - run);
        if (attempt(candidate)) {
          progress = true;
        } else {
          at++;
        }
      }
    }
    return progress;
  }

  private boolean lowerDraws() {
    boolean progress = false;
    for (int at = 0; at < draws.length && tried < budget; at++) {
      if (draws[at] == 0) {
        continue;
      }
      if (attempt(with(at, 0))) {
        progress = true;
        continue;
      }
      long passes = 0;
      long fails = draws[at];
      while (fails - passes > 1 && tried < budget && at < draws.length) {
        long middle = passes + (fails - passes) / 2;
        if (attempt(with(at, middle))) {
          fails = middle;
          progress = true;
        } else {
          passes = middle;
        }
      }
    }
    return progress;
  }

  private long[] with(int at, long draw) {
    long[] candidate = draws.clone();
    candidate[at] = draw;
    return candidate;
  }

  private boolean attempt(long[] candidate) {
    tried++;
    ReplaySource source = new ReplaySource(candidate);
    T value;
    try {
      value = generator.generate(source);
    } catch (RuntimeException invalid) {
      return false;
    }
    long[] used = source.used();
    if (!simpler(used, draws)) {
      return false;
    }
    Throwable failure = Property.failure(property, value);
    if (failure == null) {
      return false;
    }
    draws = used;
    best = new Failure<>(value, failure);
    accepted++;
    return true;
  }

  private static boolean simpler(long[] candidate, long[] current) {
    if (candidate.length != current.length) {
      return candidate.length < current.length;
    }
    return Arrays.compare(candidate, current) < 0;
  }
}

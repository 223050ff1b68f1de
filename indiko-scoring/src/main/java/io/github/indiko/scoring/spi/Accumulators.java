package io.github.indiko.scoring.spi;

import java.util.Locale;

/** Argument checks shared by the built-in accumulators. */
final class Accumulators {
  private Accumulators() {}

  /**
   * @param count how many times a score is added at once
   * @throws IllegalArgumentException when it is less than 1
   */
  static void checkCount(long count) {
    if (count < 1) {
      throw new IllegalArgumentException("a score is added at least once: " + count);
    }
  }

  /**
   * @param score a candidate item score
   * @throws IllegalArgumentException when it is not in [0, 100]
   */
  static void checkScore(double score) {
    if (!(score >= 0 && score <= 100)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "a score must lie in [0, 100]: %s", score));
    }
  }

  /**
   * Refuses to mix weighted and unweighted scores in one accumulator (analysis.md §A3, Weighted
   * statistics: every score of a weighted item is weighted).
   *
   * @param strategy the name of the accumulator's strategy
   * @param holdsWeighted whether the accumulator holds weighted scores
   * @param addsWeighted whether it is given weighted scores (or merged with them)
   * @param holdsAny whether it holds any score
   * @throws IllegalStateException when it holds scores of the other kind
   */
  static void checkSameKind(
      String strategy, boolean holdsWeighted, boolean addsWeighted, boolean holdsAny) {
    if (holdsAny && holdsWeighted != addsWeighted) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "an accumulator of strategy %s holding %s scores cannot take %s ones",
              strategy,
              holdsWeighted ? "weighted" : "unweighted",
              addsWeighted ? "weighted" : "unweighted"));
    }
  }

  /**
   * @param strategy the name of the strategy whose accumulator was asked to merge
   * @param other the accumulator it cannot merge
   * @return the exception to throw
   */
  static IllegalArgumentException foreign(String strategy, ItemAccumulator other) {
    return new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "an accumulator of strategy %s cannot merge %s",
            strategy,
            other.getClass().getName()));
  }
}

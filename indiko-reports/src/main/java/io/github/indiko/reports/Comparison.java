package io.github.indiko.reports;

import org.jspecify.annotations.Nullable;

/**
 * A score of the analysis (scoring.md §8.2) beside the target and the previous edition.
 *
 * @param value the score, or null when it does not exist
 * @param toTarget value − {@code scoring.target}, or null without a value
 * @param previous the same score in the previous edition, or null when there is none
 * @param change value − previous, or null when either is missing
 */
public record Comparison(
    @Nullable Double value,
    @Nullable Double toTarget,
    @Nullable Double previous,
    @Nullable Double change) {

  /**
   * @param value a score, or null
   * @param target the edition's target
   * @param previous the previous edition's score, or null
   * @return the comparison, with its differences computed
   */
  public static Comparison of(@Nullable Double value, double target, @Nullable Double previous) {
    return new Comparison(
        value,
        value == null ? null : value - target,
        previous,
        value == null || previous == null ? null : value - previous);
  }
}

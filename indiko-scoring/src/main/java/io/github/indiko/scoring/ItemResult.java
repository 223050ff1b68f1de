package io.github.indiko.scoring;

import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.scoring.spi.Interval;
import org.jspecify.annotations.Nullable;

/**
 * One scored item (question or criterion) of one structure, n ≥ 1.
 *
 * @param source survey for a question, audit for a criterion
 * @param theme the item's theme, or null
 * @param value the item value of the source's strategy
 * @param n the number of item scores
 * @param ci the strategy's interval, or null when none exists
 * @param mean the mean item score
 * @param satisfaction 100 · favourable / n; null for an nps item
 * @param net 100 · (favourable − unfavourable) / n; null for an nps item
 * @param nEffective for a question of an edition that asks for weighting, W² / Σw² over its
 *     scores, n when its structure is not weighted (analysis.md §A3, Weighted statistics); else
 *     null
 */
public record ItemResult(
    Source source,
    @Nullable Theme theme,
    double value,
    long n,
    @Nullable Interval ci,
    double mean,
    @Nullable Double satisfaction,
    @Nullable Double net,
    @Nullable Double nEffective) {

  /** An item of an edition that asks for no weighting: without {@code nEffective}. */
  public ItemResult(
      Source source,
      @Nullable Theme theme,
      double value,
      long n,
      @Nullable Interval ci,
      double mean,
      @Nullable Double satisfaction,
      @Nullable Double net) {
    this(source, theme, value, n, ci, mean, satisfaction, net, null);
  }
}

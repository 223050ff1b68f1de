package io.github.indiko.reports;

import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.scoring.spi.Interval;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One scored item in the analysis, with its interval where scoring.md §5 gives one.
 *
 * @param id the question or criterion
 * @param source survey or audit
 * @param theme its theme, or null
 * @param value the item value
 * @param n item scores
 * @param nEffective for a question of an edition that asks for weighting, its effective sample
 *     W² / Σw² (analysis.md §A3, Weighted statistics), n when its structure is not weighted; else
 *     null
 * @param ci the interval, or null
 */
public record ItemAnalysis(
    String id,
    Source source,
    @Nullable Theme theme,
    double value,
    long n,
    @Nullable Double nEffective,
    @Nullable Interval ci) {
  /** Checks that nothing required is null. */
  public ItemAnalysis {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
  }

  /**
   * An item of an edition that asks for no weighting, or a criterion: without {@code nEffective}.
   *
   * @param id the question or criterion
   * @param source survey or audit
   * @param theme its theme, or null
   * @param value the item value
   * @param n item scores
   * @param ci the interval, or null
   */
  public ItemAnalysis(
      String id,
      Source source,
      @Nullable Theme theme,
      double value,
      long n,
      @Nullable Interval ci) {
    this(id, source, theme, value, n, null, ci);
  }
}

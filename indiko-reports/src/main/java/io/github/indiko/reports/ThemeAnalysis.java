package io.github.indiko.reports;

import io.github.indiko.core.edition.Theme;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One theme of one source in the analysis (scoring.md §8.2).
 *
 * @param theme the theme
 * @param weight its weight in the source score ({@code scoring.themes}); 0 when it has none
 * @param score its score beside the target and the previous edition
 * @param categoryMean the mean of this source's theme score over the structures of the category
 *     that have one, or null when that aggregate would not hold at least two other structures
 *     (scoring.md §6)
 * @param categoryStructures how many structures of the category have this score, this one included
 *     when it has one
 */
public record ThemeAnalysis(
    Theme theme,
    double weight,
    Comparison score,
    @Nullable Double categoryMean,
    int categoryStructures) {
  /** Checks that nothing required is null. */
  public ThemeAnalysis {
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(score, "score");
  }
}

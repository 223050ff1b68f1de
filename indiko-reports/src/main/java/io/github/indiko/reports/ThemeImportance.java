package io.github.indiko.reports;

import io.github.indiko.core.edition.Theme;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One theme of {@code scoring.themes} in the importance–performance analysis (scoring.md §8.3).
 *
 * @param theme the theme
 * @param importance the Pearson correlation with the reference item, or null when fewer than ten
 *     respondents have both or when it is undefined
 * @param respondents respondents who have both
 * @param performance the survey theme score, or null
 * @param quadrant its quadrant, or null when importance or performance is missing
 */
public record ThemeImportance(
    Theme theme,
    @Nullable Double importance,
    long respondents,
    @Nullable Double performance,
    @Nullable Quadrant quadrant) {
  /** Checks that the theme is not null. */
  public ThemeImportance {
    Objects.requireNonNull(theme, "theme");
  }
}

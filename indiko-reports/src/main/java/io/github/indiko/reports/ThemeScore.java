package io.github.indiko.reports;

import io.github.indiko.core.edition.Theme;
import java.util.Objects;

/**
 * A theme's score over both sources: Σ V_s · theme_s / Σ V_s over the sources that score it (the
 * composite formula of scoring.md §4 restricted to one theme), which orders strengths and
 * weaknesses (§8.2).
 *
 * @param theme a theme of {@code scoring.themes}
 * @param score the score, 0–100
 */
public record ThemeScore(Theme theme, double score) {
  /** Checks that the theme is not null. */
  public ThemeScore {
    Objects.requireNonNull(theme, "theme");
  }
}

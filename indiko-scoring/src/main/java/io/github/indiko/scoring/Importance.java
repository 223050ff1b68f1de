package io.github.indiko.scoring;

import org.jspecify.annotations.Nullable;

/**
 * The importance of a theme for one structure (scoring.md §8.3): the Pearson correlation, over the
 * respondents who have both, between a respondent's mean item score on the theme and their item
 * score on the reference item ({@code overall} rating, else the nps item).
 *
 * @param correlation in [−1, 1], or null when fewer than {@link #MINIMUM_RESPONDENTS} respondents
 *     have both, or when either side does not vary
 * @param n how many respondents have both
 */
public record Importance(@Nullable Double correlation, long n) {
  /** The fewest respondents for which an importance is computed. */
  public static final int MINIMUM_RESPONDENTS = 10;
}

package io.github.indiko.reports;

import org.jspecify.annotations.Nullable;

/**
 * One channel of one source in the analysis, as a report may publish it (scoring.md §6, extended
 * by analysis.md §A2, Disclosure): a suppressed survey channel shows no number, neither its score
 * nor its count of lines ("Segments in reports" in docs/decisions.md).
 *
 * @param score the score computed from that channel's lines alone, or null when suppressed or when
 *     no item has a value
 * @param n accepted lines of that channel, or null when suppressed
 * @param suppressed whether the channel is withheld by the disclosure rules (survey only)
 */
public record ChannelAnalysis(@Nullable Double score, @Nullable Long n, boolean suppressed) {
  /** Checks that a suppressed channel carries no number and a published one its count. */
  public ChannelAnalysis {
    if (suppressed && (score != null || n != null)) {
      throw new IllegalArgumentException("a suppressed channel carries no number");
    }
    if (!suppressed && n == null) {
      throw new IllegalArgumentException("a published channel carries its count of lines");
    }
  }

  /**
   * @return a channel withheld by the disclosure rules
   */
  public static ChannelAnalysis withheld() {
    return new ChannelAnalysis(null, null, true);
  }
}

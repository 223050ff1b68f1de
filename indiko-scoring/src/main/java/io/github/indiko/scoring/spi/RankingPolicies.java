package io.github.indiko.scoring.spi;

import java.util.List;

/**
 * The built-in ranking policies of scoring.md §7. Each is immutable and thread-safe, and equal to
 * any other instance of the same policy.
 */
public final class RankingPolicies {
  private RankingPolicies() {}

  /**
   * @return {@code composite} (the default): the key is the composite index
   */
  public static RankingPolicy composite() {
    return new CompositePolicy();
  }

  /**
   * @return {@code lower-bound}: the key is the lower bound of the Student t interval of the
   *     survey's respondent index, none with fewer than two respondents
   */
  public static RankingPolicy lowerBound() {
    return new LowerBoundPolicy();
  }

  /**
   * @return {@link #composite()} and {@link #lowerBound()}, in that order
   */
  public static List<RankingPolicy> builtIns() {
    return List.of(composite(), lowerBound());
  }
}

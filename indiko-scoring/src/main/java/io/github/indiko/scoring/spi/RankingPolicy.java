package io.github.indiko.scoring.spi;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Orders the eligible structures of a category (scoring.md §7): structures are sorted by the key,
 * descending, then by the lower Wilson bound of satisfaction, accepted responses and id. A missing
 * key sorts after every existing one. Implementations are immutable and thread-safe; register one
 * with {@code ScoringEngine.builder().rankingPolicy(…)} or as a {@link java.util.ServiceLoader}
 * provider of this interface.
 */
public interface RankingPolicy {
  /**
   * @return the name an edition uses for it ({@code scoring.ranking})
   */
  String name();

  /**
   * Applies the parameters an edition gives. The default accepts none.
   *
   * @param parameters parameter name to a {@link String}, {@link Double} or {@link Boolean}
   * @return a policy with those parameters
   * @throws IllegalArgumentException naming the parameter when one is unknown or out of range
   */
  default RankingPolicy configure(Map<String, Object> parameters) {
    if (!parameters.isEmpty()) {
      throw new IllegalArgumentException(
          "ranking policy " + name() + " takes no parameter: " + parameters.keySet());
    }
    return this;
  }

  /**
   * @param input what the structure may be ranked on
   * @return its key, higher ranks first, or null when it has none
   */
  @Nullable Double key(RankingInput input);
}

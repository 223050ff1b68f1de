package io.github.indiko.scoring.spi;

import java.util.Map;

/**
 * Turns the answers of one item for one structure into its item value and interval (scoring.md
 * §3). Implementations are immutable and thread-safe; state lives in the accumulators they create.
 * Register one with {@code ScoringEngine.builder().strategy(…)}, or declare it as a {@code
 * java.util.ServiceLoader} provider of this interface.
 */
public interface ItemStrategy {
  /**
   * @return the name an edition uses for it ({@code scoring.survey}, {@code scoring.audit})
   */
  String name();

  /**
   * Applies the parameters an edition gives, e.g. {@code {"strategy": "share-at-least",
   * "threshold": 70}}. The default accepts none.
   *
   * @param parameters parameter name to a {@link String}, {@link Double} or {@link Boolean}
   * @return a strategy with those parameters
   * @throws IllegalArgumentException naming the parameter when one is unknown or out of range
   */
  default ItemStrategy configure(Map<String, Object> parameters) {
    if (!parameters.isEmpty()) {
      throw new IllegalArgumentException(
          "strategy " + name() + " takes no parameter: " + parameters.keySet());
    }
    return this;
  }

  /**
   * Whether this strategy's accumulators take weighted scores, {@link ItemAccumulator#add(double,
   * boolean, long, double)} (analysis.md §A3, Weighted statistics). Asking for weighting with a
   * strategy that does not accept weights is a definitions error naming it. The built-in
   * strategies accept weights; the default does not.
   *
   * @return whether {@link ItemAccumulator#add(double, boolean, long, double)} is supported
   */
  default boolean acceptsWeights() {
    return false;
  }

  /**
   * @return an accumulator holding no score, the identity of {@link ItemAccumulator#merge}
   */
  ItemAccumulator empty();
}

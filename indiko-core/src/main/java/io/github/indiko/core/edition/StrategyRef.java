package io.github.indiko.core.edition;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A strategy or ranking policy named in an edition, with its parameters: {@code "mean"} or
 * {@code {"strategy": "share-at-least", "threshold": 80}}.
 *
 * @param name the registered name
 * @param parameters parameter name to value: a {@link String}, a {@link Double} or a {@link
 *     Boolean}; sorted by name
 */
public record StrategyRef(String name, Map<String, Object> parameters) {
  /** Checks the name and the parameter types, and copies the parameters. */
  public StrategyRef {
    if (name.isBlank()) {
      throw new IllegalArgumentException("a strategy name must not be blank");
    }
    TreeMap<String, Object> copy = new TreeMap<>();
    parameters.forEach(
        (key, value) -> {
          if (!(value instanceof String || value instanceof Double || value instanceof Boolean)) {
            throw new IllegalArgumentException(
                "parameter " + key + " must be a string, a number or a boolean");
          }
          copy.put(key, value);
        });
    parameters = Collections.unmodifiableMap(copy);
  }

  /**
   * @param name a registered name
   * @return a reference without parameters
   */
  public static StrategyRef of(String name) {
    return new StrategyRef(name, Map.of());
  }
}

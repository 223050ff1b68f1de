package io.github.indiko.core.edition;

import jakarta.validation.constraints.NotBlank;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A strategy or ranking policy named in an edition, with its parameters: {@code "mean"} or
 * {@code {"strategy": "share-at-least", "threshold": 80}}. Checked on construction: the type of
 * each parameter. Checked by Bean Validation: the name is not blank.
 *
 * @param name the registered name
 * @param parameters parameter name to value: a {@link String}, a {@link Double} or a {@link
 *     Boolean}; sorted by name
 */
public record StrategyRef(
    @NotBlank(message = "{io.github.indiko.core.edition.StrategyRef.name}") String name,
    Map<String, Object> parameters) {
  /** Checks that the name is not null and the parameter types, and copies the parameters. */
  public StrategyRef {
    Objects.requireNonNull(name, "name");
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

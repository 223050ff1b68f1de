package io.github.indiko.core.edition;

import io.github.indiko.core.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The survey weighting an edition asks for ({@code scoring.weighting}, analysis.md §A3,
 * Declaration). Checked on construction: keys are identifiers and distinct, none for {@link
 * Method#NONE}, exactly one for {@link Method#POST_STRATIFICATION}, at least one for {@link
 * Method#RAKING}. That they are declared segment keys, and that {@code population.json} gives
 * their margins, needs the other documents and is checked with them.
 *
 * @param method how responses are weighted
 * @param keys the segment keys weighted on, in declared order
 */
public record Weighting(Method method, List<String> keys) {
  /** A weighting method of analysis.md §A3. */
  public enum Method {
    /** No weighting: every response weighs 1 (the default). */
    NONE,
    /** Post-stratification on one key: raking with that one key. */
    POST_STRATIFICATION,
    /** Raking (iterative proportional fitting) on one or more keys. */
    RAKING;

    /**
     * @return its name in format v1: {@code none}, {@code post-stratification}, {@code raking}
     */
    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param code a name of format v1
     * @return the method
     * @throws IllegalArgumentException naming the accepted names when none has that one
     */
    public static Method fromCode(String code) {
      for (Method method : values()) {
        if (method.code().equals(code)) {
          return method;
        }
      }
      throw new IllegalArgumentException(
          "a weighting method is none, post-stratification or raking: \"" + code + "\"");
    }
  }

  /** Checks the keys against the method, and copies them. */
  public Weighting {
    Objects.requireNonNull(method, "method");
    keys = List.copyOf(keys);
    Set<String> seen = new HashSet<>();
    for (String key : keys) {
      Checks.identifier(key, "weighting key");
      if (!seen.add(key)) {
        throw new IllegalArgumentException("weighting key " + key + " is repeated");
      }
    }
    if (method == Method.NONE && !keys.isEmpty()) {
      throw new IllegalArgumentException("weighting method none takes no keys: " + keys);
    }
    if (method == Method.POST_STRATIFICATION && keys.size() != 1) {
      throw new IllegalArgumentException(
          "post-stratification weights on exactly one key: " + keys.size() + " given");
    }
    if (method == Method.RAKING && keys.isEmpty()) {
      throw new IllegalArgumentException("raking weights on at least one key");
    }
  }

  /**
   * @return no weighting
   */
  public static Weighting none() {
    return new Weighting(Method.NONE, List.of());
  }

  /**
   * @return whether responses are weighted, i.e. the method is not {@link Method#NONE}
   */
  public boolean asked() {
    return method != Method.NONE;
  }
}

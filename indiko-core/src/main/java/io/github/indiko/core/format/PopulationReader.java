package io.github.indiko.core.format;

import io.github.indiko.core.edition.Population;
import io.github.indiko.core.internal.Strings;
import io.github.indiko.core.questionnaire.SegmentValue;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads {@code population.json} ({@code indiko.population/1}, analysis.md §A3). */
final class PopulationReader {
  private PopulationReader() {}

  static Population read(InputStream in, String file) {
    return Documents.read(in, file, "population", PopulationReader::population);
  }

  private static @Nullable Population population(Members root) {
    Map<String, Map<String, Map<String, Double>>> margins =
        root.required(
            "margins",
            value ->
                map(
                    value,
                    (entry, at) ->
                        entry.equals(Population.EVERY_STRUCTURE)
                            ? entry
                            : at.key(entry, Function.identity()),
                    PopulationReader::keys));
    root.end();
    Value at = root.value();
    if (!at.problems().isEmpty() || margins == null) {
      return null;
    }
    return at.build(() -> new Population(margins));
  }

  private static @Nullable Map<String, Map<String, Double>> keys(Value value) {
    return map(
        value, (key, at) -> at.key(key, Function.identity()), PopulationReader::shares);
  }

  private static @Nullable Map<String, Double> shares(Value value) {
    return map(value, PopulationReader::segmentValue, PopulationReader::share);
  }

  private static @Nullable String segmentValue(String name, Value at) {
    if (!SegmentValue.FORM.matcher(name).matches()) {
      at.problem(
          "a segment value must match [a-z0-9][a-z0-9._+-]{0,63}: \""
              + Strings.abbreviate(name)
              + "\"");
      return null;
    }
    return name;
  }

  private static @Nullable Double share(Value value) {
    Double share = value.number();
    if (share != null && share < 0) {
      value.problem("a share must be ≥ 0: " + share);
      return null;
    }
    return share;
  }

  /**
   * Reads a non-empty object whose every member name and value map, reporting every problem.
   *
   * @return the members in document order, or null when one is invalid (reported)
   */
  private static <T> @Nullable Map<String, T> map(
      Value value, Name name, Function<Value, @Nullable T> member) {
    if (!value.node().isObject()) {
      value.problem("must be an object");
      return null;
    }
    if (value.node().isEmpty()) {
      value.problem("must not be empty");
      return null;
    }
    Map<String, T> read = new LinkedHashMap<>();
    boolean complete = true;
    for (Map.Entry<String, JsonNode> property : value.node().properties()) {
      Value child = value.child(property.getKey(), property.getValue());
      String checked = name.check(property.getKey(), child);
      T mapped = child.node().isNull() ? null : member.apply(child);
      if (child.node().isNull()) {
        child.problem("must not be null");
      }
      if (checked == null || mapped == null) {
        complete = false;
      } else {
        read.put(checked, mapped);
      }
    }
    return complete ? read : null;
  }

  /** Checks a member's name, reporting a problem at the member. */
  @FunctionalInterface
  private interface Name {
    @Nullable String check(String name, Value at);
  }
}

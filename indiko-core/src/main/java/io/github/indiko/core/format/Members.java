package io.github.indiko.core.format;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The members of a JSON object being mapped. Every member asked for becomes known; {@link #end()}
 * reports the others as unknown, so a typo never passes unseen. A {@code null} member is the same
 * as an absent one.
 */
final class Members {
  private final Value object;
  private final Set<String> known = new HashSet<>();

  Members(Value object) {
    this.object = object;
  }

  /**
   * @return the object itself
   */
  Value value() {
    return object;
  }

  /** Marks members as known without reading them. */
  void accept(String... names) {
    known.addAll(Set.of(names));
  }

  boolean has(String name) {
    JsonNode member = object.node().get(name);
    return member != null && !member.isNull();
  }

  /**
   * @param read what reading the member gave
   * @return whether the member is present but could not be read (a problem is reported)
   */
  boolean failed(String name, @Nullable Object read) {
    return read == null && has(name);
  }

  /**
   * @return the member, or null when it is absent or {@code null}
   */
  @Nullable Value optional(String name) {
    known.add(name);
    JsonNode member = object.node().get(name);
    return member == null || member.isNull() ? null : object.child(name, member);
  }

  /**
   * @return the member, or null after reporting that it is missing
   */
  @Nullable Value required(String name) {
    Value member = optional(name);
    if (member == null) {
      object.problem("missing member \"" + name + "\"");
    }
    return member;
  }

  /**
   * @return the mapped member, or null when it is absent, {@code null} or invalid (reported)
   */
  <T> @Nullable T optional(String name, Function<Value, @Nullable T> reader) {
    Value member = optional(name);
    return member == null ? null : reader.apply(member);
  }

  /**
   * @return the mapped member, or null when it is missing or invalid (reported)
   */
  <T> @Nullable T required(String name, Function<Value, @Nullable T> reader) {
    Value member = required(name);
    return member == null ? null : reader.apply(member);
  }

  /**
   * @return the mapped member, or {@code fallback} when it is absent, {@code null} or invalid
   *     (reported)
   */
  <T> T optional(String name, Function<Value, @Nullable T> reader, T fallback) {
    T value = optional(name, reader);
    return value == null ? fallback : value;
  }

  /** Reports every member that was not asked for, in document order. */
  void end() {
    for (Map.Entry<String, JsonNode> member : object.node().properties()) {
      if (!known.contains(member.getKey())) {
        object.child(member.getKey(), member.getValue())
            .problem("unknown member \"" + member.getKey() + "\"");
      }
    }
  }
}

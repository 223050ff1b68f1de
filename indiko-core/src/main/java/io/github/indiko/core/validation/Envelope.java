package io.github.indiko.core.validation;

import io.github.indiko.core.internal.Checks;
import io.github.indiko.core.internal.data.JsonValue;
import io.github.indiko.core.internal.data.JsonValue.NullValue;
import io.github.indiko.core.internal.data.JsonValue.NumberValue;
import io.github.indiko.core.internal.data.JsonValue.ObjectValue;
import io.github.indiko.core.internal.data.JsonValue.StringValue;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The members of a data line's object (the envelope of a response or audit record): which exist,
 * which are required, and their JSON types. A member whose value is {@code null} counts as absent.
 */
final class Envelope {
  /** The JSON type a member must have. */
  enum Kind {
    /** A string that is an identifier of format v1. */
    IDENTIFIER,
    /** A string. */
    STRING,
    /** An integral number. */
    INTEGER,
    /** A string that is an instant with an offset. */
    INSTANT,
    /** An object. */
    OBJECT,
    /** An object whose values are strings. */
    STRINGS
  }

  /**
   * A member of the envelope.
   *
   * @param name its name
   * @param kind its type
   * @param required whether it must be present
   */
  record Member(String name, Kind kind, boolean required) {}

  private final List<Member> members;

  /**
   * @param members every member, in the order their types are checked
   */
  Envelope(List<Member> members) {
    this.members = List.copyOf(members);
  }

  /**
   * Checks, in this order: no unknown member (in document order), every required member present (in
   * the envelope's order), every member of its type (in the envelope's order).
   *
   * @param line a line's object
   * @return the first fault, all {@code malformed}, or null when the envelope is right
   */
  @Nullable Fault fault(ObjectValue line) {
    for (String name : line.members().keySet()) {
      if (members.stream().noneMatch(member -> member.name().equals(name))) {
        return malformed("unknown member " + JsonValue.shown(name));
      }
    }
    for (Member member : members) {
      if (member.required() && value(line, member.name()) == null) {
        return malformed("missing member '" + member.name() + "'");
      }
    }
    for (Member member : members) {
      JsonValue value = value(line, member.name());
      String problem = value == null ? null : problem(member.kind(), value);
      if (problem != null) {
        return malformed("member '" + member.name() + "' " + problem);
      }
    }
    return null;
  }

  private static @Nullable String problem(Kind kind, JsonValue value) {
    switch (kind) {
      case IDENTIFIER:
        if (!(value instanceof StringValue string)) {
          return "is not a string: " + value.shown();
        }
        return Checks.IDENTIFIER.matcher(string.value()).matches()
            ? null
            : "is not a valid identifier: " + value.shown();
      case STRING:
        return value instanceof StringValue ? null : "is not a string: " + value.shown();
      case INTEGER:
        return value instanceof NumberValue number && number.isInteger()
            ? null
            : "is not a valid integer: " + value.shown();
      case INSTANT:
        return value instanceof StringValue string && Instants.parse(string.value()) != null
            ? null
            : "is not a valid instant: " + value.shown();
      case OBJECT:
        return value instanceof ObjectValue ? null : "is not an object";
      case STRINGS:
        return value instanceof ObjectValue object
                && object.members().values().stream().allMatch(v -> v instanceof StringValue)
            ? null
            : "is not an object of strings";
    }
    throw new AssertionError(kind);
  }

  private static Fault malformed(String message) {
    return new Fault(RejectReason.MALFORMED, message);
  }

  /**
   * @return the member's value, or null when it is absent or {@code null}
   */
  static @Nullable JsonValue value(ObjectValue line, String name) {
    JsonValue value = line.members().get(name);
    return value instanceof NullValue ? null : value;
  }

  /**
   * @return the value of a member of kind {@code STRING}, {@code IDENTIFIER} or {@code INSTANT} of
   *     a checked envelope, or null when absent
   */
  static @Nullable String string(ObjectValue line, String name) {
    JsonValue value = value(line, name);
    return value == null ? null : ((StringValue) value).value();
  }

  /**
   * @return the value of a present member of kind {@code INTEGER} of a checked envelope
   */
  static long integer(ObjectValue line, String name) {
    return ((NumberValue) line.members().get(name)).value().longValueExact();
  }

  /**
   * @return the value of a present member of kind {@code INSTANT} of a checked envelope
   */
  static OffsetDateTime instant(ObjectValue line, String name) {
    OffsetDateTime instant = Instants.parse(((StringValue) line.members().get(name)).value());
    if (instant == null) {
      throw new IllegalStateException("member '" + name + "' was checked as an instant");
    }
    return instant;
  }

  /**
   * @return the value of a present member of kind {@code OBJECT} of a checked envelope
   */
  static ObjectValue object(ObjectValue line, String name) {
    return (ObjectValue) line.members().get(name);
  }

  /**
   * @return the value of a member of kind {@code STRINGS} of a checked envelope, in document order;
   *     empty when absent
   */
  static Map<String, String> strings(ObjectValue line, String name) {
    Map<String, String> strings = new LinkedHashMap<>();
    JsonValue value = value(line, name);
    if (value != null) {
      ((ObjectValue) value).members().forEach((k, v) -> strings.put(k, ((StringValue) v).value()));
    }
    return strings;
  }
}

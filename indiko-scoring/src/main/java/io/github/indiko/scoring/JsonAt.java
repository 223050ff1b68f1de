package io.github.indiko.scoring;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A JSON value of a file at its pointer, read strictly: reading methods return the value or throw
 * a {@link DefinitionException} naming the file and the pointer ({@link ResultsReader}).
 */
final class JsonAt {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  final JsonNode node;
  private final String file;
  private final String pointer;

  JsonAt(String file, JsonNode node, String pointer) {
    this.file = file;
    this.node = node;
    this.pointer = pointer;
  }

  DefinitionException problem(String message) {
    return new DefinitionException(new DefinitionProblem(file, pointer, message));
  }

  /** A text shortened to 64 characters for a message. */
  static String abbreviate(String text) {
    return text.length() <= 64 ? text : text.substring(0, 61) + "...";
  }

  /** Checks that this is an object. */
  JsonAt object() {
    if (!node.isObject()) {
      throw problem("must be an object");
    }
    return this;
  }

  /** Checks that this is an object with exactly these members, unknown ones first. */
  JsonAt object(String... members) {
    object();
    Set<String> known = Set.of(members);
    for (String name : node.propertyNames()) {
      if (!known.contains(name)) {
        throw get(name).problem("unknown member \"" + abbreviate(name) + "\"");
      }
    }
    for (String name : members) {
      if (!node.has(name)) {
        throw problem("missing member \"" + name + "\"");
      }
    }
    return this;
  }

  /** The member, present after {@link #object(String...)}. */
  JsonAt get(String name) {
    JsonNode member = node.get(name);
    String at = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    if (member == null) {
      throw problem("missing member \"" + name + "\"");
    }
    return new JsonAt(file, member, at);
  }

  /** The element at {@code index} of this array, which has it. */
  JsonAt element(int index) {
    return new JsonAt(file, node.get(index), pointer + "/" + index);
  }

  /** Maps this value; an argument the domain refuses becomes a problem here. */
  <T> T map(Function<JsonAt, T> mapping) {
    try {
      return mapping.apply(this);
    } catch (IllegalArgumentException e) {
      throw problem(e.getMessage());
    }
  }

  <T> @Nullable T nullable(Function<JsonAt, T> reader) {
    return node.isNull() ? null : reader.apply(this);
  }

  <T> List<T> list(Function<JsonAt, T> element) {
    if (!node.isArray()) {
      throw problem("must be an array");
    }
    List<T> elements = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      elements.add(element.apply(element(i)));
    }
    return elements;
  }

  String string() {
    if (!node.isString()) {
      throw problem("must be a string");
    }
    return node.stringValue();
  }

  /** A date of format v1, {@code 2017-12-01}. */
  LocalDate date() {
    String text = string();
    try {
      if (DATE.matcher(text).matches()) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      // Refused below, as any other text.
    }
    throw problem("must be a date such as 2017-12-01: " + abbreviate(node.toString()));
  }

  boolean bool() {
    if (!node.isBoolean()) {
      throw problem("must be true or false");
    }
    return node.booleanValue();
  }

  double number() {
    if (!node.isNumber()) {
      throw problem("must be a number");
    }
    double value = node.doubleValue();
    if (!Double.isFinite(value)) {
      throw problem("must be a finite number: " + abbreviate(node.toString()));
    }
    return value;
  }

  long count() {
    if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
      throw problem("must be an integer ≥ 0");
    }
    return node.longValue();
  }

  int integer(int minimum) {
    if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < minimum) {
      throw problem("must be an integer ≥ " + minimum);
    }
    return node.intValue();
  }
}

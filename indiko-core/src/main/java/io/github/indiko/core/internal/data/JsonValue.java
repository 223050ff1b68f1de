package io.github.indiko.core.internal.data;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A JSON value of a data line, read under format v1's limits: no duplicate member, finite numbers
 * within ±1e15, nesting at most 16. Immutable once built; Jackson-free so that validation code does
 * not depend on the parser.
 */
public sealed interface JsonValue {
  /** Longest rendering of a value in a message, in code points. */
  int SHOWN = 60;

  /**
   * @return what the value looks like in JSON, compact and cut to about 60 code points, for
   *     messages
   */
  default String shown() {
    StringBuilder out = new StringBuilder();
    render(this, out);
    return out.codePointCount(0, out.length()) <= SHOWN
        ? out.toString()
        : out.substring(0, out.offsetByCodePoints(0, SHOWN)) + "…";
  }

  /**
   * @param text a text from a line
   * @return the text as {@link StringValue#shown()} shows it: quoted, cut to about 60 code points
   */
  static String shown(String text) {
    return new StringValue(text).shown();
  }

  /**
   * An object, members in document order.
   *
   * @param members name to value
   */
  record ObjectValue(Map<String, JsonValue> members) implements JsonValue {
    /** Copies the members, keeping their order. */
    public ObjectValue {
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }
  }

  /**
   * An array.
   *
   * @param elements its elements in order
   */
  record ArrayValue(List<JsonValue> elements) implements JsonValue {
    /** Copies the elements. */
    public ArrayValue {
      elements = List.copyOf(elements);
    }
  }

  /**
   * A string.
   *
   * @param value its text
   */
  record StringValue(String value) implements JsonValue {}

  /**
   * A number, exactly as written.
   *
   * @param value its exact value, within ±1e15
   */
  record NumberValue(BigDecimal value) implements JsonValue {
    /**
     * @return whether its fractional part is zero ({@code 4.0} is the integer 4)
     */
    public boolean isInteger() {
      return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /**
     * @return the value as text without exponent nor trailing zeros: {@code 4}, {@code 2.5}
     */
    public String plain() {
      return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
  }

  /**
   * {@code true} or {@code false}.
   *
   * @param value the boolean
   */
  record BooleanValue(boolean value) implements JsonValue {}

  /** {@code null}. */
  record NullValue() implements JsonValue {}

  /**
   * @param text a text
   * @return the text as a JSON string: quoted, with {@code "}, {@code \} and control characters
   *     escaped
   */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    quote(text, out);
    return out.toString();
  }

  /**
   * Appends a text as a JSON string.
   *
   * @param text a text
   * @param out where to append
   */
  static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c) && !isPaired(text, i)) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean isPaired(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  private static void render(JsonValue value, StringBuilder out) {
    if (out.length() > 2 * SHOWN) {
      return;
    }
    if (value instanceof ObjectValue object) {
      out.append('{');
      String separator = "";
      for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
        if (out.length() > 2 * SHOWN) {
          break;
        }
        out.append(separator);
        separator = ", ";
        quote(member.getKey(), out);
        out.append(": ");
        render(member.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof ArrayValue array) {
      out.append('[');
      String separator = "";
      for (JsonValue element : array.elements()) {
        if (out.length() > 2 * SHOWN) {
          break;
        }
        out.append(separator);
        separator = ", ";
        render(element, out);
      }
      out.append(']');
    } else if (value instanceof StringValue string) {
      String text = string.value();
      // Only the start is ever shown: do not copy a long text whole.
      quote(text.length() > 2 * SHOWN ? text.substring(0, 2 * SHOWN) + "…" : text, out);
    } else if (value instanceof NumberValue number) {
      out.append(number.plain());
    } else if (value instanceof BooleanValue bool) {
      out.append(bool.value());
    } else {
      out.append("null");
    }
  }
}

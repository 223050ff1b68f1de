package io.github.indiko.core.internal.data;

import io.github.indiko.core.internal.Strings;
import io.github.indiko.core.internal.json.JsonErrors;
import io.github.indiko.core.internal.json.StrictJson;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.ObjectReader;

/**
 * Reads one data line into a {@link JsonValue} under format v1's limits, or says why it cannot:
 * strict UTF-8, nesting at most 16, no duplicate member, finite numbers within ±1e15, nothing after
 * the value. Not thread-safe (it reuses a decoding buffer); create one per reader.
 *
 * <p>The strict configuration of {@link StrictJson#lines()} is used with two of its refusals moved
 * here, so that they get format v1's messages: duplicate members, and NaN/Infinity (read as tokens,
 * then refused).
 */
public final class JsonLineParser {
  private static final BigDecimal LIMIT = BigDecimal.valueOf(1_000_000_000_000_000L);
  private static final BigDecimal SCIENTIFIC = LIMIT.multiply(BigDecimal.TEN);
  private static final int LONGEST_MESSAGE = 200;

  private static final ObjectReader READER =
      StrictJson.lines()
          .reader()
          .without(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .with(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS);

  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final CharBuffer chars;

  /**
   * @param maxBytes the longest line that will be given, in bytes
   */
  public JsonLineParser(int maxBytes) {
    // A UTF-8 byte never decodes to more than one char.
    this.chars = CharBuffer.allocate(maxBytes);
  }

  /** The outcome of reading a line. */
  public sealed interface Result {}

  /**
   * The line is JSON within the limits.
   *
   * @param value its value
   */
  public record Parsed(JsonValue value) implements Result {}

  /**
   * The line is not JSON within the limits.
   *
   * @param message why, for a person
   */
  public record Malformed(String message) implements Result {}

  /**
   * @param bytes holds the line's bytes
   * @param offset where they start in {@code bytes}
   * @param length how many there are, at most the {@code maxBytes} given at creation
   * @return the value, or why the line is malformed
   */
  public Result parse(byte[] bytes, int offset, int length) {
    if (length > chars.capacity()) {
      throw new IllegalArgumentException(
          "a line of " + length + " bytes is beyond this parser's " + chars.capacity());
    }
    decoder.reset();
    chars.clear();
    ByteBuffer input = ByteBuffer.wrap(bytes, offset, length);
    CoderResult decoded = decoder.decode(input, chars, true);
    if (!decoded.isError()) {
      decoded = decoder.flush(chars);
    }
    if (decoded.isError()) {
      return new Malformed("not valid UTF-8");
    }
    char[] text = chars.array();
    int size = chars.position();
    if (deeperThanLimit(text, size)) {
      return new Malformed("nested deeper than " + StrictJson.MAX_LINE_DEPTH);
    }
    try (JsonParser parser = READER.createParser(text, 0, size)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new Malformed("not valid JSON: no value");
      }
      Builder builder = new Builder(parser);
      JsonValue value = builder.value(first);
      String problem = builder.problem;
      if (problem != null) {
        return new Malformed(problem);
      }
      if (parser.nextToken() != null) {
        return new Malformed(
            "not valid JSON: more than one value, at column "
                + column(parser.currentTokenLocation()));
      }
      return new Parsed(value);
    } catch (StreamConstraintsException e) {
      // Nesting is refused above; what is left within 1 MiB are the lengths of numbers and names.
      return new Malformed(
          "not valid JSON: "
              + String.valueOf(e.getOriginalMessage()).replaceAll(", from `[^`]*`\\)", ")"));
    } catch (JacksonException e) {
      return new Malformed(invalid(e));
    }
  }

  /**
   * Counts the nesting of objects and arrays outside strings, so that a line nested deeper than the
   * limit is refused with its own message before the parser sees it.
   */
  private static boolean deeperThanLimit(char[] text, int size) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < size; i++) {
      char c = text[i];
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        if (++depth > StrictJson.MAX_LINE_DEPTH) {
          return true;
        }
      } else if (c == ']' || c == '}') {
        depth--;
      }
    }
    return false;
  }

  private static String invalid(JacksonException e) {
    String message = JsonErrors.visible(String.valueOf(e.getOriginalMessage()));
    // Non-finite numbers are tokens here only to be refused with their own message: do not offer
    // them in "was expecting" lists.
    message = message.replace(" (or 'NaN'/'+INF'/'-INF')", "");
    int end = message.indexOf('\n');
    if (end >= 0) {
      message = message.substring(0, end);
    }
    if (message.codePointCount(0, message.length()) > LONGEST_MESSAGE) {
      message = message.substring(0, message.offsetByCodePoints(0, LONGEST_MESSAGE)) + "…";
    }
    TokenStreamLocation location = e.getLocation();
    return location == null
        ? "not valid JSON: " + message
        : "not valid JSON: " + message + " at column " + column(location);
  }

  private static long column(TokenStreamLocation location) {
    return location.getColumnNr();
  }

  /**
   * @param value a number beyond ±1e15
   * @return it as formats.md's messages show it: {@code 1e+16}, {@code -2.5e+20}, {@code
   *     1000000000000001}
   */
  static String beyond(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.abs().compareTo(SCIENTIFIC) < 0) {
      return stripped.toPlainString();
    }
    String digits = stripped.unscaledValue().abs().toString();
    long exponent = (long) digits.length() - 1 - stripped.scale();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return (stripped.signum() < 0 ? "-" : "") + mantissa + "e+" + exponent;
  }

  /** Builds the tree from the tokens, stopping at the first refusal. */
  private static final class Builder {
    private final JsonParser parser;
    private @Nullable String problem;

    Builder(JsonParser parser) {
      this.parser = parser;
    }

    JsonValue value(JsonToken token) {
      switch (token) {
        case START_OBJECT:
          return object();
        case START_ARRAY:
          return array();
        case VALUE_STRING:
          return new JsonValue.StringValue(parser.getString());
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return number();
        case VALUE_TRUE:
          return new JsonValue.BooleanValue(true);
        case VALUE_FALSE:
          return new JsonValue.BooleanValue(false);
        default:
          return new JsonValue.NullValue();
      }
    }

    private JsonValue object() {
      Map<String, JsonValue> members = new LinkedHashMap<>();
      JsonToken token;
      while (problem == null && (token = parser.nextToken()) != JsonToken.END_OBJECT) {
        String name = parser.currentName();
        if (members.containsKey(name)) {
          problem = "member " + JsonValue.shown(name) + " is repeated";
          break;
        }
        token = parser.nextToken();
        members.put(name, value(token));
      }
      return new JsonValue.ObjectValue(members);
    }

    private JsonValue array() {
      List<JsonValue> elements = new ArrayList<>();
      JsonToken token;
      while (problem == null && (token = parser.nextToken()) != JsonToken.END_ARRAY) {
        elements.add(value(token));
      }
      return new JsonValue.ArrayValue(elements);
    }

    private JsonValue number() {
      if (parser.isNaN()) {
        problem = parser.getString() + " is not a finite JSON number";
        return new JsonValue.NullValue();
      }
      BigDecimal value;
      try {
        value = parser.getDecimalValue();
      } catch (NumberFormatException e) {
        // An exponent beyond what BigDecimal holds: the number is either huge or practically 0.
        String text = parser.getString();
        if (text.toLowerCase(Locale.ROOT).contains("e-")) {
          return new JsonValue.NumberValue(BigDecimal.ZERO);
        }
        problem = "number " + Strings.abbreviate(text) + " is beyond +-1e15";
        return new JsonValue.NullValue();
      }
      if (value.abs().compareTo(LIMIT) > 0) {
        problem = "number " + beyond(value) + " is beyond +-1e15";
        return new JsonValue.NullValue();
      }
      return new JsonValue.NumberValue(value);
    }
  }
}

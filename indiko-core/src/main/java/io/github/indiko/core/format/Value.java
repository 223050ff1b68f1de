package io.github.indiko.core.format;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.internal.Checks;
import io.github.indiko.core.internal.Strings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A JSON value of a definition document at its pointer. Each reading method returns the value
 * mapped to Java, or null after reporting why it cannot (so a caller goes on reading the other
 * members and every independent problem is reported).
 */
final class Value {
  private static final BigDecimal LIMIT = BigDecimal.valueOf(Numbers.LIMIT);

  /**
   * A well-formed BCP 47 language tag (RFC 5646 {@code langtag} or {@code privateuse}; the
   * irregular grandfathered tags such as {@code i-klingon} are not read). The JSON Schemas hold the
   * same pattern.
   */
  private static final Pattern LANGUAGE_TAG =
      Pattern.compile(
          "([A-Za-z]{2,3}(-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?"
              + "(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-[0-9A-WY-Za-wy-z](-[A-Za-z0-9]{2,8})+)*"
              + "(-[Xx](-[A-Za-z0-9]{1,8})+)?|[Xx](-[A-Za-z0-9]{1,8})+");

  private final JsonNode node;
  private final String pointer;
  private final Problems problems;

  Value(JsonNode node, String pointer, Problems problems) {
    this.node = node;
    this.pointer = pointer;
    this.problems = problems;
  }

  JsonNode node() {
    return node;
  }

  String pointer() {
    return pointer;
  }

  Problems problems() {
    return problems;
  }

  /** Reports a problem at this value. */
  void problem(String message) {
    problems.add(pointer, message);
  }

  Value child(String name, JsonNode child) {
    return new Value(child, pointer + "/" + escape(name), problems);
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  @Nullable Members object() {
    if (!node.isObject()) {
      problem("must be an object");
      return null;
    }
    return new Members(this);
  }

  /**
   * @return the elements, or null when this is not an array
   */
  @Nullable List<Value> array() {
    if (!node.isArray()) {
      problem("must be an array");
      return null;
    }
    List<Value> elements = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      elements.add(new Value(node.get(i), pointer + "/" + i, problems));
    }
    return elements;
  }

  /**
   * Reads an array whose every element maps to a value.
   *
   * @return the mapped elements, or null when this is not an array or an element is invalid
   */
  <T> @Nullable List<T> list(Function<Value, @Nullable T> element) {
    List<Value> elements = array();
    if (elements == null) {
      return null;
    }
    List<T> mapped = new ArrayList<>(elements.size());
    boolean complete = true;
    for (Value value : elements) {
      T item = element.apply(value);
      if (item == null) {
        complete = false;
      } else {
        mapped.add(item);
      }
    }
    return complete ? mapped : null;
  }

  @Nullable String string() {
    if (!node.isString()) {
      problem("must be a string");
      return null;
    }
    return node.stringValue();
  }

  @Nullable String nonEmptyString() {
    String text = string();
    if (text != null && text.isEmpty()) {
      problem("must not be empty");
      return null;
    }
    return text;
  }

  /**
   * @param type builds the typed identifier from its checked text
   */
  <T> @Nullable T identifier(Function<String, T> type) {
    String text = string();
    if (text == null) {
      return null;
    }
    if (!Checks.IDENTIFIER.matcher(text).matches()) {
      problem(
          "must be an identifier ([a-z0-9][a-z0-9._-]{0,63}): \"" + Strings.abbreviate(text) + "\"");
      return null;
    }
    return type.apply(text);
  }

  /**
   * Checks that the name of this value, a member of an object whose keys are identifiers, is one.
   *
   * @param key the member's name
   * @param type builds the typed identifier from its checked text
   */
  <T> @Nullable T key(String key, Function<String, T> type) {
    if (!Checks.IDENTIFIER.matcher(key).matches()) {
      problem(
          "key must be an identifier ([a-z0-9][a-z0-9._-]{0,63}): \""
              + Strings.abbreviate(key)
              + "\"");
      return null;
    }
    return type.apply(key);
  }

  @Nullable String identifier() {
    return identifier(Function.identity());
  }

  @Nullable Boolean bool() {
    if (!node.isBoolean()) {
      problem("must be true or false");
      return null;
    }
    return node.booleanValue();
  }

  private @Nullable BigDecimal decimal() {
    if (!node.isNumber()) {
      problem("must be a number");
      return null;
    }
    BigDecimal value = node.decimalValue();
    if (value.abs().compareTo(LIMIT) > 0) {
      problem("is beyond ±1e15");
      return null;
    }
    return value;
  }

  /**
   * @return a finite number within ±1e15
   */
  @Nullable Double number() {
    BigDecimal value = decimal();
    return value == null ? null : value.doubleValue();
  }

  /**
   * @return a number whose fractional part is zero, within {@code min..max}
   */
  @Nullable Long integer(long min, long max) {
    BigDecimal value = decimal();
    if (value == null) {
      return null;
    }
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      problem("must be an integer: " + value.toPlainString());
      return null;
    }
    long integer = value.longValueExact();
    if (integer < min || integer > max) {
      problem(String.format(Locale.ROOT, "must be an integer from %d to %d: %d", min, max, integer));
      return null;
    }
    return integer;
  }

  @Nullable Integer integer(int min, int max) {
    Long value = integer((long) min, (long) max);
    return value == null ? null : value.intValue();
  }

  @Nullable Integer integer() {
    return integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  @Nullable LocalDate date() {
    String text = string();
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problem("must be an ISO-8601 local date such as 2017-07-13: \"" + Strings.abbreviate(text) + "\"");
      return null;
    }
  }

  /**
   * @return a BCP 47 language tag
   */
  @Nullable String languageTag() {
    String text = string();
    return text == null || !isLanguageTag(text, this) ? null : text;
  }

  private static boolean isLanguageTag(String tag, Value at) {
    boolean wellFormed = LANGUAGE_TAG.matcher(tag).matches();
    if (!wellFormed) {
      at.problem("\"" + Strings.abbreviate(tag) + "\" is not a BCP 47 language tag");
    }
    return wellFormed;
  }

  /**
   * Reads a localized text and remembers it for the check of the default locale.
   *
   * @return the text, or null after reporting every faulty translation
   */
  @Nullable LocalizedText localized() {
    if (!node.isObject()) {
      problem("must be an object");
      return null;
    }
    if (node.isEmpty()) {
      problem("a localized text needs at least one language");
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    boolean complete = true;
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      Value translation = child(entry.getKey(), entry.getValue());
      String text = translation.string();
      if (!isLanguageTag(entry.getKey(), translation) || text == null) {
        complete = false;
        continue;
      }
      int length = text.codePointCount(0, text.length());
      if (length > LocalizedText.MAX_LENGTH) {
        translation.problem(
            String.format(
                Locale.ROOT,
                "has %d characters, more than %d",
                length,
                LocalizedText.MAX_LENGTH));
        complete = false;
        continue;
      }
      values.put(entry.getKey(), text);
    }
    if (!complete) {
      return null;
    }
    LocalizedText text = new LocalizedText(values);
    problems.text(pointer, text);
    return text;
  }

  /**
   * Builds a record from values already read; a refusal of its constructor is reported at this
   * value's pointer.
   */
  <T> @Nullable T build(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      problem(String.valueOf(e.getMessage()));
      return null;
    }
  }
}

package io.github.indiko.core;

import io.github.indiko.core.internal.Checks;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A text in several languages: BCP 47 tags to strings. Immutable; keys sorted.
 *
 * @param values the translations; at least one, each at most 2 000 code points
 */
public record LocalizedText(Map<String, String> values) {
  /** Longest translation, in Unicode code points. */
  public static final int MAX_LENGTH = 2_000;

  /** Copies the map and checks that it is non-empty with texts of at most 2 000 code points. */
  public LocalizedText {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a localized text needs at least one language");
    }
    TreeMap<String, String> copy = new TreeMap<>();
    values.forEach(
        (tag, text) -> {
          if (tag.isEmpty()) {
            throw new IllegalArgumentException("a language tag must not be empty");
          }
          Checks.maxCodePoints(text, MAX_LENGTH, "text in '" + tag + "'");
          copy.put(tag, text);
        });
    values = Collections.unmodifiableMap(copy);
  }

  /**
   * @param tag a BCP 47 language tag
   * @param text the text in that language
   * @return a text in one language
   */
  public static LocalizedText of(String tag, String text) {
    return new LocalizedText(Map.of(tag, text));
  }

  /**
   * @param tag a BCP 47 language tag
   * @return the text in that language, if present
   */
  public Optional<String> in(String tag) {
    return Optional.ofNullable(values.get(tag));
  }

  /**
   * @param tag a language tag
   * @return whether a text in that language is present
   */
  public boolean has(String tag) {
    return values.containsKey(tag);
  }
}

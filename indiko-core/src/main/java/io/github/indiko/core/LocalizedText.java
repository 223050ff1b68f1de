package io.github.indiko.core;

import io.github.indiko.core.internal.Checks;
import java.util.Collections;
import java.util.Locale;
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

  /**
   * The text for a reader: the one of the exact tag; else of the tag cut back one subtag at a time
   * (RFC 4647 lookup: {@code fr-CA} after {@code fr-CA-x-y}, then {@code fr}); else the first, in
   * tag order, of the same language ({@code fr-BE} for {@code fr-CA}); else the document's
   * default locale; else the first in tag order. Tags are compared ignoring case, as BCP 47 says.
   *
   * @param tag the reader's BCP 47 tag, e.g. {@code fr-CA} or {@code en}
   * @param defaultLocale the default locale of the document that holds this text
   * @return the text and the tag it is written in, as this text spells it; never absent
   */
  public Choice choose(String tag, String defaultLocale) {
    for (String wanted = tag; !wanted.isEmpty(); wanted = shorter(wanted)) {
      for (Map.Entry<String, String> entry : values.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(wanted)) {
          return new Choice(entry.getKey(), entry.getValue());
        }
      }
    }
    String language = Choice.languageOf(tag);
    for (Map.Entry<String, String> entry : values.entrySet()) {
      if (Choice.languageOf(entry.getKey()).equals(language)) {
        return new Choice(entry.getKey(), entry.getValue());
      }
    }
    for (Map.Entry<String, String> entry : values.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(defaultLocale)) {
        return new Choice(entry.getKey(), entry.getValue());
      }
    }
    Map.Entry<String, String> first = values.entrySet().iterator().next();
    return new Choice(first.getKey(), first.getValue());
  }

  /** The tag without its last subtag, and without a single-letter subtag left before it. */
  private static String shorter(String tag) {
    int dash = tag.lastIndexOf('-');
    if (dash < 0) {
      return "";
    }
    String cut = tag.substring(0, dash);
    int before = cut.lastIndexOf('-');
    return cut.length() - before == 2 ? cut.substring(0, Math.max(before, 0)) : cut;
  }

  /**
   * A text chosen by {@link #choose} and the tag it is written in.
   *
   * @param tag the BCP 47 tag of the text
   * @param text the text
   */
  public record Choice(String tag, String text) {
    /**
     * @return the primary language subtag of the tag, lower case, e.g. {@code fr} for {@code
     *     fr-CA}
     */
    public String language() {
      return languageOf(tag);
    }

    /**
     * @param language a language tag, e.g. a page's {@code fr}
     * @return whether this text is in the same language (primary subtags compared ignoring case),
     *     so that it needs no {@code lang} of its own there
     */
    public boolean isIn(String language) {
      return language().equals(languageOf(language));
    }

    private static String languageOf(String tag) {
      int dash = tag.indexOf('-');
      return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
  }
}

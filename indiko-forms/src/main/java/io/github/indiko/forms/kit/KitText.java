package io.github.indiko.forms.kit;

import io.github.indiko.core.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The interface words of one language: {@code messages_fr.properties} or {@code
 * messages_en.properties}, read as UTF-8, placeholders {@code {0}}, {@code {1}}… replaced
 * literally, in one pass (no MessageFormat, so an apostrophe is an apostrophe). French for a locale of language
 * {@code fr}, English for any other. Immutable.
 */
final class KitText {
  /** A text from the definitions and the language tag it is written in. */
  record Label(String text, String tag) {
    /** The language of the tag, e.g. {@code fr} for {@code fr-CA}. */
    String language() {
      return Locale.forLanguageTag(tag).getLanguage();
    }
  }

  private static final Map<String, Map<String, String>> BUNDLES =
      Map.of("fr", load("messages_fr.properties"), "en", load("messages_en.properties"));

  private final String language;
  private final Map<String, String> messages;

  private KitText(String language) {
    this.language = language;
    this.messages = BUNDLES.get(language);
  }

  static KitText of(Locale locale) {
    return new KitText(locale.getLanguage().equals("fr") ? "fr" : "en");
  }

  /** The interface language: {@code fr} or {@code en}. */
  String language() {
    return language;
  }

  /**
   * An interface string with its placeholders replaced by the arguments, as they are.
   *
   * @throws IllegalStateException when the bundle has no such key
   */
  String msg(String key, String... args) {
    String message = messages.get(key);
    if (message == null) {
      throw new IllegalStateException("no message " + key + " in language " + language);
    }
    return substitute(message, args);
  }

  /**
   * An interface string as markup: the string is escaped, then its placeholders are replaced by
   * the arguments, which are markup built from escaped parts.
   */
  String markup(String key, String... markupArgs) {
    return substitute(Markup.escape(msg(key)), markupArgs);
  }

  /**
   * Replaces each placeholder {@code {i}} of the template by {@code args[i]} in one pass, so that
   * an argument that looks like a placeholder stays as it is.
   */
  private static String substitute(String template, String... args) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      int close = template.indexOf('}', i);
      if (template.charAt(i) == '{' && close > i + 1 && close <= i + 3) {
        String index = template.substring(i + 1, close);
        if (index.chars().allMatch(Character::isDigit) && Integer.parseInt(index) < args.length) {
          out.append(args[Integer.parseInt(index)]);
          i = close + 1;
          continue;
        }
      }
      out.append(template.charAt(i));
      i++;
    }
    return out.toString();
  }

  /**
   * A localized text in a reader's locale: the text of the locale's exact tag, else of its
   * language, else of the document's default locale.
   */
  static Label pick(LocalizedText text, Locale locale, String defaultLocale) {
    String tag = locale.toLanguageTag();
    if (text.has(tag)) {
      return new Label(text.values().get(tag), tag);
    }
    String language = locale.getLanguage();
    if (text.has(language)) {
      return new Label(text.values().get(language), language);
    }
    return new Label(text.values().get(defaultLocale), defaultLocale);
  }

  private static Map<String, String> load(String name) {
    Properties properties = new Properties();
    try (InputStream in = KitText.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> messages = new HashMap<>();
    properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
    return Map.copyOf(messages);
  }
}

package io.github.indiko.forms;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.Numbers;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The words of one form in one language: interface strings from {@code messages_fr.properties} or
 * {@code messages_en.properties} (read as UTF-8, placeholders {@code {0}} replaced literally: no
 * MessageFormat), labels from the questionnaire in the citizen's language, numbers and dates for
 * reading. Immutable and thread-safe.
 */
final class Messages {
  /** A label and the language tag it is written in. */
  record Label(String text, String lang) {}

  private static final Map<String, Map<String, String>> BUNDLES =
      Map.of("fr", load("messages_fr.properties"), "en", load("messages_en.properties"));
  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private final String language;
  private final Map<String, String> messages;
  private final Locale locale;
  private final String defaultLocale;

  private Messages(Locale locale, String defaultLocale) {
    this.language = locale.getLanguage().equals("fr") ? "fr" : "en";
    this.messages = BUNDLES.get(language);
    this.locale = locale;
    this.defaultLocale = defaultLocale;
  }

  /**
   * @param locale the citizen's language
   * @param defaultLocale the questionnaire's default locale, for labels it lacks in {@code locale}
   */
  static Messages of(Locale locale, String defaultLocale) {
    return new Messages(locale, defaultLocale);
  }

  /** The interface language: {@code fr} or {@code en}. */
  String language() {
    return language;
  }

  /**
   * An interface string with {@code {0}}, {@code {1}}… replaced by the arguments as they are.
   *
   * @throws IllegalStateException when the bundle has no such key
   */
  String msg(String key, Object... args) {
    String message = messages.get(key);
    if (message == null) {
      throw new IllegalStateException("no message " + key + " in language " + language);
    }
    for (int i = 0; i < args.length; i++) {
      message = message.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return message;
  }

  /** The message of an error code, with its arguments. */
  String error(ErrorCode code, Object... args) {
    return msg("error." + code.code(), args);
  }

  /**
   * A text in the citizen's language: the exact tag, then its language, then the questionnaire's
   * default locale, then the first language the text holds.
   */
  Label label(LocalizedText text) {
    for (String tag : new String[] {locale.toLanguageTag(), locale.getLanguage(), defaultLocale}) {
      String value = text.values().get(tag);
      if (value != null) {
        return new Label(value, tag);
      }
    }
    Map.Entry<String, String> first = text.values().entrySet().iterator().next();
    return new Label(first.getValue(), first.getKey());
  }

  /** A number for reading: no exponent, a decimal comma in French. */
  String number(double value) {
    String plain = Numbers.format(value).replace('-', '\u2212');
    return language.equals("fr") ? plain.replace('.', ',') : plain;
  }

  /** A date for reading: {@code 13/07/2017} in French, {@code 2017-07-13} in English. */
  String date(LocalDate date) {
    return language.equals("fr") ? FRENCH_DATE.format(date) : date.toString();
  }

  /** A text quoted in the interface language's quotation marks. */
  String quote(String text) {
    return msg("quote", text);
  }

  /** The keys of a bundle, for tests. */
  static Map<String, String> bundle(String language) {
    return BUNDLES.get(language);
  }

  private static Map<String, String> load(String name) {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> map = new TreeMap<>();
    properties.forEach((key, value) -> map.put((String) key, (String) value));
    return Map.copyOf(map);
  }
}

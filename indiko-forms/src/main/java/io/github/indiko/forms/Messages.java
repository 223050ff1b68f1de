package io.github.indiko.forms;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.format.Numbers;
import io.github.indiko.core.internal.Bundle;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The words of one form in one language: interface strings from {@code messages_fr.properties} or
 * {@code messages_en.properties} (read as UTF-8, placeholders {@code {0}} replaced literally: no
 * MessageFormat), labels from the questionnaire or the grid in the reader's language, numbers and
 * dates for reading. Immutable and thread-safe.
 */
final class Messages {
  private static final Map<String, Bundle> BUNDLES =
      Map.of("fr", load("fr"), "en", load("en"));
  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private final String language;
  private final Bundle messages;
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
    return messages.msg(key, args);
  }

  /** The message of an error code, with its arguments. */
  String error(FieldError.Code code, Object... args) {
    return msg("error." + code.id(), args);
  }

  /**
   * A text in the citizen's language, else in the questionnaire's default locale: {@link
   * LocalizedText#choose}.
   */
  LocalizedText.Choice label(LocalizedText text) {
    return text.choose(locale.toLanguageTag(), defaultLocale);
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

  /** A theme: its name for domain.md's themes and {@code overall}, else its id. */
  String theme(Theme theme) {
    return messages.find("theme." + theme.id()).orElse(theme.id());
  }

  /** A channel: its name for domain.md's channels, else its id. */
  String channel(Channel channel) {
    return messages.find("channel." + channel.id()).orElse(channel.id());
  }

  /** A text quoted in the interface language's quotation marks. */
  String quote(String text) {
    return msg("quote", text);
  }

  /** The keys of a bundle, for tests. */
  static Map<String, String> bundle(String language) {
    return BUNDLES.get(language).messages();
  }

  /** Reads a bundle here: in a named module, only this module may open its resources. */
  private static Bundle load(String language) {
    return Bundle.load(name -> Messages.class.getResourceAsStream(name), language);
  }
}

package io.github.indiko.forms.kit;

import io.github.indiko.core.internal.Bundle;
import io.github.indiko.core.internal.Bundles;
import io.github.indiko.core.internal.Markup;
import java.util.Locale;
import java.util.Map;

/**
 * The interface words of one language: {@code messages_fr.properties} or {@code
 * messages_en.properties}, read as UTF-8, placeholders {@code {0}}, {@code {1}}… replaced
 * literally, in one pass ({@link Bundles}). French for a locale of language {@code fr}, English
 * for any other. Immutable.
 */
final class KitText {
  private static final Map<String, Bundle> BUNDLES =
      Map.of("fr", load("fr"), "en", load("en"));

  private final String language;
  private final Bundle messages;

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
    return messages.msg(key, (Object[]) args);
  }

  /**
   * An interface string as markup: the string is escaped, then its placeholders are replaced by
   * the arguments, which are markup built from escaped parts.
   */
  String markup(String key, String... markupArgs) {
    return Bundles.fill(Markup.escape(msg(key)), markupArgs);
  }

  /** Reads a bundle here: in a named module, only this module may open its resources. */
  private static Bundle load(String language) {
    return Bundle.load(name -> KitText.class.getResourceAsStream(name), language);
  }
}

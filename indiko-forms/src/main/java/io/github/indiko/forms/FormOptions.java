package io.github.indiko.forms;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How {@link SurveyForm#render} renders a form. Immutable.
 *
 * @param locale the citizen's language: labels in that language when the questionnaire has it (the
 *     exact tag, then its language), else in the questionnaire's default locale; interface strings
 *     in French for a locale of language {@code fr}, in English for any other
 * @param action the URL the form posts to, as the host wants it in the {@code action} attribute
 * @param csrf the host's anti-forgery field, rendered as a hidden field, or null
 * @param scriptNonce the nonce of the page's Content-Security-Policy ({@code script-src
 *     'nonce-…'}): when given, a small inline script shows and hides conditional questions as the
 *     citizen answers; when null, the fragment holds no script at all
 */
public record FormOptions(
    Locale locale, String action, @Nullable CsrfField csrf, @Nullable String scriptNonce) {
  private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9+/_=-]{1,256}");

  /** Checks that nothing required is null and that the nonce is base64 text. */
  public FormOptions {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(action, "action");
    if (scriptNonce != null && !NONCE.matcher(scriptNonce).matches()) {
      throw new IllegalArgumentException("a script nonce is 1 to 256 base64 characters");
    }
  }

  /**
   * @param locale the citizen's language
   * @param action the URL the form posts to
   * @return options without CSRF field nor script
   */
  public static FormOptions of(Locale locale, String action) {
    return new FormOptions(locale, action, null, null);
  }

  /**
   * @param field the host's anti-forgery field
   * @return these options with that field
   */
  public FormOptions withCsrf(CsrfField field) {
    return new FormOptions(locale, action, Objects.requireNonNull(field, "field"), scriptNonce);
  }

  /**
   * @param nonce the nonce of the page's Content-Security-Policy
   * @return these options with the conditional-questions script, carrying that nonce
   */
  public FormOptions withScriptNonce(String nonce) {
    return new FormOptions(locale, action, csrf, Objects.requireNonNull(nonce, "nonce"));
  }
}

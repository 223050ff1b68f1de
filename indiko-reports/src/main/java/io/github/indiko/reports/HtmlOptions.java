package io.github.indiko.reports;

import java.util.Locale;
import java.util.Objects;

/**
 * How HTML pages are rendered.
 *
 * @param locale the language of the page: French or English (another language falls back to
 *     English); labels from the definitions are taken in this language, else in their default
 *     locale
 * @param scale how scores are shown
 */
public record HtmlOptions(Locale locale, ScoreScale scale) {
  /** Checks that nothing is null. */
  public HtmlOptions {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(scale, "scale");
  }
}

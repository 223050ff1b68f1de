package io.github.indiko.servlet;

import io.github.indiko.forms.SubmissionLimits;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * How a {@link SurveyServlet} serves its survey. Immutable.
 *
 * @param locale the citizens' language: the form's labels and the pages in it (French for a
 *     locale of language {@code fr}, English otherwise)
 * @param limits the limits of a POST body; a body beyond {@link SubmissionLimits#maxBodyBytes()}
 *     is refused with 413 before it is read further
 * @param clock when submissions are received: their {@code submittedAt}, and whether the edition
 *     collects (domain.md, Lifecycle of an edition)
 */
public record SurveySettings(Locale locale, SubmissionLimits limits, Clock clock) {
  /** Checks that nothing is null. */
  public SurveySettings {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(clock, "clock");
  }

  /**
   * @param locale the citizens' language
   * @return settings with the default limits and the system clock
   */
  public static SurveySettings of(Locale locale) {
    return new SurveySettings(locale, SubmissionLimits.defaults(), Clock.systemUTC());
  }
}

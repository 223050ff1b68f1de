package io.github.indiko.servlet;

import io.github.indiko.forms.SubmissionLimits;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link SurveyServlet} serves its survey. Immutable; {@link #of} gives the defaults and the
 * {@code with…} methods change one setting.
 *
 * @param locale the citizens' language: the form's labels and the pages in it (French for a
 *     locale of language {@code fr}, English otherwise)
 * @param limits the limits of a POST body; a body beyond {@link SubmissionLimits#maxBodyBytes()}
 *     is refused with 413 before it is read further
 * @param clock when submissions are received: their {@code submittedAt}, and whether the edition
 *     collects (domain.md, Lifecycle of an edition)
 * @param layout whether the survey is a whole page or the form fragment alone, for a host that
 *     wraps it in its own layout (other pages stay whole)
 * @param rateLimit how many submissions one client may post
 * @param openLinks whether the survey answers without an invitation; when false, only invitation
 *     links open it
 * @param resultsMaxAge how long scored reports are served before the store is scored again
 * @param questionnaireVersion the version of the questionnaire the survey serves, one the edition
 *     names (analysis.md §A4), or null for the newest
 */
public record SurveySettings(
    Locale locale,
    SubmissionLimits limits,
    Clock clock,
    Layout layout,
    RateLimit rateLimit,
    boolean openLinks,
    Duration resultsMaxAge,
    @Nullable Integer questionnaireVersion) {
  /** Whether the survey is sent as a whole page or as the form fragment alone. */
  public enum Layout {
    /** A minimal accessible HTML document around the form: language, title, landmark, heading. */
    PAGE,
    /**
     * The form fragment of indiko-forms alone, for the host's own layout: the survey and its
     * re-rendering with errors. The thank-you page and the error pages (not found, expired
     * session, closed survey, invalid invitation, limits) stay whole pages.
     */
    FRAGMENT
  }

  /** Checks that nothing is null and that the age of results is not negative. */
  public SurveySettings {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(rateLimit, "rateLimit");
    Objects.requireNonNull(resultsMaxAge, "resultsMaxAge");
    if (resultsMaxAge.isNegative()) {
      throw new IllegalArgumentException("resultsMaxAge must not be negative: " + resultsMaxAge);
    }
  }

  /**
   * @param locale the citizens' language
   * @return settings with the default limits, the system clock, whole pages, the default rate
   *     limit, open links, results scored again after a minute and the newest version of the
   *     questionnaire
   */
  public static SurveySettings of(Locale locale) {
    return new SurveySettings(
        locale,
        SubmissionLimits.defaults(),
        Clock.systemUTC(),
        Layout.PAGE,
        RateLimit.defaults(),
        true,
        Duration.ofMinutes(1),
        null);
  }

  /**
   * @param limits the limits of a POST body
   * @return these settings with those limits
   */
  public SurveySettings withLimits(SubmissionLimits limits) {
    return new SurveySettings(
        locale, limits, clock, layout, rateLimit, openLinks, resultsMaxAge, questionnaireVersion);
  }

  /**
   * @param clock when submissions are received
   * @return these settings with that clock
   */
  public SurveySettings withClock(Clock clock) {
    return new SurveySettings(
        locale, limits, clock, layout, rateLimit, openLinks, resultsMaxAge, questionnaireVersion);
  }

  /**
   * @param layout a whole page or the fragment alone
   * @return these settings with that layout
   */
  public SurveySettings withLayout(Layout layout) {
    return new SurveySettings(
        locale, limits, clock, layout, rateLimit, openLinks, resultsMaxAge, questionnaireVersion);
  }

  /**
   * @param rateLimit how many submissions one client may post
   * @return these settings with that limit
   */
  public SurveySettings withRateLimit(RateLimit rateLimit) {
    return new SurveySettings(
        locale, limits, clock, layout, rateLimit, openLinks, resultsMaxAge, questionnaireVersion);
  }

  /**
   * @param openLinks whether the survey answers without an invitation
   * @return these settings with that choice
   */
  public SurveySettings withOpenLinks(boolean openLinks) {
    return new SurveySettings(
        locale, limits, clock, layout, rateLimit, openLinks, resultsMaxAge, questionnaireVersion);
  }

  /**
   * @param resultsMaxAge how long scored reports are served before the store is scored again
   * @return these settings with that age
   */
  public SurveySettings withResultsMaxAge(Duration resultsMaxAge) {
    return new SurveySettings(
        locale, limits, clock, layout, rateLimit, openLinks, resultsMaxAge, questionnaireVersion);
  }

  /**
   * @param questionnaireVersion a version of the questionnaire the edition names, or null for the
   *     newest; a version the edition lacks is refused when the servlet is built
   * @return these settings serving that version
   */
  public SurveySettings withQuestionnaireVersion(@Nullable Integer questionnaireVersion) {
    return new SurveySettings(
        locale, limits, clock, layout, rateLimit, openLinks, resultsMaxAge, questionnaireVersion);
  }
}

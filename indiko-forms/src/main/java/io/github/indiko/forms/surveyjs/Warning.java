package io.github.indiko.forms.surveyjs;

import io.github.indiko.core.questionnaire.QuestionId;
import java.util.Objects;

/**
 * One element of a questionnaire that the SurveyJS export did not map exactly. Immutable.
 *
 * @param question the question it belongs to
 * @param member the format v1 member concerned, as a path in the question: {@code theme}, {@code
 *     weight}, {@code topBox}, {@code favourable}, {@code target}, {@code unit}, {@code integer},
 *     {@code maxLength}, {@code minSelected}, {@code when}, {@code options[2].score}, {@code
 *     options[0].favourable}
 * @param kind whether the form is affected
 * @param message what is lost or differs, for a person (English)
 */
public record Warning(QuestionId question, String member, Kind kind, String message) {
  /** Checks that nothing is null or empty. */
  public Warning {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(kind, "kind");
    if (member.isEmpty() || message.isEmpty()) {
      throw new IllegalArgumentException("a warning names a member and says why");
    }
  }

  /** Whether the SurveyJS form behaves differently from format v1. */
  public enum Kind {
    /**
     * Information the SurveyJS JSON does not carry and that does not change what the form shows or
     * accepts: scoring (theme, weight, top box, option scores, favourable answers, targets) and
     * the unit of a number. Scoring keeps reading {@code questionnaire.json}.
     */
    NOT_EXPORTED,
    /**
     * The SurveyJS form may show, hide, accept or refuse differently from format v1 in some cases:
     * a response collected with it can then be rejected by Indiko ({@code invalid_answer}, {@code
     * answered_hidden}, {@code missing_required}), or a valid answer refused by the form.
     */
    INEXACT
  }
}

package io.github.indiko.forms.surveyjs;

/** The questionnaire as SurveyJS JSON. */
public final class SurveyJs {
  private SurveyJs() {}
}

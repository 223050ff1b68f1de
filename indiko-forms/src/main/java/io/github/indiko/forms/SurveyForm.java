package io.github.indiko.forms;

/** A questionnaire as an accessible HTML form fragment. */
public final class SurveyForm {
  private SurveyForm() {}
}

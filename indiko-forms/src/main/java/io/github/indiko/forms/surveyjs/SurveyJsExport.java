package io.github.indiko.forms.surveyjs;

import java.util.List;
import java.util.Objects;

/**
 * A questionnaire as SurveyJS JSON, with what did not map exactly. Immutable.
 *
 * @param json the survey definition that SurveyJS Form Library's {@code new Model(json)} reads:
 *     UTF-16 text of one JSON object, two-space indented, members in a fixed order, ending with a
 *     line feed
 * @param warnings the elements of this questionnaire that did not map exactly, in questionnaire
 *     order; empty when the export is exact
 */
public record SurveyJsExport(String json, List<Warning> warnings) {
  /** Copies the warnings. */
  public SurveyJsExport {
    Objects.requireNonNull(json, "json");
    warnings = List.copyOf(warnings);
  }

  /**
   * @param kind a kind of warning
   * @return the warnings of that kind, in order
   */
  public List<Warning> warnings(Warning.Kind kind) {
    return warnings.stream().filter(warning -> warning.kind() == kind).toList();
  }
}

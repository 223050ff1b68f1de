package io.github.indiko.forms.surveyjs;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Section;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Small questionnaires for the tests, and reading the export back. */
final class Fixtures {
  private Fixtures() {}

  static LocalizedText text(String fr, String en) {
    return new LocalizedText(Map.of("fr", fr, "en", en));
  }

  static Option option(String value) {
    return new Option(value, text("Option " + value, "Choice " + value), null, null);
  }

  static Question question(String id, QuestionType type) {
    return question(id, type, null);
  }

  static Question question(String id, QuestionType type, @Nullable String when) {
    return new Question(
        new QuestionId(id), type, text("Question " + id, "Ask " + id), null, null, 1, false, when);
  }

  static Question question(
      String id, QuestionType type, @Nullable Theme theme, double weight, boolean required) {
    return new Question(
        new QuestionId(id), type, text("Question " + id, "Ask " + id), null, theme, weight,
        required, null);
  }

  static Questionnaire questionnaire(Question... questions) {
    return new Questionnaire(
        "test", 1, "fr", text("Titre", "Title"), List.of(new Section("main", null, List.of(questions))));
  }

  /** The element named {@code name} in an export. */
  static JsonNode element(SurveyJsExport export, String name) {
    JsonNode survey = SurveyJsSchema.JSON.readTree(export.json());
    for (JsonNode page : survey.get("pages")) {
      for (JsonNode element : page.get("elements")) {
        if (element.get("name").asString().equals(name)) {
          return element;
        }
      }
    }
    throw new AssertionError("no element " + name + " in " + export.json());
  }

  static JsonNode json(String text) {
    return SurveyJsSchema.JSON.readTree(text);
  }
}

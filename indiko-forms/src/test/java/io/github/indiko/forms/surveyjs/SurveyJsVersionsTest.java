package io.github.indiko.forms.surveyjs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.samples.SyntheticEdition;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every version of an edition naming two versions of its questionnaire (analysis.md §A4) exports
 * to SurveyJS: the synthetic edition's 3 and 4, version 4 adding {@code online_appointment} and
 * rewording {@code courtesy_staff}.
 */
class SurveyJsVersionsTest {
  private static final EditionDefinitions TWO_VERSIONS =
      SyntheticEdition.defaults().withVersions(2).definitions();

  @Test
  void export_eachVersion_validatesAndHoldsItsOwnQuestionsAndLabels() {
    Map<Integer, Map<String, String>> titles = new LinkedHashMap<>();
    for (Questionnaire version : TWO_VERSIONS.questionnaires()) {
      SurveyJsExport export = SurveyJs.export(version);

      assertThat(SurveyJsSchema.errors(export.json()))
          .as("version %d", version.version())
          .isEmpty();
      titles.put(version.version(), titles(export));
    }

    assertThat(titles.keySet()).containsExactly(3, 4);
    assertThat(titles.get(3)).doesNotContainKey("online_appointment");
    assertThat(titles.get(4))
        .containsEntry(
            "online_appointment",
            "Le nouveau service de prise de rendez-vous en ligne vous a-t-il été utile ?")
        .containsEntry("courtesy_staff", "L'accueil a-t-il été aimable ?");
    assertThat(titles.get(3)).containsEntry("courtesy_staff", "Le personnel a-t-il été courtois ?");
    assertThat(titles.get(4).keySet()).containsAll(titles.get(3).keySet());
  }

  /** Each element's name and French title, the questionnaire's default locale. */
  private static Map<String, String> titles(SurveyJsExport export) {
    JsonNode survey = SurveyJsSchema.JSON.readTree(export.json());
    Map<String, String> titles = new LinkedHashMap<>();
    for (JsonNode page : survey.get("pages")) {
      for (JsonNode element : page.get("elements")) {
        titles.put(element.get("name").asString(), element.get("title").get("default").asString());
      }
    }
    return titles;
  }
}

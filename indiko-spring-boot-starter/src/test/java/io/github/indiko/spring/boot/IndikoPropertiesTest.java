package io.github.indiko.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.forms.SubmissionLimits;
import io.github.indiko.servlet.RateLimit;
import io.github.indiko.servlet.SurveySettings;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration metadata that IDEs complete {@code indiko.*} from, generated at build time
 * from {@link IndikoProperties}, and the properties' defaults.
 */
class IndikoPropertiesTest {
  private static final List<String> PROPERTIES =
      List.of(
          "indiko.edition",
          "indiko.mount-path",
          "indiko.locale",
          "indiko.layout",
          "indiko.open-links",
          "indiko.questionnaire-version",
          "indiko.rate-limit.burst",
          "indiko.rate-limit.refill",
          "indiko.max-body-bytes",
          "indiko.results-max-age",
          "indiko.submission-secret",
          "indiko.invitations.key",
          "indiko.store.sqlite-file",
          "indiko.store.migrate",
          "indiko.security.operator-role",
          "indiko.security.structure-authority-prefix");

  @Test
  void metadata_everyProperty_describedWithItsType() throws IOException {
    Map<String, JsonNode> byName = new HashMap<>();
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).isNotNull();
      for (JsonNode property : JsonMapper.shared().readTree(in).get("properties")) {
        byName.put(property.get("name").asString(), property);
      }
    }

    assertThat(byName.keySet()).containsAll(PROPERTIES);
    for (String name : PROPERTIES) {
      JsonNode property = byName.get(name);
      assertThat(property.path("description").asString()).as(name).hasSizeGreaterThan(20);
      assertThat(property.path("type").asString()).as(name).isNotBlank();
    }
    assertThat(byName.get("indiko.mount-path").get("defaultValue").asString())
        .isEqualTo("/survey");
    assertThat(byName.get("indiko.rate-limit.burst").get("defaultValue").asInt()).isEqualTo(30);
  }

  @Test
  void defaults_theServletsDefaults() {
    IndikoProperties properties = new IndikoProperties();
    SurveySettings settings = SurveySettings.of(Locale.FRENCH);

    assertThat(properties.getRateLimit().getBurst()).isEqualTo(RateLimit.defaults().burst());
    assertThat(properties.getRateLimit().getRefill()).isEqualTo(RateLimit.defaults().refill());
    assertThat(properties.getMaxBodyBytes())
        .isEqualTo(SubmissionLimits.defaults().maxBodyBytes());
    assertThat(properties.getResultsMaxAge()).isEqualTo(settings.resultsMaxAge());
    assertThat(properties.getLayout()).isEqualTo(settings.layout());
    assertThat(properties.isOpenLinks()).isEqualTo(settings.openLinks());
    assertThat(properties.getQuestionnaireVersion()).isNull();
    assertThat(settings.questionnaireVersion()).isNull();
  }
}

package io.github.indiko.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.samples.SyntheticEdition;
import io.github.indiko.servlet.ServletFixture.Form;
import io.github.indiko.store.IndikoStore;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.apache.catalina.LifecycleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The survey of an edition naming two versions of its questionnaire (analysis.md §A4) over HTTP:
 * the synthetic edition's 3 and 4, version 4 adding {@code online_appointment} and rewording
 * {@code courtesy_staff}. The newest is served unless the settings name another.
 */
class QuestionnaireVersionsHttpTest {
  private static final String PATH = "/survey/mairie-lanvezec";
  private static final String ADDED = "name=\"online_appointment\"";
  private static final SyntheticEdition TWO_VERSIONS =
      SyntheticEdition.defaults()
          .withVersions(2)
          .withResponses(0)
          .withAudits(0)
          .withPrevious(false);

  @TempDir Path temp;

  @Test
  void get_defaultSettings_servesTheNewestVersionsQuestions() throws Exception {
    try (ServletFixture server = start(settings -> settings)) {
      HttpResponse<String> page = server.get(PATH);

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains(ADDED).contains("L&#39;accueil a-t-il été aimable ?");
    }
  }

  @Test
  void post_defaultSettings_storesALineOfTheNewestVersion() throws Exception {
    try (ServletFixture server = start(settings -> settings)) {
      Form form = server.open(PATH);

      HttpResponse<String> answer =
          server.post(
              form,
              ServletFixture.minimal()
                  + "&used_online=true&online_useful=3&online_appointment=4");

      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
      assertThat(stored(server))
          .singleElement()
          .satisfies(
              line -> assertThat(line).contains("\"version\":4", "\"online_appointment\":4"));
    }
  }

  @Test
  void post_olderVersionSet_servesAndStoresThatVersion() throws Exception {
    try (ServletFixture server = start(settings -> settings.withQuestionnaireVersion(3))) {
      HttpResponse<String> page = server.get(PATH);
      Form form = server.open(PATH);

      HttpResponse<String> answer = server.post(form, ServletFixture.minimal());

      assertThat(page.body())
          .doesNotContain(ADDED)
          .contains("Le personnel a-t-il été courtois ?");
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
      assertThat(stored(server))
          .singleElement()
          .satisfies(line -> assertThat(line).contains("\"version\":3"));
    }
  }

  @Test
  void build_versionTheEditionLacks_refused() throws Exception {
    EditionDefinitions definitions = TWO_VERSIONS.definitions();
    try (IndikoStore store = IndikoStore.sqlite(temp.resolve("store.db"))) {
      SurveyServlet.Builder builder =
          SurveyServlet.builder(definitions, store.edition(definitions))
              .settings(SurveySettings.of(Locale.FRENCH).withQuestionnaireVersion(5));

      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no version 5")
          .hasMessageEndingWith("it names 3, 4");
    }
  }

  private ServletFixture start(UnaryOperator<SurveySettings> settings)
      throws IOException, LifecycleException {
    return new ServletFixture(
        temp,
        IndikoStore::sqlite,
        settings,
        servlet -> servlet,
        false,
        dir -> {
          TWO_VERSIONS.write(dir);
          return dir;
        });
  }

  /** The lines the store holds, as it exports them. */
  private List<String> stored(ServletFixture server) throws IOException {
    Path out = temp.resolve("export");
    server.edition.export(out);
    return Files.readAllLines(out.resolve(ServletFixture.RESPONSES));
  }
}

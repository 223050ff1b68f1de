package io.github.indiko.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.store.EditionStore;
import io.github.indiko.store.IndikoStore;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An application without a DataSource, with the starter and properties alone: the responses go
 * to the SQLite file that {@code indiko.store.sqlite-file} names, in the French the edition
 * speaks by default.
 */
@SpringBootTest(
    classes = CollectingApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "server.address=127.0.0.1",
      "spring.autoconfigure.exclude="
          + NoLogin.CONFIGURATIONS
          + ",org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"
    })
class SqlitePropertiesTest {
  private static Path folder;

  @LocalServerPort int port;
  @Autowired IndikoStore store;
  @Autowired EditionStore edition;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    folder = SurveyHttp.folderWithTheSample("indiko-starter-sqlite-");
    Path sample = folder.resolve("edition");
    registry.add("indiko.edition", () -> sample.toUri().toString());
    registry.add("indiko.store.sqlite-file", () -> folder.resolve("data/responses.db").toString());
  }

  @AfterAll
  static void deleteFolder() throws IOException {
    SurveyHttp.delete(folder);
  }

  @Test
  void post_withoutDataSource_storedInTheSqliteFile() throws Exception {
    SurveyHttp http = new SurveyHttp(port);
    SurveyHttp.Form form = http.open("/survey");
    long before = edition.count("responses.jsonl");

    HttpResponse<String> answer = http.post("/survey", form, form.body(SurveyHttp.ANSWERS));
    HttpResponse<String> thanks = http.get("/survey/" + SurveyHttp.STRUCTURE + "/thanks");

    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(thanks.body()).contains("Merci pour votre réponse");
    assertThat(edition.count("responses.jsonl")).isEqualTo(before + 1);
    assertThat(store.describe()).isEqualTo("sqlite store " + folder.resolve("data/responses.db"));
    assertThat(folder.resolve("data/responses.db")).isNotEmptyFile();
  }
}

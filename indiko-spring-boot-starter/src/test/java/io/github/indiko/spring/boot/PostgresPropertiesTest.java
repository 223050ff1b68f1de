package io.github.indiko.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.testsupport.PostgresServer;
import io.github.indiko.testsupport.RequiresPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Spring Boot application with the starter and properties alone, no Indiko bean: the sample
 * edition's folder, and a fresh database of a real PostgreSQL as the application's DataSource.
 * The survey is served, and what citizens post is in PostgreSQL, once.
 */
@RequiresPostgres
@SpringBootTest(
    classes = CollectingApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "server.address=127.0.0.1",
      "indiko.mount-path=/barometre",
      "spring.autoconfigure.exclude=" + NoLogin.CONFIGURATIONS
    })
class PostgresPropertiesTest {
  private static Path edition;

  @LocalServerPort int port;
  @Autowired DataSource dataSource;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException, SQLException {
    edition = SurveyHttp.folderWithTheSample("indiko-starter-pg-").resolve("edition");
    String database = "starter_" + UUID.randomUUID().toString().replace("-", "");
    String url = PostgresServer.shared().createDatabase(database).getURL();
    registry.add("indiko.edition", () -> edition.toUri().toString());
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> PostgresServer.USER);
  }

  @AfterAll
  static void deleteEdition() throws IOException {
    SurveyHttp.delete(edition.getParent());
  }

  @Test
  void post_formFromProperties_storedOnceInPostgres() throws Exception {
    SurveyHttp http = new SurveyHttp(port);
    SurveyHttp.Form form = http.open("/barometre");
    long before = rows();

    HttpResponse<String> answer = http.post("/barometre", form, form.body(SurveyHttp.ANSWERS));
    HttpResponse<String> replay = http.post("/barometre", form, form.body(SurveyHttp.ANSWERS));

    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.headers().firstValue("Location"))
        .hasValueSatisfying(
            to -> assertThat(to).endsWith("/barometre/" + SurveyHttp.STRUCTURE + "/thanks"));
    assertThat(replay.statusCode()).isEqualTo(303);
    assertThat(rows()).isEqualTo(before + 1);
    assertThat(dataSource.getConnection().getMetaData().getURL()).startsWith("jdbc:postgresql:");
  }

  /** The rows of the sample's structure in PostgreSQL, read with JDBC. */
  private long rows() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet count =
            statement.executeQuery(
                "select count(*) from indiko_responses where edition = '2017' and structure = '"
                    + SurveyHttp.STRUCTURE
                    + "'")) {
      count.next();
      return count.getLong(1);
    }
  }
}

package io.github.indiko.servlet;

import static io.github.indiko.servlet.ServletFixture.STRUCTURE;
import static io.github.indiko.servlet.ServletFixture.minimal;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.servlet.ServletFixture.Form;
import io.github.indiko.store.IndikoStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store that fails during a POST: 503 with Retry-After, and a log line without the answers. */
class StoreFailureTest {
  @TempDir Path temp;

  private final AtomicBoolean down = new AtomicBoolean();
  private ServletFixture fixture;

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  @Test
  void post_dataSourceFails_503RetryAfterNothingRecorded() throws Exception {
    fixture = new ServletFixture(temp, this::failing, s -> s, builder -> builder);
    Form form = fixture.open();
    down.set(true);

    PrintStream err = System.err;
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    HttpResponse<String> answer;
    System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    try {
      answer = fixture.post(form, minimal() + "&comment=secret-comment");
    } finally {
      System.setErr(err);
    }

    assertThat(answer.statusCode()).isEqualTo(503);
    assertThat(answer.headers().firstValue("Retry-After")).hasValue("30");
    assertThat(answer.body())
        .contains("momentanément indisponible", "votre réponse n&#39;a pas été enregistrée")
        .contains("Réessayez");
    String log = logged.toString(StandardCharsets.UTF_8);
    assertThat(log)
        .contains("WARN", "SurveyServlet", "edition 2017", STRUCTURE, "StoreException")
        .doesNotContain("secret-comment", form.token(), form.session(), "courtesy_staff");
    down.set(false);
    assertThat(fixture.post(form, minimal()).statusCode()).isEqualTo(303);
    assertThat(fixture.edition.count(ServletFixture.RESPONSES)).isEqualTo(1);
  }

  @Test
  void post_storeClosed_503() throws Exception {
    fixture = ServletFixture.start(temp, s -> s, builder -> builder);
    Form form = fixture.open();
    fixture.store.close();

    HttpResponse<String> answer = fixture.post(form, minimal());

    assertThat(answer.statusCode()).isEqualTo(503);
    assertThat(answer.headers().firstValue("Retry-After")).hasValue("30");
  }

  /** A store on a SQLite file whose connections fail while {@link #down} is set. */
  private IndikoStore failing(Path file) {
    String url = "jdbc:sqlite:" + file;
    DataSource dataSource =
        (DataSource)
            Proxy.newProxyInstance(
                DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getConnection")) {
                    if (down.get()) {
                      throw new SQLException("the database is down");
                    }
                    return DriverManager.getConnection(url);
                  }
                  if (method.getName().equals("toString")) {
                    return "failing SQLite data source";
                  }
                  throw new SQLException("not supported: " + method.getName());
                });
    return IndikoStore.of(dataSource);
  }
}

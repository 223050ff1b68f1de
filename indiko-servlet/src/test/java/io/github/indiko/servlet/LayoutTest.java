package io.github.indiko.servlet;

import static io.github.indiko.servlet.ServletFixture.STRUCTURE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.servlet.ServletFixture.Form;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fragment layout: the form alone for the host's own layout, other pages whole. */
class LayoutTest {
  @TempDir Path temp;

  private ServletFixture fixture;

  @BeforeEach
  void start() throws Exception {
    fixture =
        ServletFixture.start(
            temp, s -> s.withLayout(SurveySettings.Layout.FRAGMENT), builder -> builder);
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  @Test
  void get_fragment_theFormAloneWithItsScriptNonce() throws Exception {
    HttpResponse<String> page = fixture.get("/survey/" + STRUCTURE);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .doesNotContain("<!doctype", "<html", "<main", "<h1")
        .contains("<form", "name=\"_csrf\"");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'nonce-"));
  }

  @Test
  void post_refusedInFragment_theFormWithItsErrorsAlone() throws Exception {
    Form form = fixture.open();

    HttpResponse<String> answer = fixture.post(form, "courtesy_staff=4&problem_solved=yes");

    assertThat(answer.statusCode()).isEqualTo(422);
    assertThat(answer.body())
        .doesNotContain("<!doctype")
        .contains("ik-error-summary", "Répondez à cette question.");
  }

  @Test
  void thanksAndErrorPages_stayWholePages() throws Exception {
    Form form = fixture.open();
    fixture.post(form, ServletFixture.minimal());

    HttpResponse<String> thanks = fixture.get("/survey/" + STRUCTURE + "/thanks");
    HttpResponse<String> missing = fixture.get("/survey/no-such-structure");

    assertThat(thanks.body()).startsWith("<!doctype html>").contains("Merci pour votre réponse");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).startsWith("<!doctype html>");
  }
}

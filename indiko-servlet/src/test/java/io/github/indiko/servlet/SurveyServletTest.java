package io.github.indiko.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.servlet.ServletFixture.Form;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.apache.catalina.LifecycleException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The survey over real HTTP: the servlet mounted at {@code /survey/*} in an embedded Tomcat on
 * 127.0.0.1 ({@link ServletFixture}), storing the 2017 sample's responses into a SQLite store in a
 * temporary folder.
 */
class SurveyServletTest {
  private static final String STRUCTURE = "mairie-grandpre-sur-vire";
  private static final String RESPONSES = "responses.jsonl";
  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("ik_session=([^;]+)");

  @TempDir Path temp;

  private ServletFixture server;

  @BeforeEach
  void start() throws IOException, LifecycleException {
    server = ServletFixture.start(temp, settings -> settings, servlet -> servlet);
  }

  @AfterEach
  void stop() throws LifecycleException {
    server.close();
  }

  @Test
  void get_enrolledStructure_rendersTheFormWithATokenAndASessionCookie() throws Exception {
    HttpResponse<String> page = get("/survey/" + STRUCTURE);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body())
        .startsWith("<!doctype html>\n<html lang=\"fr\">")
        .contains("<form", "method=\"post\"", "action=\"/survey/" + STRUCTURE + "\"")
        .containsPattern(TOKEN);
    assertThat(page.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(
            cookie ->
                assertThat(cookie)
                    .containsPattern(SESSION)
                    .contains("HttpOnly", "SameSite=Strict", "Path=/survey"));
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'nonce-"));
  }

  @Test
  void post_validAnswers_storesOneLineAndRedirectsToThanks() throws Exception {
    Form form = open();

    HttpResponse<String> answer = post(form, form.body(minimal()));

    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.headers().firstValue("Location"))
        .hasValueSatisfying(
            location -> assertThat(location).endsWith("/survey/" + STRUCTURE + "/thanks"));
    assertThat(server.edition.count(RESPONSES)).isEqualTo(1);
    HttpResponse<String> thanks = get("/survey/" + STRUCTURE + "/thanks");
    assertThat(thanks.statusCode()).isEqualTo(200);
    assertThat(thanks.body()).contains("Merci pour votre réponse");
  }

  @Test
  void post_replayed_sameRedirectAndNothingStored() throws Exception {
    Form form = open();
    HttpResponse<String> first = post(form, form.body(minimal()));

    HttpResponse<String> replay = post(form, form.body(minimal()));
    HttpResponse<String> changed =
        post(form, form.body("courtesy_staff=1&problem_solved=no&overall=1"));

    assertThat(first.statusCode()).isEqualTo(303);
    assertThat(replay.statusCode()).isEqualTo(303);
    assertThat(replay.headers().firstValue("Location"))
        .isEqualTo(first.headers().firstValue("Location"));
    assertThat(changed.statusCode()).isEqualTo(303);
    assertThat(server.edition.count(RESPONSES)).isEqualTo(1);
  }

  @Test
  void post_doubleClick_bothRedirectedAndOneLineStored() throws Exception {
    Form form = open();
    String body = form.body(minimal());
    List<Callable<HttpResponse<String>>> clicks =
        List.of(() -> post(form, body), () -> post(form, body));

    List<Future<HttpResponse<String>>> answers;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      answers = pool.invokeAll(clicks);
    } finally {
      pool.shutdown();
    }

    for (Future<HttpResponse<String>> answer : answers) {
      assertThat(answer.get().statusCode()).isEqualTo(303);
    }
    assertThat(server.edition.count(RESPONSES)).isEqualTo(1);
  }

  @Test
  void post_twoForms_twoLinesStored() throws Exception {
    Form one = open();
    Form two = open();

    post(one, one.body(minimal()));
    post(two, two.body(minimal()));

    assertThat(one.token()).isNotEqualTo(two.token());
    assertThat(server.edition.count(RESPONSES)).isEqualTo(2);
  }

  @Test
  void post_missingRequiredAnswer_422WithTheErrorAndNothingStored() throws Exception {
    Form form = open();

    HttpResponse<String> answer = post(form, form.body("courtesy_staff=4&problem_solved=yes"));

    assertThat(answer.statusCode()).isEqualTo(422);
    assertThat(answer.body())
        .contains("<title>Erreur : ", "ik-error-summary", "Répondez à cette question.")
        .contains("value=\"" + form.token() + "\"");
    assertThat(server.edition.count(RESPONSES)).isZero();
  }

  @Test
  void post_correctedAfterARefusal_storedOnce() throws Exception {
    Form form = open();

    post(form, form.body("courtesy_staff=4&problem_solved=yes"));
    HttpResponse<String> corrected = post(form, form.body(minimal()));

    assertThat(corrected.statusCode()).isEqualTo(303);
    assertThat(server.edition.count(RESPONSES)).isEqualTo(1);
  }

  @Test
  void post_missingToken_403AndNothingStored() throws Exception {
    Form form = open();

    HttpResponse<String> answer = post(form, minimal());

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body()).contains("Session expirée");
    assertThat(server.edition.count(RESPONSES)).isZero();
  }

  @Test
  void post_forgedToken_403AndNothingStored() throws Exception {
    Form form = open();
    String nonce = form.token().substring(0, form.token().indexOf('.'));
    Form forged = new Form(form.session(), nonce + "." + "A".repeat(43), form.action());

    HttpResponse<String> answer = post(forged, forged.body(minimal()));

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(server.edition.count(RESPONSES)).isZero();
  }

  @Test
  void post_tokenOfAnotherSession_403AndNothingStored() throws Exception {
    Form mine = open();
    Form theirs = open();

    HttpResponse<String> answer =
        post(new Form(mine.session(), theirs.token(), mine.action()), theirs.body(minimal()));

    assertThat(mine.session()).isNotEqualTo(theirs.session());
    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(server.edition.count(RESPONSES)).isZero();
  }

  @Test
  void post_withoutSessionCookie_403AndNothingStored() throws Exception {
    Form form = open();

    HttpResponse<String> answer =
        post(new Form(null, form.token(), form.action()), form.body(minimal()));

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(server.edition.count(RESPONSES)).isZero();
  }

  @Test
  void post_bodyBeyondTheLimit_413AndNothingStored() throws Exception {
    Form form = open();

    HttpResponse<String> answer =
        post(form, form.body(minimal() + "&comment=" + "a".repeat(1 << 20)));

    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(server.edition.count(RESPONSES)).isZero();
  }

  @Test
  void get_unknownStructureOrPath_404() throws Exception {
    assertThat(get("/survey/no-such-structure").statusCode()).isEqualTo(404);
    assertThat(get("/survey/Not%20An%20Id").statusCode()).isEqualTo(404);
    assertThat(get("/survey/").statusCode()).isEqualTo(404);
    assertThat(get("/survey/" + STRUCTURE + "/results").statusCode()).isEqualTo(404);
  }

  @Test
  void post_unknownStructure_404AndNothingStored() throws Exception {
    Form form = open();

    HttpResponse<String> answer =
        server.post("/survey/no-such-structure", form.session(), form.body(minimal()));

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(server.edition.count(RESPONSES)).isZero();
  }

  /** The three required questions of the sample, answered. */
  private static String minimal() {
    return ServletFixture.minimal();
  }

  private Form open() throws Exception {
    return server.open();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return server.get(path);
  }

  /** Posts a body as it is to the survey, with the form's session cookie when it has one. */
  private HttpResponse<String> post(Form form, String body) throws Exception {
    return server.post("/survey/" + STRUCTURE, form.session(), body);
  }
}

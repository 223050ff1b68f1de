package io.github.indiko.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.servlet.ServletFixture.Form;
import io.github.indiko.store.IndikoStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.catalina.LifecycleException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The requests of an attacker that the other tests of the servlet leave out, over real HTTP
 * (docs/security.md): a field or a count of fields beyond the limits inside a body that is not, a
 * body of unknown length beyond the limit, a hostile answer sent back in the form's errors, a page
 * framed by another site, and the session cookie of a connection the container calls secure. The
 * servlet at {@code /survey/*} in an embedded Tomcat on 127.0.0.1 ({@link ServletFixture}), on a
 * SQLite store of the 2017 sample in a temporary folder.
 */
class HostileRequestsTest {
  private static final String STRUCTURE = "mairie-grandpre-sur-vire";
  private static final String RESPONSES = "responses.jsonl";
  private static final String REQUIRED = "courtesy_staff=4&problem_solved=yes&overall=5";

  @TempDir Path temp;

  private ServletFixture server;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /**
   * Starts the survey.
   *
   * @param secure whether the connector reports its requests as secure, as one behind TLS (or a
   *     proxy that terminates TLS, with the container's forwarded-header handling) does
   */
  private void start(boolean secure) throws IOException, LifecycleException {
    server = new ServletFixture(temp, IndikoStore::sqlite, s -> s, b -> b, secure);
  }

  @AfterEach
  void stop() throws LifecycleException {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void post_fieldBeyondItsLimitInABodyWithinIts_422AndNothingStored() throws Exception {
    start(false);
    Form form = open();
    // 200 KiB of comment: over the 128 KiB of a field, under the 1 MiB of a body.
    String comment = "a".repeat(200 << 10);

    HttpResponse<String> answer = post(form, REQUIRED + "&comment=" + comment);

    assertThat(answer.statusCode()).isEqualTo(422);
    assertThat(answer.body()).contains("Cette réponse est trop volumineuse pour être reçue.");
    assertThat(answer.body()).doesNotContain(comment.substring(0, 1000));
    assertThat(server.edition.count(RESPONSES)).isZero();
  }

  @Test
  void post_moreFieldsThanTheFormHas_422AndNothingStored() throws Exception {
    start(false);
    Form form = open();
    // 5 000 fields of 8 bytes each: 40 KB, far under the body's limit, over its 1 000 fields.
    StringBuilder answers = new StringBuilder(REQUIRED);
    for (int i = 0; i < 5_000; i++) {
      answers.append("&x").append(i % 10).append("=aaaa");
    }

    HttpResponse<String> answer = post(form, answers.toString());

    assertThat(answer.statusCode()).isEqualTo(422);
    assertThat(answer.body()).contains("Le formulaire envoyé contient trop de champs.");
    assertThat(server.edition.count(RESPONSES)).isZero();
  }

  @Test
  void post_bodyOfUnknownLengthBeyondTheLimit_413AndNothingStored() throws Exception {
    start(false);
    Form form = open();
    byte[] body =
        form.body(REQUIRED + "&comment=" + "a".repeat((1 << 20) + 1))
            .getBytes(StandardCharsets.US_ASCII);

    // A body without Content-Length (chunked): the servlet reads it up to the limit and stops.
    HttpRequest.BodyPublisher unknownLength =
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    HttpResponse<String> answer =
        client.send(
            HttpRequest.newBuilder(URI.create(server.url(form.action())))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "ik_session=" + form.session())
                .POST(unknownLength)
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(answer.request().headers().firstValue("Content-Length")).isEmpty();
    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(server.edition.count(RESPONSES)).isZero();
  }

  @Test
  void post_hostileAnswerInARefusedForm_422ShowsItAsTextOnly() throws Exception {
    start(false);
    Form form = open();
    String evil = "</textarea><script>alert(1)</script><img src=x onerror=alert(2)>";

    // The required "overall" is missing: the form comes back with the comment in it.
    HttpResponse<String> answer =
        post(
            form,
            "courtesy_staff=4&problem_solved=yes&comment="
                + URLEncoder.encode(evil, StandardCharsets.UTF_8));

    assertThat(answer.statusCode()).isEqualTo(422);
    assertThat(answer.body())
        .contains("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x")
        .doesNotContain("<script>alert(1)")
        .doesNotContain("<img src=x");
    assertThat(answer.headers().firstValue("Content-Security-Policy").orElseThrow())
        .startsWith("default-src 'none';")
        .contains("script-src 'nonce-");
    assertThat(server.edition.count(RESPONSES)).isZero();
  }

  @Test
  void get_everyKindOfPage_refusesToBeFramed() throws Exception {
    start(false);
    List<String> paths =
        List.of(
            "/survey/" + STRUCTURE,
            "/survey/" + STRUCTURE + "/thanks",
            "/survey/no-such-structure",
            "/survey/_results/",
            "/survey/_results/structures/" + STRUCTURE + "/raw.html");

    for (String path : paths) {
      HttpResponse<String> page = get(path);
      assertThat(page.headers().firstValue("Content-Security-Policy"))
          .as(path + " " + page.statusCode())
          .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
      assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
  }

  @Test
  void get_secureConnection_sessionCookieSecureHttpOnlyStrictForTheMountOnly() throws Exception {
    start(true);

    String cookie = get("/survey/" + STRUCTURE).headers().firstValue("Set-Cookie").orElseThrow();

    assertThat(cookie)
        .startsWith("ik_session=")
        .containsIgnoringCase("; Path=/survey")
        .containsIgnoringCase("; Secure")
        .containsIgnoringCase("; HttpOnly")
        .containsIgnoringCase("; SameSite=Strict");
  }

  @Test
  void get_plainConnection_sessionCookieNotSecure() throws Exception {
    start(false);

    String cookie = get("/survey/" + STRUCTURE).headers().firstValue("Set-Cookie").orElseThrow();

    assertThat(cookie).containsIgnoringCase("; HttpOnly").doesNotContainIgnoringCase("Secure");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return server.get(path);
  }

  private Form open() throws IOException, InterruptedException {
    return server.open();
  }

  private HttpResponse<String> post(Form form, String answers)
      throws IOException, InterruptedException {
    return server.post(form, answers);
  }
}

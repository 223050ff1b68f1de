package io.github.indiko.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.samples.SampleEdition;
import io.github.indiko.store.EditionStore;
import io.github.indiko.store.IndikoStore;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The survey over real HTTP: the servlet mounted at {@code /survey/*} in an embedded Tomcat on
 * 127.0.0.1, storing the 2017 sample's responses into a SQLite store in a temporary folder.
 */
class SurveyServletTest {
  private static final String STRUCTURE = "mairie-grandpre-sur-vire";
  private static final String RESPONSES = "responses.jsonl";
  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("ik_session=([^;]+)");

  @TempDir Path temp;

  private IndikoStore store;
  private EditionStore edition;
  private Tomcat tomcat;
  private String base;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @BeforeEach
  void start() throws IOException, LifecycleException {
    EditionDefinitions definitions = EditionFolder.load(SampleEdition.copyTo(temp.resolve("ed")));
    store = IndikoStore.sqlite(temp.resolve("store.db"));
    edition = store.edition(definitions);
    Clock clock =
        Clock.fixed(
            OffsetDateTime.parse("2017-09-14T10:32:00+02:00").toInstant(), ZoneOffset.UTC);
    SurveyServlet servlet =
        SurveyServlet.builder(definitions, edition)
            .settings(SurveySettings.of(Locale.FRENCH).withClock(clock))
            .build();
    tomcat = new Tomcat();
    tomcat.setBaseDir(temp.resolve("tomcat").toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.setConnector(connector);
    Context context = tomcat.addContext("", null);
    Tomcat.addServlet(context, "survey", servlet);
    context.addServletMappingDecoded("/survey/*", "survey");
    tomcat.start();
    base = "http://127.0.0.1:" + connector.getLocalPort();
  }

  @AfterEach
  void stop() throws LifecycleException {
    tomcat.stop();
    tomcat.destroy();
    store.close();
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
    assertThat(edition.count(RESPONSES)).isEqualTo(1);
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
    assertThat(edition.count(RESPONSES)).isEqualTo(1);
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
    assertThat(edition.count(RESPONSES)).isEqualTo(1);
  }

  @Test
  void post_twoForms_twoLinesStored() throws Exception {
    Form one = open();
    Form two = open();

    post(one, one.body(minimal()));
    post(two, two.body(minimal()));

    assertThat(one.token).isNotEqualTo(two.token);
    assertThat(edition.count(RESPONSES)).isEqualTo(2);
  }

  @Test
  void post_missingRequiredAnswer_422WithTheErrorAndNothingStored() throws Exception {
    Form form = open();

    HttpResponse<String> answer = post(form, form.body("courtesy_staff=4&problem_solved=yes"));

    assertThat(answer.statusCode()).isEqualTo(422);
    assertThat(answer.body())
        .contains("<title>Erreur : ", "ik-error-summary", "Répondez à cette question.")
        .contains("value=\"" + form.token + "\"");
    assertThat(edition.count(RESPONSES)).isZero();
  }

  @Test
  void post_correctedAfterARefusal_storedOnce() throws Exception {
    Form form = open();

    post(form, form.body("courtesy_staff=4&problem_solved=yes"));
    HttpResponse<String> corrected = post(form, form.body(minimal()));

    assertThat(corrected.statusCode()).isEqualTo(303);
    assertThat(edition.count(RESPONSES)).isEqualTo(1);
  }

  @Test
  void post_missingToken_403AndNothingStored() throws Exception {
    Form form = open();

    HttpResponse<String> answer = post(form, minimal());

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body()).contains("Session expirée");
    assertThat(edition.count(RESPONSES)).isZero();
  }

  @Test
  void post_forgedToken_403AndNothingStored() throws Exception {
    Form form = open();
    String nonce = form.token.substring(0, form.token.indexOf('.'));
    Form forged = new Form(form.session, nonce + "." + "A".repeat(43));

    HttpResponse<String> answer = post(forged, forged.body(minimal()));

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(edition.count(RESPONSES)).isZero();
  }

  @Test
  void post_tokenOfAnotherSession_403AndNothingStored() throws Exception {
    Form mine = open();
    Form theirs = open();

    HttpResponse<String> answer =
        post(new Form(mine.session, theirs.token), theirs.body(minimal()));

    assertThat(mine.session).isNotEqualTo(theirs.session);
    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(edition.count(RESPONSES)).isZero();
  }

  @Test
  void post_withoutSessionCookie_403AndNothingStored() throws Exception {
    Form form = open();

    HttpResponse<String> answer = post(new Form(null, form.token), form.body(minimal()));

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(edition.count(RESPONSES)).isZero();
  }

  @Test
  void post_bodyBeyondTheLimit_413AndNothingStored() throws Exception {
    Form form = open();

    HttpResponse<String> answer =
        post(form, form.body(minimal() + "&comment=" + "a".repeat(1 << 20)));

    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(edition.count(RESPONSES)).isZero();
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
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/survey/no-such-structure"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "ik_session=" + form.session)
                .POST(HttpRequest.BodyPublishers.ofString(form.body(minimal())))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(edition.count(RESPONSES)).isZero();
  }

  /** The three required questions of the sample, answered. */
  private static String minimal() {
    return "courtesy_staff=4&problem_solved=yes&overall=5";
  }

  private Form open() throws Exception {
    HttpResponse<String> page = get("/survey/" + STRUCTURE);
    Matcher token = TOKEN.matcher(page.body());
    Matcher session = SESSION.matcher(page.headers().firstValue("Set-Cookie").orElseThrow());
    assertThat(token.find()).isTrue();
    assertThat(session.find()).isTrue();
    return new Form(session.group(1), token.group(1));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(Form form, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/survey/" + STRUCTURE))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (form.session != null) {
      request.header("Cookie", "ik_session=" + form.session);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A form as a browser holds it: its session cookie and its token. */
  private record Form(String session, String token) {
    String body(String answers) {
      return answers + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
  }
}

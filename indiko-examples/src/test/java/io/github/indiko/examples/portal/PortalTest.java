package io.github.indiko.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.LineResult;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal over real HTTP, with the JDK's client: pages, headers, refusals and storage. */
class PortalTest {
  static final String STRUCTURE = "caf-lanvezec";
  static final OffsetDateTime NOW = OffsetDateTime.parse("2017-10-01T10:00:00+02:00");
  private static final int MAX_BODY = 16 * 1024;

  @TempDir Path data;
  @TempDir Path work;
  private Portal portal;

  @BeforeEach
  void start() throws IOException {
    portal =
        Portal.start(
            new PortalSettings(
                0,
                data,
                null,
                Clock.fixed(NOW.toInstant(), ZoneOffset.UTC),
                Locale.FRENCH,
                MAX_BODY));
  }

  @AfterEach
  void stop() {
    portal.close();
  }

  /** A browser: its own cookies, no redirect followed. */
  private static HttpClient browser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  private HttpResponse<String> get(HttpClient client, String pathAndQuery)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(portal.uri().resolve(pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(HttpClient client, String structure, String body)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(portal.uri().resolve("/?s=" + structure))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Opens the survey with the client and returns its anti-forgery token. */
  private String token(HttpClient client) throws IOException, InterruptedException {
    HttpResponse<String> page = get(client, "/?s=" + STRUCTURE);
    assertThat(page.statusCode()).isEqualTo(200);
    return Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").attr("value");
  }

  /** A valid response of someone who phoned: the required questions and a comment. */
  static String answers(String comment) {
    return "contact_mode=phone&wait_minutes=5&courtesy_staff=4&problem_solved=yes&overall=4"
        + "&recommend=9&comment="
        + URLEncoder.encode(comment, StandardCharsets.UTF_8);
  }

  private static String withToken(String token, String answers) {
    return "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&" + answers;
  }

  @Test
  void get_enrolledStructure_rendersAFullPageWithItsSecurityHeaders() throws Exception {
    HttpResponse<String> page = get(browser(), "/?s=" + STRUCTURE);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).startsWith("<!doctype html>");
    Document doc = Jsoup.parse(page.body());
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(doc.title()).contains("Caisse d'allocations familiales de Lanvézec");
    assertThat(doc.select("main h1").text()).isEqualTo("Caisse d'allocations familiales de Lanvézec");
    assertThat(doc.select("main > form").attr("action")).isEqualTo("/?s=" + STRUCTURE);
    assertThat(doc.select("main > form").hasAttr("novalidate")).isTrue();
    assertThat(doc.select("input[name=_csrf]").attr("value")).matches("[A-Za-z0-9_-]{43}");

    String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    Matcher nonce = Pattern.compile("script-src 'nonce-([A-Za-z0-9+/=]+)'").matcher(csp);
    assertThat(nonce.find()).as(csp).isTrue();
    assertThat(csp)
        .startsWith("default-src 'none'; style-src 'self' 'unsafe-inline'; form-action 'self';");
    assertThat(doc.select("script[nonce]").attr("nonce")).isEqualTo(nonce.group(1));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(page.headers().firstValue("Set-Cookie").orElseThrow())
        .startsWith(Csrf.COOKIE + "=")
        .contains("; HttpOnly")
        .contains("; SameSite=Strict");

    String second = get(browser(), "/?s=" + STRUCTURE).headers()
        .firstValue("Content-Security-Policy").orElseThrow();
    assertThat(second).as("a fresh nonce per page").isNotEqualTo(csp);
  }

  @Test
  void get_unknownOrNotEnrolledStructure_isA404PageThatSaysSo() throws Exception {
    HttpClient client = browser();
    // commissariat-lezignac is a structure of the sample that is not enrolled.
    for (String id : List.of("nowhere", "commissariat-lezignac", "Not%20an%20id")) {
      for (String path : List.of("/?s=", "/results?s=", "/thanks?s=")) {
        HttpResponse<String> page = get(client, path + id);
        assertThat(page.statusCode()).as(path + id).isEqualTo(404);
        assertThat(Jsoup.parse(page.body()).select("main h1").text())
            .isEqualTo("Structure inconnue");
      }
    }
    assertThat(get(client, "/elsewhere").statusCode()).isEqualTo(404);
    for (String path : List.of("%25", "%2525", "..", "%2E%2E", "a%2F..")) {
      HttpResponse<String> page = get(client, "/structures/" + path + "/raw.html");
      assertThat(page.statusCode()).as(path).isEqualTo(404);
    }
    assertThat(get(client, "/").statusCode()).as("the list of structures").isEqualTo(200);
    assertThat(Jsoup.parse(get(client, "/").body()).select("main li")).hasSize(11);
  }

  @Test
  void post_validAnswers_storesOneAcceptedLineAndRedirectsToThanks() throws Exception {
    HttpClient client = browser();
    HttpResponse<String> posted =
        post(client, STRUCTURE, withToken(token(client), answers("Très bien\r\nmerci")));

    assertThat(posted.statusCode()).isEqualTo(303);
    assertThat(posted.headers().firstValue("Location")).hasValue("/thanks?s=" + STRUCTURE);
    HttpResponse<String> thanks = get(client, "/thanks?s=" + STRUCTURE);
    assertThat(thanks.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(thanks.body()).select("main h1").text())
        .isEqualTo("Merci pour votre réponse");

    List<String> lines = Files.readAllLines(portal.responses(), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1);
    List<LineResult<Response>> results = StoredResponses.validate(portal.responses(), work);
    assertThat(results).hasSize(1).first().isInstanceOf(LineResult.Accepted.class);
    Response response = ((LineResult.Accepted<Response>) results.get(0)).record();
    assertThat(StoredResponses.indikoValidate(portal.responses(), work.resolve("indiko-validate")))
        .as("indiko validate on the stored line")
        .isZero();
    assertThat(response.id().value()).matches("web-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(response.structure()).isEqualTo(new StructureId(STRUCTURE));
    assertThat(response.channel().id()).isEqualTo("website");
    assertThat(response.submittedAt().toInstant()).isEqualTo(NOW.toInstant());
    assertThat(response.answers().get(new io.github.indiko.core.questionnaire.QuestionId("comment")))
        .isEqualTo(new Answer.Text("Très bien\nmerci"));
    assertThat(response.answers()).hasSize(7);
  }

  @Test
  void post_withoutAValidToken_is403AndStoresNothing() throws Exception {
    HttpClient client = browser();
    String token = token(client);
    String otherToken = token(browser());

    assertThat(post(client, STRUCTURE, answers("no token")).statusCode()).isEqualTo(403);
    assertThat(post(client, STRUCTURE, withToken("forged", answers("x"))).statusCode())
        .isEqualTo(403);
    assertThat(post(client, STRUCTURE, withToken(otherToken, answers("another session's")))
            .statusCode())
        .isEqualTo(403);
    assertThat(post(browser(), STRUCTURE, withToken(token, answers("no cookie"))).statusCode())
        .isEqualTo(403);
    assertThat(
            post(client, STRUCTURE, withToken(token, "_csrf=" + token + "&" + answers("twice")))
                .statusCode())
        .isEqualTo(403);
    assertThat(portal.responses()).doesNotExist();
  }

  @Test
  void post_oversizedBody_is413AndStoresNothing() throws Exception {
    HttpClient client = browser();
    String body = withToken(token(client), answers("a".repeat(MAX_BODY)));

    HttpResponse<String> posted = post(client, STRUCTURE, body);

    assertThat(body.length()).isGreaterThan(MAX_BODY);
    assertThat(posted.statusCode()).isEqualTo(413);
    assertThat(portal.responses()).doesNotExist();
    String justUnder = withToken(token(client), answers("ok"));
    assertThat(post(client, STRUCTURE, justUnder).statusCode()).isEqualTo(303);
  }

  @Test
  void post_tamperedOrInvalid_is422WithTheErrorSummaryAndStoresNothing() throws Exception {
    HttpClient client = browser();
    String token = token(client);
    List<String> bodies =
        List.of(
            answers("extra field") + "&is_admin=1",
            // signage_clear is asked of desk visitors only: answered by a caller, it is hidden.
            answers("hidden question") + "&signage_clear=3",
            answers("out of range").replace("wait_minutes=5", "wait_minutes=700"),
            answers("not an option").replace("problem_solved=yes", "problem_solved=maybe"),
            answers("required missing").replace("courtesy_staff=4&", ""),
            answers("repeated") + "&overall=5");
    for (String body : bodies) {
      HttpResponse<String> posted = post(client, STRUCTURE, withToken(token, body));
      assertThat(posted.statusCode()).as(body).isEqualTo(422);
      Document doc = Jsoup.parse(posted.body());
      assertThat(doc.select("[role=alert] li")).as(body).isNotEmpty();
      assertThat(doc.title()).startsWith("Erreur : ");
      assertThat(doc.select("input[name=_csrf]").attr("value")).isEqualTo(token);
    }
    assertThat(portal.responses()).doesNotExist();
  }

  @Test
  void post_afterTheCollection_is422SayingSoAndStoresNothing() throws Exception {
    portal.close();
    OffsetDateTime after = OffsetDateTime.parse("2018-01-05T10:00:00+01:00");
    portal =
        Portal.start(
            new PortalSettings(
                0,
                data,
                null,
                Clock.fixed(after.toInstant(), ZoneOffset.UTC),
                Locale.FRENCH,
                MAX_BODY));
    HttpClient client = browser();

    HttpResponse<String> posted =
        post(client, STRUCTURE, withToken(token(client), answers("trop tard")));

    assertThat(posted.statusCode()).isEqualTo(422);
    assertThat(Jsoup.parse(posted.body()).select("[role=alert] li").text())
        .startsWith("Cette enquête ne recueille pas de réponses en ce moment");
    assertThat(portal.responses()).doesNotExist();
  }

  @Test
  void post_sixteenAtOnce_storesEachAcceptedLineWholeOnItsOwnLine() throws Exception {
    int threads = 16;
    List<Callable<Integer>> posts = new ArrayList<>();
    Set<String> comments = new HashSet<>();
    for (int i = 0; i < threads; i++) {
      // Long comments make writes that a torn append would interleave.
      String comment = ("réponse " + i + " ").repeat(120);
      comments.add(comment.replace("\r\n", "\n"));
      posts.add(
          () -> {
            HttpClient client = browser();
            return post(client, STRUCTURE, withToken(token(client), answers(comment))).statusCode();
          });
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<Integer> status : pool.invokeAll(posts)) {
        statuses.add(status.get());
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    assertThat(statuses).hasSize(threads).containsOnly(303);
    List<LineResult<Response>> results = StoredResponses.validate(portal.responses(), work);
    assertThat(results).hasSize(threads).allMatch(r -> r instanceof LineResult.Accepted);
    Set<String> stored = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (LineResult<Response> result : results) {
      Response response = ((LineResult.Accepted<Response>) result).record();
      ids.add(response.id().value());
      Answer comment =
          response.answers().get(new io.github.indiko.core.questionnaire.QuestionId("comment"));
      stored.add(((Answer.Text) comment).value());
    }
    assertThat(ids).hasSize(threads);
    assertThat(stored).isEqualTo(comments);
  }

  @Test
  void results_showTheStoredResponsesLive() throws Exception {
    HttpClient client = browser();
    String comment = "Un commentaire unique 7f3a";
    String before = get(client, "/results?s=" + STRUCTURE + "&level=raw").body();

    post(client, STRUCTURE, withToken(token(client), answers(comment)));
    HttpResponse<String> after = get(client, "/results?s=" + STRUCTURE + "&level=raw");

    assertThat(before).doesNotContain(comment);
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.body()).startsWith("<!DOCTYPE html>").contains(comment);
    assertThat(Jsoup.parse(after.body()).select("main > h1 + p.provisional").text())
        .as("scored as of the portal's day, in the collection")
        .startsWith("Résultats provisoires. Calculés au 01/10/2017");
    assertThat(after.headers().firstValue("Content-Security-Policy").orElseThrow())
        .doesNotContain("script-src");
    HttpResponse<String> analysis = get(client, "/results?s=" + STRUCTURE);
    assertThat(Jsoup.parse(analysis.body()).title()).startsWith("Analyse");
    assertThat(get(client, "/results?s=mairie-ezanville&level=analysis").statusCode())
        .as("a structure enrolled at level raw has no analysis")
        .isEqualTo(404);
    assertThat(get(client, "/index.html").statusCode()).isEqualTo(200);
    assertThat(get(client, "/structures/" + STRUCTURE + "/raw.html").body()).contains(comment);
  }

  @Test
  void parse_options() {
    Clock system = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    PortalSettings settings =
        Portal.parse(
            new String[] {
              "--port", "0", "--data", "d", "--structure", STRUCTURE,
              "--now", "2017-10-01T10:00:00+02:00", "--locale", "en"
            },
            system);

    assertThat(settings.port()).isZero();
    assertThat(settings.data()).isEqualTo(Path.of("d"));
    assertThat(settings.defaultStructure()).isEqualTo(new StructureId(STRUCTURE));
    assertThat(settings.clock().instant()).isEqualTo(NOW.toInstant());
    assertThat(settings.locale()).isEqualTo(Locale.ENGLISH);
    PortalSettings defaults = Portal.parse(new String[0], system);
    assertThat(defaults.port()).isEqualTo(8080);
    assertThat(defaults.data()).isEqualTo(Path.of("indiko-portal-data"));
    assertThat(defaults.clock()).isNull();
    assertThat(Portal.parse(new String[] {"--help"}, system)).isNull();
    assertThatThrownBy(() -> Portal.parse(new String[] {"--port"}, system))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Portal.parse(new String[] {"--now", "2017-10-01"}, system))
        .hasMessageContaining("--now");
  }

  @Test
  void clock_outsideTheCollectionPeriod_movesIntoItAndSaysSo() {
    Edition edition = EditionFolder.load(data.resolve("edition-2017")).edition();
    Clock outside = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);
    Clock inside = Clock.fixed(Instant.parse("2017-09-15T12:00:00Z"), ZoneOffset.UTC);

    PortalClock moved = PortalClock.choose(null, outside, edition);

    // 2017-09-01..2017-11-30 spans 90 days after its first: the middle day is 45 days on.
    assertThat(moved.clock().instant()).isEqualTo(Instant.parse("2017-10-16T08:00:00Z"));
    assertThat(moved.note()).contains("2017-10-16T10:00:00+02:00");
    assertThat(PortalClock.choose(null, inside, edition).clock()).isSameAs(inside);
    assertThat(PortalClock.choose(outside, inside, edition).clock()).isSameAs(outside);
    assertThat(PortalClock.choose(null, inside, edition).note()).isNull();
  }

  @Test
  void start_defaultStructureNotEnrolled_isRefused() {
    assertThatThrownBy(
            () ->
                Portal.start(
                    new PortalSettings(
                        0, work, new StructureId("commissariat-lezignac"), null, null, MAX_BODY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("commissariat-lezignac");
  }

  @Test
  void post_storeFails_isA500PageNotADroppedConnection() throws Exception {
    Files.createDirectory(data.resolve("responses.jsonl"));
    HttpClient client = browser();

    HttpResponse<String> page = post(client, STRUCTURE, withToken(token(client), answers("x")));

    assertThat(page.statusCode()).isEqualTo(500);
    assertThat(Jsoup.parse(page.body()).select("main h1").text()).isEqualTo("Erreur du serveur");
  }
}

package io.github.indiko.examples.portal;

import static io.github.indiko.examples.portal.PortalClient.NOW;
import static io.github.indiko.examples.portal.PortalClient.STRUCTURE;
import static io.github.indiko.examples.portal.PortalClient.answers;
import static io.github.indiko.examples.portal.PortalClient.withToken;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.LineResult;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal's survey over real HTTP, with the JDK's client: pages, headers, refusals and what is
 * stored. One portal for the class, on a SQLite file of a temporary folder; each test counts the
 * lines its own posts stored. The login and the reports: {@link PortalReportsTest}.
 */
class PortalTest {
  @TempDir static Path data;
  @TempDir Path work;
  private static Portal portal;

  @BeforeAll
  static void start() throws Exception {
    portal = PortalClient.start(PortalClient.settings(data, NOW)).portal();
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  private static PortalClient browser() {
    return new PortalClient(portal.uri());
  }

  @Test
  void get_enrolledStructure_rendersAFullPageWithItsSecurityHeaders() throws Exception {
    HttpResponse<String> page = browser().get(Portal.MOUNT + "/" + STRUCTURE);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).startsWith("<!doctype html>");
    Document doc = Jsoup.parse(page.body());
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(doc.title()).contains("Caisse d'allocations familiales de Lanvézec");
    assertThat(doc.select("main h1").text())
        .isEqualTo("Caisse d'allocations familiales de Lanvézec");
    assertThat(doc.select("main form").attr("action")).isEqualTo("/survey/" + STRUCTURE);
    assertThat(doc.select("input[name=_csrf]").attr("value"))
        .matches("[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}");

    String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    Matcher nonce = Pattern.compile("script-src 'nonce-([A-Za-z0-9_-]+)'").matcher(csp);
    assertThat(nonce.find()).as(csp).isTrue();
    assertThat(csp).startsWith("default-src 'none';").contains("form-action 'self'");
    assertThat(doc.select("script[nonce]").attr("nonce")).isEqualTo(nonce.group(1));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(page.headers().allValues("Set-Cookie"))
        .anySatisfy(
            cookie ->
                assertThat(cookie)
                    .startsWith("ik_session=")
                    .containsIgnoringCase("; HttpOnly")
                    .containsIgnoringCase("; SameSite=Strict"));
    assertThat(page.headers().allValues("Set-Cookie"))
        .as("a citizen gets no login session")
        .noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
  }

  @Test
  void get_rootAndFormerLinks_listTheStructuresOrLeadToTheSurvey() throws Exception {
    PortalClient client = browser();

    HttpResponse<String> root = client.get("/");
    assertThat(root.statusCode()).isEqualTo(200);
    Document list = Jsoup.parse(root.body());
    assertThat(list.select("main li a")).hasSize(11);
    assertThat(list.select("main li a").eachAttr("href"))
        .allMatch(href -> href.matches("/survey/[a-z0-9-]+"))
        .contains("/survey/" + STRUCTURE);
    assertThat(list.select("main p a").attr("href")).isEqualTo(Portal.RESULTS);

    HttpResponse<String> former = client.get("/?s=" + STRUCTURE);
    assertThat(former.statusCode()).isEqualTo(303);
    assertThat(former.headers().firstValue("Location")).hasValue("/survey/" + STRUCTURE);
    HttpResponse<String> invited = client.get("/?s=" + STRUCTURE + "&i=abc%2Bdef");
    assertThat(invited.headers().firstValue("Location"))
        .hasValue("/survey/" + STRUCTURE + "?i=abc%2Bdef");
  }

  @Test
  void get_unknownOrNotEnrolledStructure_isA404Page() throws Exception {
    PortalClient client = browser();
    // commissariat-lezignac is a structure of the sample that is not enrolled.
    for (String id : List.of("nowhere", "commissariat-lezignac")) {
      for (String path : List.of("/survey/", "/?s=")) {
        HttpResponse<String> page = client.get(path + id);
        assertThat(page.statusCode()).as(path + id).isEqualTo(404);
        assertThat(Jsoup.parse(page.body()).select("main h1").text())
            .isIn("Page introuvable", "Structure inconnue");
      }
    }
    assertThat(client.get("/?s=Not%20an%20id").statusCode()).isEqualTo(404);
    assertThat(client.get("/survey/" + STRUCTURE + "/elsewhere").statusCode()).isEqualTo(404);
  }

  @Test
  void post_validAnswers_storesOneAcceptedLineAndRedirectsToThanks() throws Exception {
    PortalClient client = browser();
    int before = PortalClient.surveyLines(portal, work).size();

    HttpResponse<String> posted =
        client.answer(
            STRUCTURE, withToken(client.token(STRUCTURE), answers("Très bien\r\nmerci")));

    assertThat(posted.statusCode()).isEqualTo(303);
    assertThat(posted.headers().firstValue("Location"))
        .hasValue("/survey/" + STRUCTURE + "/thanks");
    HttpResponse<String> thanks = client.get("/survey/" + STRUCTURE + "/thanks");
    assertThat(thanks.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(thanks.body()).select("main h1").text())
        .isEqualTo("Merci pour votre réponse");

    List<String> lines = PortalClient.surveyLines(portal, work);
    assertThat(lines).hasSize(before + 1);
    Path stored = work.resolve("stored.jsonl");
    Files.writeString(stored, lines.get(lines.size() - 1) + "\n", StandardCharsets.UTF_8);
    List<LineResult<Response>> results = StoredResponses.validate(stored, work.resolve("v"));
    assertThat(results).hasSize(1).first().isInstanceOf(LineResult.Accepted.class);
    assertThat(StoredResponses.indikoValidate(stored, work.resolve("indiko-validate")))
        .as("indiko validate on the stored line")
        .isZero();
    Response response = ((LineResult.Accepted<Response>) results.get(0)).record();
    assertThat(response.id().value()).matches("web-[0-9a-f]{32}");
    assertThat(response.structure()).isEqualTo(new StructureId(STRUCTURE));
    assertThat(response.channel().id()).isEqualTo("website");
    assertThat(response.submittedAt().toInstant()).isEqualTo(NOW.toInstant());
    assertThat(response.answers().get(new QuestionId("comment")))
        .isEqualTo(new Answer.Text("Très bien\nmerci"));
    assertThat(response.answers()).hasSize(7);
  }

  @Test
  void post_replayed_getsTheSameThanksAndStoresOnce() throws Exception {
    PortalClient client = browser();
    String body = withToken(client.token(STRUCTURE), answers("Une seule fois 9c2e"));
    int before = PortalClient.surveyLines(portal, work).size();

    HttpResponse<String> first = client.answer(STRUCTURE, body);
    HttpResponse<String> replay = client.answer(STRUCTURE, body);

    assertThat(first.statusCode()).isEqualTo(303);
    assertThat(replay.statusCode()).isEqualTo(303);
    assertThat(replay.headers().firstValue("Location"))
        .isEqualTo(first.headers().firstValue("Location"));
    List<String> lines = PortalClient.surveyLines(portal, work);
    assertThat(lines).hasSize(before + 1);
    assertThat(lines).filteredOn(line -> line.contains("Une seule fois 9c2e")).hasSize(1);
  }

  @Test
  void post_withoutAValidToken_is403AndStoresNothing() throws Exception {
    PortalClient client = browser();
    String token = client.token(STRUCTURE);
    String otherToken = browser().token(STRUCTURE);
    int before = PortalClient.surveyLines(portal, work).size();

    assertThat(client.answer(STRUCTURE, answers("no token")).statusCode()).isEqualTo(403);
    assertThat(client.answer(STRUCTURE, withToken("forged", answers("x"))).statusCode())
        .isEqualTo(403);
    assertThat(
            client
                .answer(STRUCTURE, withToken(otherToken, answers("another session's")))
                .statusCode())
        .isEqualTo(403);
    assertThat(browser().answer(STRUCTURE, withToken(token, answers("no cookie"))).statusCode())
        .isEqualTo(403);
    assertThat(PortalClient.surveyLines(portal, work)).hasSize(before);
  }

  @Test
  void post_oversizedBody_is413AndStoresNothing() throws Exception {
    PortalClient client = browser();
    String body =
        withToken(client.token(STRUCTURE), answers("a".repeat(PortalClient.MAX_BODY)));
    int before = PortalClient.surveyLines(portal, work).size();

    HttpResponse<String> posted = client.answer(STRUCTURE, body);

    assertThat(body.length()).isGreaterThan(PortalClient.MAX_BODY);
    assertThat(posted.statusCode()).isEqualTo(413);
    assertThat(PortalClient.surveyLines(portal, work)).hasSize(before);
  }

  @Test
  void post_tamperedOrInvalid_is422WithTheErrorSummaryAndStoresNothing() throws Exception {
    PortalClient client = browser();
    String token = client.token(STRUCTURE);
    int before = PortalClient.surveyLines(portal, work).size();
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
      HttpResponse<String> posted = client.answer(STRUCTURE, withToken(token, body));
      assertThat(posted.statusCode()).as(body).isEqualTo(422);
      Document doc = Jsoup.parse(posted.body());
      assertThat(doc.select("[role=alert] li")).as(body).isNotEmpty();
      assertThat(doc.title()).startsWith("Erreur : ");
      assertThat(doc.select("input[name=_csrf]").attr("value")).isEqualTo(token);
    }
    assertThat(PortalClient.surveyLines(portal, work)).hasSize(before);
  }

  @Test
  void post_sixteenAtOnce_storesEachAcceptedLineWhole() throws Exception {
    int threads = 16;
    List<Callable<Integer>> posts = new ArrayList<>();
    Set<String> comments = new HashSet<>();
    for (int i = 0; i < threads; i++) {
      String comment = ("réponse simultanée " + i + " ").repeat(60);
      comments.add(comment);
      posts.add(
          () -> {
            PortalClient client = browser();
            return client
                .answer(STRUCTURE, withToken(client.token(STRUCTURE), answers(comment)))
                .statusCode();
          });
    }
    int before = PortalClient.surveyLines(portal, work).size();
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
    List<String> lines = PortalClient.surveyLines(portal, work);
    assertThat(lines).hasSize(before + threads);
    Path stored = work.resolve("stored.jsonl");
    Files.write(stored, lines.subList(before, lines.size()), StandardCharsets.UTF_8);
    List<LineResult<Response>> results = StoredResponses.validate(stored, work.resolve("v"));
    assertThat(results).hasSize(threads).allMatch(r -> r instanceof LineResult.Accepted);
    Set<String> stored16 = new HashSet<>();
    for (LineResult<Response> result : results) {
      Answer comment =
          ((LineResult.Accepted<Response>) result)
              .record()
              .answers()
              .get(new QuestionId("comment"));
      stored16.add(((Answer.Text) comment).value());
    }
    assertThat(stored16).isEqualTo(comments);
  }
}

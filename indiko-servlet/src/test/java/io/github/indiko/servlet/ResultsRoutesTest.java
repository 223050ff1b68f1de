package io.github.indiko.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Level;
import io.github.indiko.reports.HtmlOptions;
import io.github.indiko.reports.ReportFolder;
import io.github.indiko.reports.ReportFormat;
import io.github.indiko.reports.Reports;
import io.github.indiko.reports.ScoreScale;
import io.github.indiko.samples.SampleEdition;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.store.EditionStore;
import io.github.indiko.store.IndikoStore;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results pages over real HTTP: the servlet mounted at {@code /survey/*} in an embedded Tomcat
 * on 127.0.0.1, the 2017 sample imported into a SQLite store in a temporary folder, users set by
 * the test-only {@link TestUserFilter}.
 */
class ResultsRoutesTest {
  private static final String STRUCTURE = "mairie-grandpre-sur-vire";
  private static final String RESULTS = "/survey/_results/";
  private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("ik_session=([^;]+)");

  @TempDir Path temp;

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final TestClock clock =
      new TestClock(OffsetDateTime.parse("2017-09-14T10:32:00+02:00").toInstant());
  private Path folder;
  private EditionDefinitions definitions;
  private IndikoStore store;
  private EditionStore edition;
  private ScoringEngine engine;
  private Results previous;
  private @Nullable Tomcat tomcat;
  private String base;

  @BeforeEach
  void open() throws Exception {
    folder = SampleEdition.copyTo(temp.resolve("ed"));
    definitions = EditionFolder.load(folder);
    store = IndikoStore.sqlite(temp.resolve("store.db"));
    edition = store.edition(definitions);
    edition.importFolder(folder, reject -> {});
    engine = ScoringEngine.builder().builtIns().clock(clock).build();
    previous = Reports.previous(definitions, folder).orElseThrow();
  }

  @AfterEach
  void stop() throws Exception {
    if (tomcat != null) {
      tomcat.stop();
      tomcat.destroy();
    }
    store.close();
  }

  @Test
  void overview_defaultAccess_servedToAnyoneWithTheSampleFigures() throws Exception {
    start(ResultsAccess.publicOverviewOnly(), Duration.ofMinutes(1));

    HttpResponse<String> overview = get(RESULTS, null);
    HttpResponse<String> index = get(RESULTS + ReportFolder.INDEX, null);

    assertThat(overview.statusCode()).isEqualTo(200);
    assertThat(index.body()).isEqualTo(overview.body());
    assertThat(overview.body())
        .startsWith("<!DOCTYPE html>")
        .contains("href=\"structures/" + STRUCTURE + "/raw.html\"");
    assertThat(text(overview.body()))
        .contains("Structures inscrites 11", "Réponses acceptées 1 940", "Audits acceptés 132")
        .contains("Mairie de Trévennec 81,1/100");
    assertSecurityHeaders(overview);
  }

  @Test
  void reports_defaultAccess_every401WithoutAUserAnd403WithOne() throws Exception {
    start(ResultsAccess.publicOverviewOnly(), Duration.ofMinutes(1));

    List<String> urls = everyReportUrl();
    for (String url : urls) {
      HttpResponse<String> anonymous = get(url, null);
      HttpResponse<String> signedIn = get(url, "operator");
      assertThat(anonymous.statusCode()).as(url).isEqualTo(401);
      assertThat(signedIn.statusCode()).as(url).isEqualTo(403);
      assertSecurityHeaders(anonymous);
      assertThat(anonymous.body()).as(url).isEqualTo(get(unknown(), null).body());
      assertThat(signedIn.body()).as(url).isEqualTo(get(unknown(), "operator").body());
    }
    assertThat(urls).hasSize(9 * definitions.enrolments().size());
  }

  @Test
  void reports_deniedOrUnknown_samePageWithoutAFigure() throws Exception {
    start(ResultsAccess.publicOverviewOnly(), Duration.ofMinutes(1));

    HttpResponse<String> enrolled = get(RESULTS + "structures/" + STRUCTURE + "/raw.html", null);
    HttpResponse<String> unknown = get(unknown(), null);

    assertThat(enrolled.body())
        .isEqualTo(unknown.body())
        .contains("Connexion requise", "href=\"" + RESULTS + "\"")
        .doesNotContain(STRUCTURE);
  }

  @Test
  void reports_allowAll_eachEqualsTheFolderTheSameScoringWrites() throws Exception {
    start((request, structure, level) -> true, Duration.ofMinutes(1));
    Path expected = temp.resolve("expected");
    List<Path> files =
        ReportFolder.write(
            Reports.of(engine.scoreInFull(definitions, edition.data(), reject -> {}), previous),
            definitions,
            expected,
            Level.ORGANISATION,
            EnumSet.allOf(ReportFormat.class),
            new HtmlOptions(Locale.FRENCH, ScoreScale.HUNDRED));

    for (Path file : files) {
      String relative = expected.relativize(file).toString().replace('\\', '/');
      HttpResponse<byte[]> served = getBytes(RESULTS + relative);
      assertThat(served.statusCode()).as(relative).isEqualTo(200);
      assertThat(served.body()).as(relative).isEqualTo(Files.readAllBytes(file));
      assertThat(served.headers().firstValue("Cache-Control")).hasValue("no-store");
    }
    long levels =
        definitions.enrolments().stream().mapToLong(e -> e.level().ordinal() + 1L).sum();
    assertThat(files).hasSize(1 + (int) levels * 3);
  }

  @Test
  void overviewLinks_allowAll_everyLinkResolvesUnderTheMountAndIsServed() throws Exception {
    start((request, structure, level) -> true, Duration.ofMinutes(1));

    Set<URI> pages = new LinkedHashSet<>();
    hrefs(get(RESULTS, null).body()).forEach(h -> pages.add(URI.create(base + RESULTS).resolve(h)));
    Set<URI> back = new LinkedHashSet<>();
    for (URI page : pages) {
      assertThat(page.getPath()).startsWith(RESULTS);
      HttpResponse<String> served = get(page.getPath(), null);
      assertThat(served.statusCode()).as(page.toString()).isEqualTo(200);
      if (page.getPath().endsWith(".html")) {
        hrefs(served.body()).forEach(href -> back.add(page.resolve(href)));
      }
    }
    long levels =
        definitions.enrolments().stream().mapToLong(e -> e.level().ordinal() + 1L).sum();
    assertThat(pages).hasSize((int) levels * 3);
    assertThat(back).containsExactly(URI.create(base + RESULTS + ReportFolder.INDEX));
    assertThat(get(RESULTS + ReportFolder.INDEX, null).statusCode()).isEqualTo(200);
  }

  @Test
  void reports_staffAccess_ownReportsServedOthers403() throws Exception {
    start(
        (request, structure, level) ->
            request.getUserPrincipal() != null
                && request.getUserPrincipal().getName().equals(structure.value()),
        Duration.ofMinutes(1));

    for (Enrolment enrolment : definitions.enrolments()) {
      String id = enrolment.structure().value();
      for (Level level : Level.values()) {
        String url = RESULTS + "structures/" + id + "/" + level.id() + ".html";
        int status = get(url, STRUCTURE).statusCode();
        if (!id.equals(STRUCTURE)) {
          assertThat(status).as(url).isEqualTo(403);
        } else {
          assertThat(status).as(url).isEqualTo(enrolment.level().includes(level) ? 200 : 404);
        }
        assertThat(get(url, null).statusCode()).as(url).isEqualTo(401);
      }
    }
    assertThat(get(unknown(), STRUCTURE).statusCode()).isEqualTo(403);
  }

  @Test
  void paths_notAReport_404ForAnyoneAndTheSegmentRedirected() throws Exception {
    start((request, structure, level) -> true, Duration.ofMinutes(1));

    HttpResponse<String> segment = get("/survey/_results", null);

    assertThat(segment.statusCode()).isEqualTo(301);
    assertThat(segment.headers().firstValue("Location")).hasValue(RESULTS);
    assertThat(get(unknown(), "operator").statusCode()).isEqualTo(404);
    for (String path :
        List.of(
            "structures/" + STRUCTURE,
            "structures/" + STRUCTURE + "/raw.pdf",
            "structures/" + STRUCTURE + "/final.html",
            "structures/Not%20An%20Id/raw.html",
            "index.json",
            "other/" + STRUCTURE + "/raw.html")) {
      assertThat(get(RESULTS + path, null).statusCode()).as(path).isEqualTo(404);
    }
  }

  @Test
  void overview_responsePostedAfterAView_shownOnlyOnceResultsMaxAgeHasPassed() throws Exception {
    start(ResultsAccess.publicOverviewOnly(), Duration.ofMinutes(5));
    String first = get(RESULTS, null).body();

    answer();
    clock.advance(Duration.ofMinutes(4));
    String cached = get(RESULTS, null).body();
    clock.advance(Duration.ofMinutes(1));
    String scoredAgain = get(RESULTS, null).body();

    assertThat(cached).isEqualTo(first);
    assertThat(scoredAgain).isNotEqualTo(first);
    assertThat(text(first)).contains("Réponses acceptées 1 940");
    assertThat(text(scoredAgain)).contains("Réponses acceptées 1 941");
  }

  @Test
  void overview_zeroMaxAge_responseShownAtTheNextView() throws Exception {
    start(ResultsAccess.publicOverviewOnly(), Duration.ZERO);
    String first = get(RESULTS, null).body();

    answer();
    String next = get(RESULTS, null).body();

    assertThat(next).isNotEqualTo(first);
  }

  @Test
  void results_storeFails_503WithAPage() throws Exception {
    start((request, structure, level) -> true, Duration.ZERO);
    store.close();

    HttpResponse<String> overview = get(RESULTS, null);
    HttpResponse<String> report = get(RESULTS + "structures/" + STRUCTURE + "/raw.html", "op");

    assertThat(overview.statusCode()).isEqualTo(503);
    assertThat(overview.body()).contains("Résultats indisponibles");
    assertThat(report.statusCode()).isEqualTo(503);
    assertSecurityHeaders(report);
  }

  /** Every report address of every enrolled structure: three levels, three formats. */
  private List<String> everyReportUrl() {
    List<String> urls = new ArrayList<>();
    for (Enrolment enrolment : definitions.enrolments()) {
      for (Level level : Level.values()) {
        for (ReportFormat format : ReportFormat.values()) {
          urls.add(
              RESULTS
                  + "structures/"
                  + enrolment.structure().value()
                  + "/"
                  + level.id()
                  + "."
                  + format.id());
        }
      }
    }
    return urls;
  }

  private static String unknown() {
    return RESULTS + "structures/no-such-structure/raw.html";
  }

  private static List<String> hrefs(String html) {
    List<String> hrefs = new ArrayList<>();
    Matcher matcher = HREF.matcher(html);
    while (matcher.find()) {
      if (!matcher.group(1).startsWith("#")) {
        hrefs.add(matcher.group(1).replace("&amp;", "&"));
      }
    }
    return hrefs;
  }

  /** A page's text: its markup and style left out, every run of spaces one space. */
  private static String text(String html) {
    return html.replaceAll("(?s)<style>.*?</style>", "")
        .replaceAll("<[^>]+>", " ")
        .replaceAll("[\\s\u00a0\u202f]+", " ");
  }

  private static void assertSecurityHeaders(HttpResponse<?> response) {
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  /** Answers the survey of {@link #STRUCTURE} through its form, and checks it was stored. */
  private void answer() throws Exception {
    long before = edition.count("responses.jsonl");
    HttpResponse<String> page = get("/survey/" + STRUCTURE, null);
    Matcher token = TOKEN.matcher(page.body());
    Matcher session = SESSION.matcher(page.headers().firstValue("Set-Cookie").orElseThrow());
    assertThat(token.find()).isTrue();
    assertThat(session.find()).isTrue();
    HttpResponse<String> posted =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/survey/" + STRUCTURE))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "ik_session=" + session.group(1))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "courtesy_staff=4&problem_solved=yes&overall=5&_csrf="
                            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(posted.statusCode()).isEqualTo(303);
    assertThat(edition.count("responses.jsonl")).isEqualTo(before + 1);
  }

  private void start(ResultsAccess access, Duration maxAge) throws Exception {
    SurveyServlet servlet =
        SurveyServlet.builder(definitions, edition)
            .settings(
                SurveySettings.of(Locale.FRENCH).withClock(clock).withResultsMaxAge(maxAge))
            .resultsAccess(access)
            .engine(engine)
            .previousResults(previous)
            .build();
    tomcat = new Tomcat();
    tomcat.setBaseDir(temp.resolve("tomcat").toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.setConnector(connector);
    Context context = tomcat.addContext("", null);
    FilterDef users = new FilterDef();
    users.setFilterName("test-users");
    users.setFilter(new TestUserFilter());
    context.addFilterDef(users);
    FilterMap everywhere = new FilterMap();
    everywhere.setFilterName("test-users");
    everywhere.addURLPattern("/*");
    context.addFilterMap(everywhere);
    Tomcat.addServlet(context, "survey", servlet);
    context.addServletMappingDecoded("/survey/*", "survey");
    tomcat.start();
    base = "http://127.0.0.1:" + connector.getLocalPort();
  }

  private HttpResponse<String> get(String path, @Nullable String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (user != null) {
      request.header(TestUserFilter.HEADER, user);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> getBytes(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}

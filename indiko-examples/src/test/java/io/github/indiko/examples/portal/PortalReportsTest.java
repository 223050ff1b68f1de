package io.github.indiko.examples.portal;

import static io.github.indiko.examples.portal.PortalClient.NOW;
import static io.github.indiko.examples.portal.PortalClient.STRUCTURE;
import static io.github.indiko.examples.portal.PortalClient.answers;
import static io.github.indiko.examples.portal.PortalClient.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.reports.ReportFormat;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal's login and reports over real HTTP: every report of every structure refused without
 * the login and served with the operator's, whose password only the first start prints and whose
 * hash alone is kept; the options and the clock.
 */
class PortalReportsTest {
  @TempDir static Path data;
  @TempDir Path work;
  private static Portal portal;
  private static String console;

  @BeforeAll
  static void start() throws Exception {
    PortalClient.Started started = PortalClient.start(PortalClient.settings(data, NOW));
    portal = started.portal();
    console = started.console();
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  /** A report's address below the results' folder, and whether the enrolment includes it. */
  private record Report(String path, boolean exists) {}

  /** Every report address of every enrolled structure: each level, each format. */
  private static List<Report> everyReport() {
    EditionDefinitions definitions = EditionFolder.load(data.resolve(Portal.EDITION));
    List<Report> reports = new ArrayList<>();
    for (Enrolment enrolment : definitions.enrolments()) {
      for (Level level : Level.values()) {
        for (ReportFormat format : ReportFormat.values()) {
          reports.add(
              new Report(
                  Portal.RESULTS
                      + "structures/"
                      + enrolment.structure().value()
                      + "/"
                      + level.id()
                      + "."
                      + format.id(),
                  enrolment.level().includes(level)));
        }
      }
    }
    return reports;
  }

  @Test
  void reports_withoutLogin_everyOneIsRefusedAndTheOverviewIsPublic() throws Exception {
    PortalClient anonymous = new PortalClient(portal.uri());
    List<Report> reports = everyReport();

    assertThat(reports).hasSize(11 * 3 * 3);
    for (Report report : reports) {
      HttpResponse<String> response = anonymous.get(report.path());
      assertThat(response.statusCode()).as(report.path()).isIn(302, 401, 403);
      if (response.statusCode() == 302) {
        assertThat(response.headers().firstValue("Location").orElseThrow())
            .as(report.path())
            .endsWith("/login");
      }
      assertThat(response.body()).as(report.path()).doesNotContain("Résultats bruts");
    }
    HttpResponse<String> overview = anonymous.get(Portal.RESULTS);
    assertThat(overview.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(overview.body()).select("a[href^=structures/]")).isNotEmpty();
    assertThat(anonymous.get(Portal.RESULTS + "index.html").statusCode()).isEqualTo(200);
  }

  @Test
  void reports_asOperator_everyOneIsServedAndShowsTheResponsesLive() throws Exception {
    PortalClient citizen = new PortalClient(portal.uri());
    String comment = "Un commentaire unique 7f3a";
    citizen.answer(STRUCTURE, withToken(citizen.token(STRUCTURE), answers(comment)));
    PortalClient operator = new PortalClient(portal.uri());

    operator.logIn(OperatorCredentials.USER, PortalClient.password(console));

    int served = 0;
    for (Report report : everyReport()) {
      HttpResponse<String> response = operator.get(report.path());
      assertThat(response.statusCode()).as(report.path()).isEqualTo(report.exists() ? 200 : 404);
      served += report.exists() ? 1 : 0;
    }
    assertThat(served).isGreaterThan(11 * 3);
    HttpResponse<String> raw =
        operator.get(Portal.RESULTS + "structures/" + STRUCTURE + "/raw.html");
    assertThat(raw.body()).startsWith("<!DOCTYPE html>").contains(comment);
    assertThat(Jsoup.parse(raw.body()).select("main > h1 + p.provisional").text())
        .as("scored as of the portal's day, in the collection")
        .startsWith("Résultats provisoires. Calculés au 01/10/2017");
    assertThat(raw.headers().firstValue("Cache-Control")).hasValueSatisfying(
        value -> assertThat(value).contains("no-store"));
  }

  @Test
  void login_wrongPassword_isRefusedAndServesNoReport() throws Exception {
    PortalClient intruder = new PortalClient(portal.uri());

    HttpResponse<String> login = intruder.tryLogIn(OperatorCredentials.USER, "not-the-password");

    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    assertThat(
            intruder.get(Portal.RESULTS + "structures/" + STRUCTURE + "/raw.html").statusCode())
        .isEqualTo(302);
  }

  @Test
  void credentials_onlyTheHashIsKeptOwnerOnlyAndASecondStartPrintsNoPassword() throws Exception {
    String password = PortalClient.password(console);
    Path file = data.resolve(OperatorCredentials.FILE);
    String kept = Files.readString(file, StandardCharsets.UTF_8);

    assertThat(password).hasSizeGreaterThanOrEqualTo(20);
    assertThat(console).containsOnlyOnce(password);
    assertThat(kept).startsWith("operator:{bcrypt}$2").doesNotContain(password);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");

    PortalSettings first = PortalClient.settings(data, NOW);
    PortalClient.Started again =
        PortalClient.start(
            new PortalSettings(
                0,
                data,
                new StructureId(STRUCTURE),
                first.clock(),
                first.locale(),
                first.maxBodyBytes(),
                null));
    try {
      assertThat(again.console()).doesNotContain(password).doesNotContain("password");
      HttpResponse<String> root = new PortalClient(again.portal().uri()).get("/");
      assertThat(root.statusCode()).as("/ opens the default structure's survey").isEqualTo(303);
      assertThat(root.headers().firstValue("Location")).hasValue("/survey/" + STRUCTURE);
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(kept);
      new PortalClient(again.portal().uri()).logIn(OperatorCredentials.USER, password);
      assertThat(PortalClient.surveyLines(again.portal(), work))
          .as("the sample is imported once, the same store reopened")
          .hasSameSizeAs(PortalClient.surveyLines(portal, work));
    } finally {
      again.portal().close();
    }
    Path other = work.resolve("other");
    Files.createDirectories(other);
    PortalClient.Started elsewhere = PortalClient.start(PortalClient.settings(other, NOW));
    elsewhere.portal().close();
    assertThat(PortalClient.password(elsewhere.console()))
        .as("each data folder draws its own")
        .isNotEqualTo(password);
  }

  @Test
  void parse_options() {
    Clock system = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    PortalSettings settings =
        Portal.parse(
            new String[] {
              "--port", "0", "--data", "d", "--structure", STRUCTURE,
              "--now", "2017-10-01T10:00:00+02:00", "--locale", "en",
              "--jdbc-url", "jdbc:postgresql://localhost/indiko"
            },
            system);

    assertThat(settings.port()).isZero();
    assertThat(settings.data()).isEqualTo(Path.of("d"));
    assertThat(settings.defaultStructure()).isEqualTo(new StructureId(STRUCTURE));
    assertThat(settings.clock().instant()).isEqualTo(NOW.toInstant());
    assertThat(settings.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/indiko");
    PortalSettings defaults = Portal.parse(new String[0], system);
    assertThat(defaults.port()).isEqualTo(8080);
    assertThat(defaults.data()).isEqualTo(Path.of("indiko-portal-data"));
    assertThat(defaults.clock()).isNull();
    assertThat(defaults.jdbcUrl()).isNull();
    assertThat(Portal.parse(new String[] {"--help"}, system)).isNull();
    assertThatThrownBy(() -> Portal.parse(new String[] {"--port"}, system))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Portal.parse(new String[] {"--now", "2017-10-01"}, system))
        .hasMessageContaining("--now");
    assertThatThrownBy(() -> Portal.parse(new String[] {"--jdbc-url", "postgres://x"}, system))
        .hasMessageContaining("--jdbc-url");
  }

  @Test
  void clock_outsideTheCollectionPeriod_movesIntoItAndSaysSo() {
    Edition edition = EditionFolder.load(data.resolve(Portal.EDITION)).edition();
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
    PortalSettings settings = PortalClient.settings(work, NOW);
    assertThatThrownBy(
            () ->
                Portal.start(
                    new PortalSettings(
                        0,
                        work,
                        new StructureId("commissariat-lezignac"),
                        settings.clock(),
                        null,
                        PortalClient.MAX_BODY,
                        null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("commissariat-lezignac");
  }
}

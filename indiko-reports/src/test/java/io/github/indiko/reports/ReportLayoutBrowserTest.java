package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.structure.Level;
import io.github.indiko.scoring.QuestionDetail;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.scoring.TextAnswers;
import io.github.indiko.testsupport.browser.HeadlessChromium;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lays the pages out in Debian's headless Chromium and measures them: no page is wider than its
 * window, even with a word of 10 000 characters, and no text of a chart overlaps another or leaves
 * its SVG. Skipped, with a message on standard error, when Chromium or its driver is not installed.
 */
@Tag("browser")
class ReportLayoutBrowserTest {
  private static final Path OUTPUT = Path.of("target", "report-layout");
  private static final String LONG = "x".repeat(10_000);
  private static final HtmlOptions FRENCH = new HtmlOptions(Locale.FRENCH, ScoreScale.HUNDRED);

  private static HeadlessChromium chromium;

  @BeforeAll
  static void startBrowser() throws IOException {
    chromium = HeadlessChromium.startOrSkip();
    Files.createDirectories(OUTPUT);
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  /** A page and how to write it. */
  record Page(String name, EditionDefinitions definitions, Writer writer) {
    @Override
    public String toString() {
      return name;
    }
  }

  interface Writer {
    void write(EditionDefinitions definitions, HtmlOptions options, OutputStream out);
  }

  /** The fixture's pages, with a structure name and a free-text answer of 10 000 letters. */
  static List<Page> longWordPages() {
    EditionDefinitions definitions = HostileFixture.definitions();
    StructureInfo structure = HostileFixture.info(HostileFixture.A, LONG, Level.ORGANISATION);
    RawReport raw = HostileFixture.raw();
    List<QuestionDetail> questions = new ArrayList<>();
    for (QuestionDetail q : raw.questions()) {
      questions.add(
          q.type().equals("text")
              ? new QuestionDetail(
                  q.id(), q.type(), q.theme(), q.scored(), q.answered(), q.na(), q.distribution(),
                  q.n(), q.mean(), q.satisfaction(), q.net(), q.nps(), q.quantities(),
                  new TextAnswers(2, List.of(LONG, "court")))
              : q);
    }
    RawReport longRaw =
        new RawReport(structure, raw.responses(), raw.audits(), questions, raw.criteria());
    AnalysisReport a = HostileFixture.analysis();
    AnalysisReport analysis =
        new AnalysisReport(
            structure, a.target(), a.previousEdition(), a.composite(), a.partial(), a.eligible(),
            a.ranking(), a.satisfaction(), a.net(), a.nps(), a.satisfactionChange(), a.sources(),
            a.themes(), a.strengths(), a.weaknesses(), a.items());
    OrganisationReport o = HostileFixture.organisation();
    OrganisationReport organisation =
        new OrganisationReport(
            structure, o.criteria(), o.themes(), o.meanImportance(), o.meanPerformance(),
            o.actionPlan());
    Overview v = HostileFixture.overview();
    List<StructureEntry> entries = new ArrayList<>(v.structures());
    entries.set(
        0,
        new StructureEntry(HostileFixture.A, LONG, HostileFixture.CATEGORY, Level.ORGANISATION));
    Overview overview =
        new Overview(
            v.edition(), v.asOf(), v.name(), v.responses(), v.audits(), v.categories(),
            v.trophies(), v.notAwarded(), v.consultation(), entries);
    return List.of(
        new Page("raw", definitions, (d, o2, out) -> ReportHtml.write(longRaw, d, o2, out)),
        new Page("analysis", definitions, (d, o2, out) -> ReportHtml.write(analysis, d, o2, out)),
        new Page(
            "organisation",
            definitions,
            (d, o2, out) -> ReportHtml.write(organisation, d, o2, out)),
        new Page(
            "index",
            definitions,
            (d, o2, out) ->
                ReportHtml.write(overview, d, o2, EnumSet.allOf(ReportFormat.class), out)));
  }

  static List<Object[]> longWordPagesAndWidths() {
    List<Object[]> all = new ArrayList<>();
    for (Page page : longWordPages()) {
      all.add(new Object[] {page, 1280});
      all.add(new Object[] {page, 390});
    }
    return all;
  }

  @ParameterizedTest(name = "{0} at {1} px")
  @MethodSource("longWordPagesAndWidths")
  void page_withAWordOf10000Letters_isNoWiderThanItsWindow(Page page, int width)
      throws IOException {
    open(page, "long-" + page.name() + "-" + width, width);

    long innerWidth = number("return window.innerWidth");
    long scrollWidth = number("return document.documentElement.scrollWidth");
    assertThat(innerWidth).isEqualTo(width);
    assertThat(scrollWidth).as("page width at a window of %d px", width).isLessThanOrEqualTo(width);
    assertThat(
            chromium
                .driver()
                .executeScript("return document.body.innerText.includes(arguments[0])", LONG))
        .as("the long word is shown whole")
        .isEqualTo(Boolean.TRUE);
  }

  @Test
  void sample_everyChartOfEveryPage_hasNoOverlappingTextAndNothingOutside() throws IOException {
    EditionDefinitions definitions = SampleFixture.DEFINITIONS;
    ReportSet reports =
        Reports.of(
            ScoringEngine.builder()
                .builtIns()
                .build()
                .scoreInFull(definitions, SampleFixture.EDITION, reject -> {}),
            SampleFixture.PREVIOUS_RESULTS);
    int matrices = 0;
    int charts = 0;
    for (StructureReports structure : reports.structures()) {
      String id = structure.structure().id().value();
      RawReport raw = structure.raw();
      charts +=
          assertChartsLaidOut(
              new Page(
                  "sample-raw-" + id,
                  definitions,
                  (d, o, out) -> ReportHtml.write(raw, d, o, out)));
      AnalysisReport analysis = structure.analysis();
      if (analysis != null) {
        charts +=
            assertChartsLaidOut(
                new Page(
                    "sample-analysis-" + id,
                    definitions,
                    (d, o, out) -> ReportHtml.write(analysis, d, o, out)));
      }
      OrganisationReport organisation = structure.organisation();
      if (organisation != null
          && organisation.themes().stream().filter(t -> t.quadrant() != null).count() >= 2) {
        matrices++;
        charts +=
            assertChartsLaidOut(
                new Page(
                "sample-organisation-" + id,
                definitions,
                (d, o, out) -> ReportHtml.write(organisation, d, o, out)));
      }
    }
    assertThat(matrices).as("sample matrices measured").isPositive();
    assertThat(charts).as("sample charts measured").isGreaterThan(10);
  }

  @Test
  void matrixOfTwelveThemes_closeOrEqualPoints_hasNoOverlappingTextAndNothingOutside()
      throws IOException {
    List<ThemeImportance> themes = new ArrayList<>();
    double[][] points = {
      {0.50, 60.0}, {0.50, 60.0}, {0.51, 60.5}, {0.52, 61.0}, {0.49, 59.0}, {0.50, 62.0},
      {-0.20, 10.0}, {0.95, 99.0}, {0.95, 1.0}, {-0.20, 99.0}, {0.30, 80.0}, {0.70, 40.0}
    };
    double importance = 0;
    double performance = 0;
    for (int i = 0; i < points.length; i++) {
      importance += points[i][0] / points.length;
      performance += points[i][1] / points.length;
    }
    for (int i = 0; i < points.length; i++) {
      double x = points[i][0];
      double y = points[i][1];
      Quadrant quadrant =
          x >= importance
              ? (y < performance ? Quadrant.PRIORITY : Quadrant.STRENGTH)
              : (y < performance ? Quadrant.SECONDARY : Quadrant.SURPLUS);
      themes.add(
          new ThemeImportance(
              new Theme(String.format(Locale.ROOT, "theme_%02d_", i + 1) + "x".repeat(50)),
              x,
              40,
              y,
              quadrant));
    }
    OrganisationReport report =
        new OrganisationReport(
            HostileFixture.info(HostileFixture.A, "Mairie", Level.ORGANISATION),
            List.of(),
            themes,
            importance,
            performance,
            List.of());

    int charts =
        assertChartsLaidOut(
            new Page(
                "twelve-themes",
                HostileFixture.definitions(),
                (d, o, out) -> ReportHtml.write(report, d, o, out)));

    assertThat(charts).isEqualTo(1);
    assertThat(
            chromium.driver()
                .executeScript("return document.querySelectorAll('svg text > title').length"))
        .as("one mark per theme, each with its full name")
        .isEqualTo(12L);
  }

  /**
   * Opens the page at 1280 px and checks, in every SVG, that no two texts overlap and that every
   * text lies within the SVG's box.
   *
   * @return the number of SVGs measured
   */
  private static int assertChartsLaidOut(Page page) throws IOException {
    open(page, page.name(), 1280);
    @SuppressWarnings("unchecked")
    List<List<List<Object>>> svgs =
        (List<List<List<Object>>>)
            chromium.driver()
                .executeScript(
                    "return [...document.querySelectorAll('svg')].map(svg => {"
                        + " const s = svg.getBoundingClientRect();"
                        + " return [[s.left, s.top, s.right, s.bottom, 'svg']].concat("
                        + " [...svg.querySelectorAll('text')].map(t => {"
                        + " const r = t.getBoundingClientRect();"
                        + " return [r.left, r.top, r.right, r.bottom, t.textContent]; })); })");
    for (List<List<Object>> svg : svgs) {
      double[] frame = box(svg.get(0));
      List<List<Object>> texts = svg.subList(1, svg.size());
      for (int i = 0; i < texts.size(); i++) {
        double[] a = box(texts.get(i));
        boolean inside =
            a[0] >= frame[0] - 0.5
                && a[2] <= frame[2] + 0.5
                && a[1] >= frame[1] - 0.5
                && a[3] <= frame[3] + 0.5;
        assertThat(inside)
            .as(
                "%s: text %s %s inside the SVG %s",
                page.name(),
                texts.get(i).get(4),
                List.of(a[0], a[1], a[2], a[3]),
                List.of(frame[0], frame[1], frame[2], frame[3]))
            .isTrue();
        for (int j = i + 1; j < texts.size(); j++) {
          double[] b = box(texts.get(j));
          double across = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
          double down = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
          assertThat(across > 0.5 && down > 0.5)
              .as("%s: %s overlaps %s", page.name(), texts.get(i).get(4), texts.get(j).get(4))
              .isFalse();
        }
      }
    }
    return svgs.size();
  }

  private static double[] box(List<Object> measured) {
    double[] box = new double[4];
    for (int i = 0; i < 4; i++) {
      box[i] = ((Number) Objects.requireNonNull(measured.get(i))).doubleValue();
    }
    return box;
  }

  private static void open(Page page, String name, int width) throws IOException {
    Path file = OUTPUT.resolve(name + ".html").toAbsolutePath();
    try (OutputStream out = Files.newOutputStream(file)) {
      page.writer().write(page.definitions(), FRENCH, out);
    }
    chromium
        .driver()
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    chromium.driver().get(file.toUri().toString());
  }

  private static long number(String script) {
    return ((Number) chromium.driver().executeScript(script)).longValue();
  }
}

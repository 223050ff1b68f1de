package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.testsupport.browser.HeadlessChromium;
import io.github.indiko.testsupport.browser.Screenshot;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders the fixture's pages to files, opens them in Debian's headless Chromium, takes a
 * screenshot of each (under {@code target/report-screenshots}) and runs axe-core on it. Skipped,
 * with a message on standard error, when Chromium or its driver is not installed.
 */
@Tag("browser")
class ReportBrowserTest {
  private static final Path OUTPUT = Path.of("target", "report-screenshots");

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

  /** A page of the fixture and how to write it. */
  record Page(String name, Writer writer) {
    @Override
    public String toString() {
      return name;
    }
  }

  interface Writer {
    void write(EditionDefinitions definitions, HtmlOptions options, OutputStream out);
  }

  static List<Page> pages() {
    return List.of(
        new Page(
            "index",
            (d, o, out) ->
                ReportHtml.write(
                    HostileFixture.overview(), d, o, EnumSet.allOf(ReportFormat.class), out)),
        new Page("organisation", (d, o, out) -> ReportHtml.write(HostileFixture.organisation(), d, o, out)),
        new Page("analysis", (d, o, out) -> ReportHtml.write(HostileFixture.analysis(), d, o, out)),
        new Page("raw", (d, o, out) -> ReportHtml.write(HostileFixture.raw(), d, o, out)),
        new Page(
            "index-with-agreement",
            (d, o, out) ->
                ReportHtml.write(
                    HostileFixture.overview(),
                    HostileFixture.agreement(),
                    d,
                    o,
                    EnumSet.allOf(ReportFormat.class),
                    out)),
        new Page(
            "agreement",
            (d, o, out) -> ReportHtml.write(HostileFixture.agreement(), d, o, out)));
  }

  @ParameterizedTest
  @MethodSource("pages")
  void page_rendersAndHasNoSeriousAccessibilityViolation(Page page) throws IOException {
    Path file = OUTPUT.resolve(page.name() + ".html").toAbsolutePath();
    try (OutputStream out = Files.newOutputStream(file)) {
      page.writer()
          .write(HostileFixture.definitions(), new HtmlOptions(Locale.FRENCH, ScoreScale.TEN), out);
    }

    chromium.driver().get(file.toUri().toString());
    Screenshot shot = chromium.screenshot(OUTPUT.resolve(page.name() + ".png"));
    assertThat(shot.colours()).as("distinct colours").isGreaterThan(20);
    assertThat(shot.inked())
        .as("non-white pixels of %d sampled", shot.sampled())
        .isGreaterThan(shot.sampled() / 50);
    assertThat(chromium.driver().getTitle()).isNotBlank();
    chromium.assertAccessible(page.name());
  }
}

package io.github.indiko.scoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.github.indiko.core.EditionDefinitions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Renders the fixture's pages to files, opens them in Debian's headless Chromium, takes a
 * screenshot of each (under {@code target/report-screenshots}) and runs axe-core on it. Skipped,
 * with a message on standard error, when Chromium or its driver is not installed.
 */
@Tag("browser")
class ReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path OUTPUT = Path.of("target", "report-screenshots");

  private static ChromeDriver driver;
  private static Path profile;

  @BeforeAll
  static void startBrowser() throws IOException {
    for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(binary)) {
        String message =
            (binary.equals(CHROMIUM) ? "Chromium" : "ChromeDriver")
                + " not found at "
                + binary
                + ": browser test skipped";
        System.err.println(message);
        Assumptions.abort(message);
      }
    }
    // The tests run patched into the scoring module, which does not read java.desktop (ImageIO);
    // a module may add a read edge of its own, before the first use links the class.
    ModuleLayer.boot()
        .findModule("java.desktop")
        .ifPresent(desktop -> ReportBrowserTest.class.getModule().addReads(desktop));
    profile = Files.createTempDirectory("indiko-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    driver.manage().window().setSize(new Dimension(1200, 1600));
    Files.createDirectories(OUTPUT);
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
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
        new Page("raw", (d, o, out) -> ReportHtml.write(HostileFixture.raw(), d, o, out)));
  }

  @ParameterizedTest
  @MethodSource("pages")
  void page_rendersAndHasNoSeriousAccessibilityViolation(Page page) throws IOException {
    Path file = OUTPUT.resolve(page.name() + ".html").toAbsolutePath();
    try (OutputStream out = Files.newOutputStream(file)) {
      page.writer()
          .write(HostileFixture.definitions(), new HtmlOptions(Locale.FRENCH, Scale.TEN), out);
    }

    driver.get(file.toUri().toString());
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Files.write(OUTPUT.resolve(page.name() + ".png"), png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    Set<Integer> colours = new HashSet<>();
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (rgb != 0xFFFFFF) {
          ink++;
        }
      }
    }
    long sampled = (long) ((image.getHeight() + 1) / 2) * ((image.getWidth() + 1) / 2);
    assertThat(colours).as("distinct colours").hasSizeGreaterThan(20);
    assertThat(ink).as("non-white pixels of %d sampled", sampled).isGreaterThan(sampled / 50);
    assertThat(driver.getTitle()).isNotBlank();

    // ChromeDriver's executeScript runs through the DevTools protocol, which the page's content
    // security policy does not govern: axe-core runs although the page forbids scripts.
    Results results = new AxeBuilder().analyze(driver);
    assertThat(results.isErrored()).as(String.valueOf(results.getErrorMessage())).isFalse();
    assertThat(results.getPasses()).isNotEmpty();
    List<String> serious = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
        StringBuilder line = new StringBuilder(rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp());
        for (CheckedNode node : rule.getNodes()) {
          line.append("\n    ").append(node.getTarget()).append(" ").append(node.getHtml());
        }
        serious.add(line.toString());
      }
    }
    serious.forEach(System.err::println);
    assertThat(serious).as("axe-core violations of impact serious or critical").isEmpty();
  }
}

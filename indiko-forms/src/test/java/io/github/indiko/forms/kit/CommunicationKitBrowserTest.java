package io.github.indiko.forms.kit;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Renders the poster and the flyer in Debian's headless Chromium in a window of the sheet's size
 * in CSS pixels (A4: 794 × 1123, A5: 559 × 794), saves a screenshot under {@code
 * target/kit-screenshots}, checks that it is not blank and that ZXing reads the link from the QR
 * code of the whole screenshot, prints it on its sheet (one page) and runs axe-core. Skipped, with a message on standard error, when
 * Chromium or its driver is not installed.
 */
@Tag("browser")
class CommunicationKitBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path OUTPUT = Path.of("target", "kit-screenshots");
  private static final String HOSTILE = "Mairie <script>alert(1)</script> \"><img src=x onerror=alert(1)>";

  private static ChromeDriver driver;
  private static Path profile;

  /**
   * A page of the kit, the window it is shown in (its sheet in CSS pixels), the sheet in
   * centimetres, and the structure's name it shows.
   */
  record Page(
      String name,
      String structure,
      Locale locale,
      boolean poster,
      int width,
      int height,
      double widthCm,
      double heightCm) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Page> pages() {
    return List.of(
        new Page("poster-fr", "Mairie de Lyon", Locale.FRENCH, true, 794, 1123, 21.0, 29.7),
        new Page("poster-en", "Mairie de Lyon", Locale.ENGLISH, true, 794, 1123, 21.0, 29.7),
        new Page("poster-hostile", HOSTILE, Locale.FRENCH, true, 794, 1123, 21.0, 29.7),
        new Page("flyer-fr", "Mairie de Lyon", Locale.FRENCH, false, 559, 794, 14.8, 21.0));
  }

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
    // On the module path the tests would be patched into the forms module, which does not read
    // java.desktop (ImageIO); a module may add a read edge of its own before the first use.
    ModuleLayer.boot()
        .findModule("java.desktop")
        .ifPresent(desktop -> CommunicationKitBrowserTest.class.getModule().addReads(desktop));
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
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
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

  @ParameterizedTest
  @MethodSource("pages")
  void page_rendersWithAReadableQrCode(Page page) throws IOException {
    CommunicationKit kit = KitFixtures.kit(page.structure());
    String html = page.poster() ? kit.poster(page.locale()) : kit.flyer(page.locale());
    Path file = OUTPUT.resolve(page.name() + ".html").toAbsolutePath();
    Files.writeString(file, html, StandardCharsets.UTF_8);

    driver.manage().window().setSize(new Dimension(page.width(), page.height()));
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
    assertThat(colours).as("distinct colours").hasSizeGreaterThan(10);
    assertThat(ink).as("non-white pixels of %d sampled", sampled).isGreaterThan(sampled / 20);
    assertThat(KitFixtures.decode(image)).isEqualTo(kit.link().toString());
    assertThat(driver.getTitle()).endsWith(page.structure());
    // The hostile name is text: no element came out of it (an alert would also fail the calls).
    assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("img, script"))).isEmpty();

    // Printed on its sheet, with no margin of the printer's own, the page takes one sheet.
    PrintOptions print = new PrintOptions();
    print.setPageSize(new PageSize(page.heightCm(), page.widthCm()));
    print.setPageMargin(new PageMargin(0, 0, 0, 0));
    String pdf =
        new String(
            Base64.getDecoder().decode(driver.print(print).getContent()),
            StandardCharsets.ISO_8859_1);
    assertThat(Pattern.compile("/Type\\s*/Page[^s]").matcher(pdf).results().count())
        .as("pages of the printed PDF")
        .isEqualTo(1);

    Results results = new AxeBuilder().analyze(driver);
    assertThat(results.isErrored()).as(String.valueOf(results.getErrorMessage())).isFalse();
    assertThat(results.getPasses()).isNotEmpty();
    List<String> serious = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
        StringBuilder line =
            new StringBuilder(rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp());
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

package io.github.indiko.forms.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.testsupport.browser.HeadlessChromium;
import io.github.indiko.testsupport.browser.Screenshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
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
  private static final Path OUTPUT = Path.of("target", "kit-screenshots");
  private static final String HOSTILE = "Mairie <script>alert(1)</script> \"><img src=x onerror=alert(1)>";

  private static HeadlessChromium chromium;

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
    chromium =
        HeadlessChromium.startOrSkip(
            options -> options.addArguments("--hide-scrollbars", "--force-device-scale-factor=1"));
    Files.createDirectories(OUTPUT);
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @ParameterizedTest
  @MethodSource("pages")
  void page_rendersWithAReadableQrCode(Page page) throws IOException {
    CommunicationKit kit = KitFixtures.kit(page.structure());
    String html = page.poster() ? kit.poster(page.locale()) : kit.flyer(page.locale());
    Path file = OUTPUT.resolve(page.name() + ".html").toAbsolutePath();
    Files.writeString(file, html, StandardCharsets.UTF_8);

    ChromeDriver driver = chromium.driver();
    driver.manage().window().setSize(new Dimension(page.width(), page.height()));
    driver.get(file.toUri().toString());
    Screenshot shot = chromium.screenshot(OUTPUT.resolve(page.name() + ".png"));
    assertThat(shot.colours()).as("distinct colours").isGreaterThan(10);
    assertThat(shot.inked())
        .as("non-white pixels of %d sampled", shot.sampled())
        .isGreaterThan(shot.sampled() / 20);
    assertThat(KitFixtures.decode(shot.image())).isEqualTo(kit.link().toString());
    assertThat(driver.getTitle()).endsWith(page.structure());
    // The hostile name is text: no element came out of it (an alert would also fail the calls).
    assertThat(driver.findElements(By.cssSelector("img, script"))).isEmpty();

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

    chromium.assertAccessible(page.name());
  }
}

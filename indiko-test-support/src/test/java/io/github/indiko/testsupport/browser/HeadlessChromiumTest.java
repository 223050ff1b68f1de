package io.github.indiko.testsupport.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("browser")
class HeadlessChromiumTest {
  private static HeadlessChromium chromium;

  @TempDir Path folder;

  @BeforeAll
  static void startBrowser() throws IOException {
    chromium = HeadlessChromium.startOrSkip();
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  private void open(String html) throws IOException {
    Path page = folder.resolve("page.html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    chromium.driver().get(page.toUri().toString());
  }

  @Test
  void screenshot_ofAPage_isWrittenAndCountsItsInk() throws IOException {
    // The top 800 pixel rows black, the rest white: 400 sampled rows of 600 sampled pixels inked.
    open(
        "<!doctype html><html lang=en><title>Half</title>"
            + "<body style='margin:0'><div style='background:#000;height:800px'></div>");
    Path file = folder.resolve("shots/half.png");

    Screenshot shot = chromium.screenshot(file);

    assertThat(file).hasBinaryContent(shot.png());
    assertThat(shot.image().getWidth()).isEqualTo(1200);
    // Rows 0, 2, 4…: half the image's height (which need not be even), rounded up.
    assertThat(shot.sampled()).isEqualTo(600L * (long) Math.ceil(shot.image().getHeight() / 2.0));
    assertThat(shot.colours()).isEqualTo(2);
    assertThat(shot.inked()).isEqualTo(600L * 400);
  }

  @Test
  void screenshot_ofABlankPage_fails() throws IOException {
    open("<!doctype html><html lang=en><title>Blank</title><body>");

    assertThatThrownBy(() -> chromium.screenshot(folder.resolve("blank.png")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("blank");
  }

  @Test
  void assertAccessible_anImageWithoutText_failsNamingTheRuleAndTheNode() throws IOException {
    open(
        "<!doctype html><html lang=en><title>Image</title>"
            + "<body><main><h1>Image</h1><img id=logo src=logo.png></main>");

    assertThatThrownBy(() -> chromium.assertAccessible("logo page"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("logo page: critical image-alt")
        .hasMessageContaining("#logo");
  }

  @Test
  void assertAccessible_aPlainPage_passes() throws IOException {
    open(
        "<!doctype html><html lang=en><title>Plain</title>"
            + "<body><main><h1>Plain</h1><p>Text.</p></main>");

    chromium.assertAccessible("plain page");
  }
}

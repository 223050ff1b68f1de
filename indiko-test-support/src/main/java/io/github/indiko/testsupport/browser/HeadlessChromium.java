package io.github.indiko.testsupport.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium ({@code /usr/bin/chromium}) driven through its ChromeDriver ({@code
 * /usr/bin/chromedriver}), in a temporary profile deleted on {@link #close()}: no driver download,
 * no network of its own, a window of 1200 × 1600 CSS pixels and a script timeout of 60 seconds.
 */
public final class HeadlessChromium implements AutoCloseable {
  /** Where Debian's {@code chromium} package installs the browser. */
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** Where Debian's {@code chromium-driver} package installs ChromeDriver. */
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final Path profile;

  private HeadlessChromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Starts the browser with the default flags.
   *
   * @return the running browser
   * @throws org.opentest4j.TestAbortedException when Chromium or ChromeDriver is not installed,
   *     after saying so on standard error, so that the skipped test is seen
   * @throws IOException when the temporary profile cannot be created
   */
  public static HeadlessChromium startOrSkip() throws IOException {
    return startOrSkip(options -> {});
  }

  /**
   * Starts the browser with the default flags and what {@code more} adds to them (arguments such
   * as {@code --lang=fr-FR}, preferences).
   *
   * @param more adds to the options before the browser starts
   * @return the running browser
   * @throws org.opentest4j.TestAbortedException when Chromium or ChromeDriver is not installed,
   *     after saying so on standard error, so that the skipped test is seen
   * @throws IOException when the temporary profile cannot be created
   */
  public static HeadlessChromium startOrSkip(Consumer<ChromeOptions> more) throws IOException {
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
    Path profile = Files.createTempDirectory("indiko-chromium");
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
    more.accept(options);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver;
    try {
      driver = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      delete(profile);
      throw e;
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    driver.manage().window().setSize(new Dimension(1200, 1600));
    return new HeadlessChromium(driver, profile);
  }

  /**
   * The driver, to open pages, resize the window, find elements, press keys or print.
   *
   * @return the driver of this browser
   */
  public ChromeDriver driver() {
    return driver;
  }

  /**
   * Takes a screenshot of the window, writes it to {@code file} (creating its folder) and fails
   * when it is blank: every sampled pixel of one colour. A test checks more (colours, ink) on the
   * returned counts.
   *
   * @param file where the PNG goes
   * @return the screenshot, its image and its counts
   * @throws IOException when the file cannot be written
   */
  public Screenshot screenshot(Path file) throws IOException {
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    Files.write(file, png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    Assertions.assertNotNull(image, () -> "screenshot " + file + " is not an image");
    Set<Integer> colours = new HashSet<>();
    long inked = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (rgb != 0xFFFFFF) {
          inked++;
        }
      }
    }
    long sampled = (long) ((image.getHeight() + 1) / 2) * ((image.getWidth() + 1) / 2);
    Assertions.assertTrue(
        colours.size() > 1, () -> "screenshot " + file + " is blank: one colour only");
    return new Screenshot(png, image, colours.size(), inked, sampled);
  }

  /**
   * Runs axe-core on the page shown and fails when it errs, when no rule passes, or when a
   * violation has the impact serious or critical; those violations are printed on standard error
   * and listed in the failure, each with its nodes. ChromeDriver runs axe-core's script through
   * the DevTools protocol, which the page's content security policy does not govern: it runs even
   * on a page that forbids scripts.
   *
   * @param context names the page or its state in the list of violations
   */
  public void assertAccessible(String context) {
    Results results = new AxeBuilder().analyze(driver);
    Assertions.assertFalse(results.isErrored(), () -> context + ": " + results.getErrorMessage());
    Assertions.assertFalse(
        results.getPasses().isEmpty(), () -> context + ": axe-core passed no rule");
    List<String> serious = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
        StringBuilder line =
            new StringBuilder(
                context + ": " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp());
        for (CheckedNode node : rule.getNodes()) {
          line.append("\n    ").append(node.getTarget()).append(" ").append(node.getHtml());
        }
        serious.add(line.toString());
      }
    }
    serious.forEach(System.err::println);
    if (!serious.isEmpty()) {
      Assertions.fail(
          "axe-core violations of impact serious or critical:\n" + String.join("\n", serious));
    }
  }

  /** Quits the browser and deletes its profile. */
  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      delete(profile);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

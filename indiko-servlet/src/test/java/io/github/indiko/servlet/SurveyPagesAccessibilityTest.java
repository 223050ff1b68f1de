package io.github.indiko.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.structure.StructureId;
import io.github.indiko.forms.kit.Invitations;
import io.github.indiko.testsupport.browser.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.catalina.LifecycleException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The servlet's pages in Debian's headless Chromium, checked against the RGAA 4.1 criteria that a
 * program can check (docs/accessibility.md lists which test covers which criterion): axe-core on
 * every page; the language and title (8.3, 8.5, 8.6); reflow in a 320-pixel viewport (10.11);
 * text enlarged to 200 % (10.4) and the text spacing of 10.12 without loss; a visible focus on
 * every element the keyboard reaches (10.7) whose outline contrasts 3:1 with the page (3.3); an
 * accessible name for every field and button, and a legend for every group of radios or boxes
 * (11.1, 11.2, 11.5, 11.6); errors tied to their fields (11.10). Screenshots of each page at 320
 * pixels and with its text at 200 % go to {@code target/accessibility-screenshots}, for a person to
 * look at. Skipped, saying so, without Chromium.
 */
@Tag("browser")
class SurveyPagesAccessibilityTest {
  private static final String STRUCTURE = "mairie-grandpre-sur-vire";
  private static final Path SCREENSHOTS = Path.of("target", "accessibility-screenshots");

  private static HeadlessChromium chromium;
  private static ChromeDriver driver;

  @TempDir Path temp;
  private ServletFixture server;
  private String base;

  @BeforeAll
  static void startBrowser() throws IOException {
    chromium = HeadlessChromium.startOrSkip(options -> options.addArguments("--lang=fr-FR"));
    driver = chromium.driver();
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @BeforeEach
  void start() throws IOException, LifecycleException {
    serve(settings -> settings, builder -> builder);
  }

  /** Serves the sample again, with these settings and this builder. */
  private void serve(
      UnaryOperator<SurveySettings> settings, UnaryOperator<SurveyServlet.Builder> servlet)
      throws IOException, LifecycleException {
    if (server != null) {
      server.close();
    }
    server = ServletFixture.start(temp.resolve("run-" + System.nanoTime()), settings, servlet);
    base = server.url("");
    driver.manage().deleteAllCookies();
  }

  @AfterEach
  void stop() throws LifecycleException {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    server.close();
  }

  @Test
  void form_meetsTheCheckableCriteria() throws IOException {
    driver.get(base + "/survey/" + STRUCTURE);

    checkPage("form", "Votre avis sur ");
    assertThat(tabStops()).as("fields and buttons reached by Tab").hasSizeGreaterThan(10);
    assertThat(unnamedControls()).as("fields and buttons without an accessible name").isEmpty();
    assertThat(groupsWithoutLegend()).as("radios and boxes outside a fieldset with a legend")
        .isEmpty();
  }

  @Test
  void errorState_meetsTheCheckableCriteriaAndTiesEachErrorToItsField() throws IOException {
    driver.get(base + "/survey/" + STRUCTURE);
    submitWithTheKeyboard();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getTitle().startsWith("Erreur : "));

    checkPage("errors", "Erreur : Votre avis sur ");
    assertThat(driver.findElements(By.cssSelector("[aria-invalid=true]")))
        .as("fields marked invalid")
        .isNotEmpty();
    assertThat(errorsNotTied()).as("invalid fields whose error is not their description").isEmpty();
  }

  @Test
  void thanksPage_meetsTheCheckableCriteria() throws IOException {
    driver.get(base + "/survey/" + STRUCTURE + "/thanks");

    checkPage("thanks", "Merci pour votre réponse");
  }

  @Test
  void expiredFormPage_meetsTheCheckableCriteria() throws IOException {
    driver.get(base + "/survey/" + STRUCTURE);
    driver.manage().deleteAllCookies();
    submitWithTheKeyboard();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getTitle().equals("Session expirée"));

    checkPage("expired form", "Session expirée");
  }

  @Test
  void notFoundPage_meetsTheCheckableCriteria() throws IOException {
    driver.get(base + "/survey/no-such-structure");

    checkPage("not found", "Page introuvable");
  }

  @Test
  void closedAndNotYetOpenPages_meetTheCheckableCriteria() throws Exception {
    server.clock.set(Instant.parse("2018-01-05T10:00:00Z"));
    driver.get(base + "/survey/" + STRUCTURE);
    checkPage("closed", "L'enquête est close");

    server.clock.set(Instant.parse("2017-08-01T10:00:00Z"));
    driver.get(base + "/survey/" + STRUCTURE);
    checkPage("not yet open", "L'enquête n'est pas encore ouverte");
  }

  @Test
  void tooManyAnswersPage_meetsTheCheckableCriteria() throws Exception {
    serve(settings -> settings.withRateLimit(new RateLimit(1, Duration.ofHours(1))), b -> b);
    driver.get(base + "/survey/" + STRUCTURE);
    submitWithTheKeyboard();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getTitle().startsWith("Erreur : "));
    submitWithTheKeyboard();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getTitle().equals("Trop de réponses envoyées"));

    checkPage("too many answers", "Trop de réponses envoyées");
  }

  @Test
  void invitationPages_meetTheCheckableCriteria() throws Exception {
    byte[] key = new byte[Invitations.MIN_KEY_BYTES];
    Arrays.fill(key, (byte) 7);
    Invitations invitations = Invitations.of(key, server.definitions.edition());
    serve(settings -> settings, builder -> builder.invitations(invitations));
    String token = invitations.issue(new StructureId(STRUCTURE));
    String link = base + "/survey/" + STRUCTURE + "?i=" + token;

    driver.get(base + "/survey/" + STRUCTURE + "?i=not-a-token");
    checkPage("invalid invitation", "Lien d'invitation non valide");

    driver.get(link);
    answerTheRequiredQuestionsAndSubmit();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getTitle().equals("Merci pour votre réponse"));
    driver.get(link);
    answerTheRequiredQuestionsAndSubmit();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getTitle().equals("Vous avez déjà répondu"));
    checkPage("already answered", "Vous avez déjà répondu");
  }

  @Test
  void unavailablePage_meetsTheCheckableCriteria() throws Exception {
    driver.get(base + "/survey/" + STRUCTURE);
    server.store.close();
    answerTheRequiredQuestionsAndSubmit();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getTitle().equals("Service momentanément indisponible"));

    checkPage("unavailable", "Service momentanément indisponible");
  }

  @Test
  void resultsPages_meetTheCheckableCriteria() throws Exception {
    driver.get(base + "/survey/_results/structures/" + STRUCTURE + "/raw.html");
    checkPage("sign-in required", "Connexion requise");

    driver.get(base + "/survey/_results/");
    chromium.assertAccessible("public overview");
  }

  /** Every check of the class's description that applies to any page. */
  private static void checkPage(String context, String titleStart) throws IOException {
    chromium.assertAccessible(context);
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
    assertThat(driver.getTitle()).as("%s: title", context).startsWith(titleStart);
    assertThat(driver.findElements(By.tagName("main"))).as("%s: main landmark", context).hasSize(1);
    assertThat(driver.findElements(By.tagName("h1"))).as("%s: one heading 1", context).hasSize(1);

    viewport(320, 640);
    assertThat(horizontalOverflow()).as("%s: overflow at 320 pixels (reflow)", context).isZero();
    chromium.screenshot(SCREENSHOTS.resolve(context.replace(' ', '-') + "-320px.png"));
    viewport(1280, 800);
    script("document.documentElement.style.fontSize = '200%';");
    assertThat(horizontalOverflow()).as("%s: overflow with text at 200 %%", context).isZero();
    assertThat(clippedText()).as("%s: text cut off at 200 %%", context).isEmpty();
    chromium.screenshot(SCREENSHOTS.resolve(context.replace(' ', '-') + "-text-200.png"));
    script("document.documentElement.style.fontSize = '';");
    script(
        "var s = document.createElement('style');"
            + "s.textContent = '* { line-height: 1.5 !important; letter-spacing: .12em !important;"
            + " word-spacing: .16em !important; } p { margin-bottom: 2em !important; }';"
            + "document.head.appendChild(s);");
    assertThat(horizontalOverflow()).as("%s: overflow with the text spacing", context).isZero();
    assertThat(clippedText()).as("%s: text cut off with the text spacing", context).isEmpty();
    assertThat(focusProblems()).as("%s: elements reached by Tab without a visible focus", context)
        .isEmpty();
  }

  private static void viewport(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  private static long horizontalOverflow() {
    return ((Number)
            script(
                "return Math.max(0, document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth);"))
        .longValue();
  }

  /** Headings, labels, legends, paragraphs, items, links and buttons whose text is cut off. */
  @SuppressWarnings("unchecked")
  private static List<String> clippedText() {
    return (List<String>)
        script(
            "return Array.from(document.querySelectorAll('h1,h2,label,legend,p,li,a,button'))"
                + ".filter(e => e.offsetParent !== null"
                + " && (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX"
                + " !== 'visible' || e.getBoundingClientRect().right"
                + " > document.documentElement.clientWidth + 1))"
                + ".map(e => e.outerHTML.slice(0, 120));");
  }

  /**
   * Presses Tab through the page, from its start until the focus leaves it or comes back to the
   * first stop, and lists the elements reached, each once (a date field takes several presses).
   */
  private static List<WebElement> tabStops() {
    script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
    List<WebElement> seen = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      WebElement active = driver.switchTo().activeElement();
      if (active.getTagName().equals("body") || i > 0 && isFirstStop(active)) {
        break;
      }
      if (!seen.contains(active)) {
        seen.add(active);
      }
    }
    return seen;
  }

  /**
   * The elements reached by Tab whose focus outline is missing, thinner than 2 pixels, or of a
   * contrast below 3:1 against the page's background.
   */
  private static List<String> focusProblems() {
    List<String> problems = new ArrayList<>();
    String background = driver.findElement(By.tagName("body")).getCssValue("background-color");
    script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
    for (int i = 0; i < 300; i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      WebElement active = driver.switchTo().activeElement();
      if (active.getTagName().equals("body") || i > 0 && isFirstStop(active)) {
        break;
      }
      String style = active.getCssValue("outline-style");
      double width = Double.parseDouble(active.getCssValue("outline-width").replace("px", ""));
      double contrast = contrast(active.getCssValue("outline-color"), background);
      if (style.equals("none") || width < 2 || contrast < 3) {
        problems.add(
            active.getAttribute("outerHTML").lines().findFirst().orElse("")
                + " outline "
                + style
                + " "
                + width
                + "px, contrast "
                + contrast);
      }
    }
    return problems;
  }

  private static boolean isFirstStop(WebElement active) {
    return Boolean.TRUE.equals(
        driver.executeScript(
            "var all = Array.from(document.querySelectorAll('a[href],button,input,textarea,"
                + "select,[tabindex]')).filter(e => !e.disabled && e.offsetParent !== null);"
                + " return all.length > 0 && all[0] === arguments[0];",
            active));
  }

  /** The contrast ratio of two CSS colours {@code rgb(…)} or {@code rgba(…)} (WCAG 2.1). */
  static double contrast(String first, String second) {
    double a = luminance(first);
    double b = luminance(second);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private static double luminance(String css) {
    String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
    double[] weights = {0.2126, 0.7152, 0.0722};
    double sum = 0;
    for (int i = 0; i < 3; i++) {
      double c = Double.parseDouble(parts[i]) / 255;
      sum += weights[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
    }
    return sum;
  }

  /**
   * Invalid fields that no element with text describes: a field's own {@code aria-describedby},
   * or its group's (a fieldset of radios or boxes carries it for all of them).
   */
  @SuppressWarnings("unchecked")
  private static List<String> errorsNotTied() {
    return (List<String>)
        script(
            "return Array.from(document.querySelectorAll('[aria-invalid=true]')).filter(e => {"
                + " var f = e.closest('fieldset');"
                + " var ids = (e.getAttribute('aria-describedby')"
                + " || (f && f.getAttribute('aria-describedby')) || '').split(' ');"
                + " return !ids.some(id => id && document.getElementById(id)"
                + " && document.getElementById(id).textContent.trim()); })"
                + ".map(e => e.outerHTML);");
  }

  private static List<String> unnamedControls() {
    return driver
        .findElements(By.cssSelector("input:not([type=hidden]), textarea, select, button"))
        .stream()
        .filter(WebElement::isDisplayed)
        .filter(e -> e.getAccessibleName() == null || e.getAccessibleName().isBlank())
        .map(e -> e.getAttribute("outerHTML"))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static List<String> groupsWithoutLegend() {
    return (List<String>)
        script(
            "return Array.from(document.querySelectorAll('input[type=radio],input[type=checkbox]'))"
                + ".filter(e => { var f = e.closest('fieldset');"
                + " return !f || !f.querySelector('legend') ||"
                + " !f.querySelector('legend').textContent.trim(); })"
                + ".map(e => e.outerHTML);");
  }

  /** Answers the sample's three required questions with the keyboard, then submits. */
  private static void answerTheRequiredQuestionsAndSubmit() {
    for (String id : new String[] {"ik-courtesy_staff", "ik-problem_solved", "ik-overall"}) {
      for (int i = 0; i < 300 && !id.equals(driver.switchTo().activeElement().getAttribute("id"));
          i++) {
        new Actions(driver).sendKeys(Keys.TAB).perform();
      }
      new Actions(driver).sendKeys(Keys.SPACE).perform();
    }
    submitWithTheKeyboard();
  }

  /** Tab to the submit button, then Enter. */
  private static void submitWithTheKeyboard() {
    WebElement submit = driver.findElement(By.cssSelector("form button[type=submit]"));
    for (int i = 0; i < 300 && !driver.switchTo().activeElement().equals(submit); i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
    }
    assertThat(driver.switchTo().activeElement()).as("the submit button").isEqualTo(submit);
    new Actions(driver).sendKeys(Keys.ENTER).perform();
  }

  private static Object script(String code) {
    return driver.executeScript(code);
  }
}

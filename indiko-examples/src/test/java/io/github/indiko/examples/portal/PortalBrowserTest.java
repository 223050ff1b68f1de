package io.github.indiko.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.testsupport.browser.HeadlessChromium;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in Debian's headless Chromium, answered with the keyboard only (Tab and Shift+Tab,
 * Space and arrow keys on radios and checkboxes, typing in fields, Enter or Space on the submit
 * button: no click), with axe-core on the form, on its error state and on the page of a closed
 * edition, and once more with JavaScript disabled; a form sent again after the browser's Back is
 * stored once. Screenshots go to {@code target/portal-screenshots}. Skipped, with a message on
 * standard error, when Chromium or its driver is not installed.
 */
@Tag("browser")
class PortalBrowserTest {
  private static final Path OUTPUT = Path.of("target", "portal-screenshots");
  private static final String STRUCTURE = PortalClient.STRUCTURE;

  private static HeadlessChromium chromium;
  private static ChromeDriver driver;

  @TempDir static Path data;
  @TempDir Path work;
  private static Portal portal;

  @BeforeAll
  static void startBrowser() throws IOException {
    chromium = HeadlessChromium.startOrSkip(PortalBrowserTest::french);
    driver = chromium.driver();
    Files.createDirectories(OUTPUT);
    portal = PortalClient.start(PortalClient.settings(data, PortalClient.NOW)).portal();
  }

  /** The portal's visitor reads French. */
  private static void french(ChromeOptions options) {
    options.addArguments("--lang=fr-FR");
  }

  @AfterAll
  static void stopBrowser() {
    if (portal != null) {
      portal.close();
    }
    if (chromium != null) {
      chromium.close();
    }
  }

  /** The lines the portal's survey stored so far. */
  private List<String> stored() throws IOException {
    return PortalClient.surveyLines(portal, work);
  }

  /** Writes lines to a file of the work folder, for the validators. */
  private Path file(List<String> lines) throws IOException {
    Path file = Files.createTempFile(work, "stored", ".jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void keyboardOnly_answersAreStoredAsALineThatIndikoAccepts() throws IOException {
    int before = stored().size();
    driver.get(surveyUrl());
    chromium.assertAccessible("form");
    WebElement signage = driver.findElement(By.cssSelector("[data-ik-q=signage_clear]"));
    WebElement commentContact = driver.findElement(By.cssSelector("[data-ik-q=comment_contact]"));
    assertThat(signage.isDisplayed()).as("desk question before the contact mode").isFalse();

    tabTo(driver, "ik-contact_mode");
    keys(driver, Keys.SPACE); // in_person, the first option
    assertThat(signage.isDisplayed()).as("desk question once at the desk").isTrue();
    tabTo(driver, "ik-wait_minutes");
    keys(driver, "12");
    tabTo(driver, "ik-courtesy_staff");
    keys(driver, Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN); // 1 → 4
    tabTo(driver, "ik-problem_solved");
    keys(driver, Keys.SPACE); // yes
    tabTo(driver, "ik-overall");
    keys(driver, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT); // 5
    tabTo(driver, "ik-recommend");
    for (int i = 0; i < 9; i++) {
      keys(driver, Keys.ARROW_DOWN); // 0 → 9
    }
    tabTo(driver, "ik-reasons:3");
    keys(driver, Keys.SPACE); // information
    keys(driver, Keys.TAB, Keys.SPACE); // staff, the next box
    assertThat(commentContact.isDisplayed()).as("contact question before a comment").isFalse();
    tabTo(driver, "ik-comment");
    keys(driver, "Très bien.\nMerci");
    assertThat(commentContact.isDisplayed()).as("contact question after a comment").isTrue();
    tabTo(driver, "ik-comment_contact");
    new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    assertThat(active(driver))
        .as("Shift+Tab, on %s", driver.switchTo().activeElement().getAttribute("outerHTML"))
        .isEqualTo("ik-comment");
    keys(driver, Keys.TAB, Keys.SPACE); // yes
    tabToSubmit(driver);
    chromium.screenshot(OUTPUT.resolve("filled.png"));
    keys(driver, Keys.ENTER);

    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getTitle().equals("Merci pour votre réponse"));
    chromium.screenshot(OUTPUT.resolve("thanks.png"));
    List<String> lines = stored();
    assertThat(lines).hasSize(before + 1);
    Path line = file(lines.subList(before, lines.size()));
    List<LineResult<Response>> results = StoredResponses.validate(line, work.resolve("v"));
    assertThat(results).hasSize(1).first().isInstanceOf(LineResult.Accepted.class);
    Response response = ((LineResult.Accepted<Response>) results.get(0)).record();
    assertThat(StoredResponses.indikoValidate(line, work.resolve("indiko-validate")))
        .as("indiko validate on the stored line")
        .isZero();
    Map<QuestionId, Answer> expected = new LinkedHashMap<>();
    expected.put(new QuestionId("contact_mode"), new Answer.Choice("in_person"));
    expected.put(new QuestionId("wait_minutes"), new Answer.Numeric(12));
    expected.put(new QuestionId("courtesy_staff"), new Answer.Numeric(4));
    expected.put(new QuestionId("problem_solved"), new Answer.Choice("yes"));
    expected.put(new QuestionId("overall"), new Answer.Numeric(5));
    expected.put(new QuestionId("recommend"), new Answer.Numeric(9));
    expected.put(new QuestionId("reasons"), new Answer.Choices(List.of("information", "staff")));
    expected.put(new QuestionId("comment"), new Answer.Text("Très bien.\nMerci"));
    expected.put(new QuestionId("comment_contact"), new Answer.YesNo(true));
    assertThat(response.answers()).isEqualTo(expected);
    assertThat(response.channel().id()).isEqualTo("website");
    assertThat(response.submittedAt().toInstant()).isEqualTo(PortalClient.NOW.toInstant());
  }

  @Test
  void keyboardOnly_invalidAnswers_showTheFocusedErrorSummaryAndStoreNothing() throws IOException {
    int before = stored().size();
    driver.get(surveyUrl());

    tabTo(driver, "ik-contact_mode");
    keys(driver, Keys.SPACE); // in_person
    tabTo(driver, "ik-wait_minutes");
    keys(driver, "700"); // beyond 600
    tabTo(driver, "ik-problem_solved");
    keys(driver, Keys.SPACE);
    tabTo(driver, "ik-overall");
    keys(driver, Keys.ARROW_DOWN);
    tabToSubmit(driver);
    keys(driver, Keys.SPACE);

    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getTitle().startsWith("Erreur : "));
    chromium.screenshot(OUTPUT.resolve("errors.png"));
    WebElement summary = driver.findElement(By.id("ik:errors"));
    assertThat(summary.isDisplayed()).isTrue();
    assertThat(active(driver)).as("focus on the error summary").isEqualTo("ik:errors");
    List<String> items =
        summary.findElements(By.cssSelector("li")).stream().map(WebElement::getText).toList();
    assertThat(items).hasSize(2);
    assertThat(items.get(0)).contains("600");
    assertThat(items.get(1)).contains("courtois");
    assertThat(driver.findElement(By.id("ik-wait_minutes")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(driver.findElement(By.id("ik-wait_minutes")).getAttribute("value"))
        .isEqualTo("700");
    assertThat(driver.findElement(By.id("ik-courtesy_staff")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(driver.findElement(By.id("ik-overall")).getAttribute("aria-invalid")).isNull();
    assertThat(driver.findElement(By.id("ik-courtesy_staff:error")).isDisplayed()).isTrue();
    chromium.assertAccessible("errors");
    assertThat(stored()).hasSize(before);

    // From the focused summary, Tab reaches its first link, to the first field in error.
    keys(driver, Keys.TAB);
    assertThat(driver.switchTo().activeElement().getAttribute("href")).endsWith("#ik-wait_minutes");
  }

  @Test
  void withoutJavaScript_everyQuestionIsShownAndAResponseIsStored() throws IOException {
    try (HeadlessChromium withoutScript =
        HeadlessChromium.startOrSkip(
            options -> {
              french(options);
              options.setExperimentalOption(
                  "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
            })) {
      answerWithoutScript(withoutScript.driver());
    }
  }

  private void answerWithoutScript(ChromeDriver plain) throws IOException {
    int before = stored().size();
    plain.get(surveyUrl());

    assertThat(plain.findElements(By.cssSelector("script[nonce]"))).hasSize(1);
    assertThat(plain.findElement(By.cssSelector("[data-ik-q=signage_clear]")).isDisplayed())
        .as("conditional questions are all shown, with their note")
        .isTrue();
    assertThat(plain.findElement(By.id("ik-signage_clear:note")).getText()).isNotBlank();
    tabTo(plain, "ik-contact_mode");
    keys(plain, Keys.ARROW_DOWN); // phone
    tabTo(plain, "ik-courtesy_staff");
    keys(plain, Keys.SPACE); // 1
    tabTo(plain, "ik-problem_solved");
    keys(plain, Keys.ARROW_DOWN, Keys.ARROW_DOWN); // no
    tabTo(plain, "ik-overall");
    keys(plain, Keys.ARROW_DOWN); // 2
    tabToSubmit(plain);
    keys(plain, Keys.ENTER);

    new WebDriverWait(plain, Duration.ofSeconds(10))
        .until(d -> d.getTitle().equals("Merci pour votre réponse"));
    List<String> lines = stored();
    assertThat(lines).hasSize(before + 1);
    List<LineResult<Response>> results =
        StoredResponses.validate(file(lines.subList(before, lines.size())), work.resolve("v"));
    assertThat(results).hasSize(1).first().isInstanceOf(LineResult.Accepted.class);
    Map<QuestionId, Answer> answers =
        ((LineResult.Accepted<Response>) results.get(0)).record().answers();
    assertThat(answers)
        .containsOnly(
            Map.entry(new QuestionId("contact_mode"), new Answer.Choice("phone")),
            Map.entry(new QuestionId("courtesy_staff"), new Answer.Numeric(1)),
            Map.entry(new QuestionId("problem_solved"), new Answer.Choice("no")),
            Map.entry(new QuestionId("overall"), new Answer.Numeric(2)));
  }

  @Test
  void keyboardOnly_backAndSubmitAgain_showsTheSameThanksAndStoresOnce() throws IOException {
    int before = stored().size();
    driver.get(surveyUrl());
    tabTo(driver, "ik-contact_mode");
    keys(driver, Keys.ARROW_DOWN); // phone
    tabTo(driver, "ik-courtesy_staff");
    keys(driver, Keys.SPACE); // 1
    tabTo(driver, "ik-problem_solved");
    keys(driver, Keys.SPACE); // yes
    tabTo(driver, "ik-overall");
    keys(driver, Keys.ARROW_DOWN); // 2
    tabTo(driver, "ik-comment");
    keys(driver, "Envoyé deux fois 4d7b");
    String token = driver.findElement(By.name("_csrf")).getAttribute("value");
    tabToSubmit(driver);
    keys(driver, Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getTitle().equals("Merci pour votre réponse"));
    String thanks = driver.getCurrentUrl();

    // Back to the filled form, as the browser restores it, and the same form sent again.
    driver.navigate().back();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getTitle().startsWith("Votre avis sur"));
    assertThat(driver.findElement(By.name("_csrf")).getAttribute("value"))
        .as("the form the browser shows again is the one sent")
        .isEqualTo(token);
    tabToSubmit(driver);
    keys(driver, Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getTitle().equals("Merci pour votre réponse"));
    chromium.screenshot(OUTPUT.resolve("replayed.png"));

    assertThat(driver.getCurrentUrl()).isEqualTo(thanks);
    List<String> lines = stored();
    assertThat(lines).hasSize(before + 1);
    assertThat(lines.get(lines.size() - 1)).contains("Envoyé deux fois 4d7b");
  }

  @Test
  void afterTheCollection_theClosedPageIsAccessibleAndSaysSo(@TempDir Path closedData)
      throws IOException {
    OffsetDateTime after = OffsetDateTime.parse("2018-01-05T10:00:00+01:00");
    try (Portal closed = PortalClient.start(PortalClient.settings(closedData, after)).portal()) {
      int before = PortalClient.surveyLines(closed, work).size();

      driver.get(closed.survey(new StructureId(STRUCTURE)).toString());

      assertThat(driver.getTitle()).isEqualTo("L'enquête est close");
      assertThat(driver.findElement(By.cssSelector("main h1")).getText())
          .isEqualTo("L'enquête est close");
      assertThat(driver.findElements(By.cssSelector("form"))).isEmpty();
      chromium.screenshot(OUTPUT.resolve("closed.png"));
      chromium.assertAccessible("closed");
      assertThat(PortalClient.surveyLines(closed, work)).hasSize(before);
    }
  }

  private static String surveyUrl() {
    return portal.survey(new StructureId(STRUCTURE)).toString();
  }

  /** Presses keys on whatever has the focus. */
  private static void keys(ChromeDriver chrome, CharSequence... keys) {
    new Actions(chrome).sendKeys(keys).perform();
  }

  /** The id of the focused element. */
  private static String active(ChromeDriver chrome) {
    return chrome.switchTo().activeElement().getAttribute("id");
  }

  /** Presses Tab until the element of that id has the focus (at most 200 times). */
  private static void tabTo(ChromeDriver chrome, String id) {
    for (int i = 0; i < 200; i++) {
      if (id.equals(active(chrome))) {
        return;
      }
      keys(chrome, Keys.TAB);
    }
    throw new AssertionError("Tab never reached #" + id + ", the focus is on #" + active(chrome));
  }

  /** Presses Tab until the submit button has the focus. */
  private static void tabToSubmit(ChromeDriver chrome) {
    WebElement submit = chrome.findElement(By.cssSelector("form button[type=submit]"));
    for (int i = 0; i < 200; i++) {
      if (chrome.switchTo().activeElement().equals(submit)) {
        return;
      }
      keys(chrome, Keys.TAB);
    }
    throw new AssertionError("Tab never reached the submit button");
  }
}

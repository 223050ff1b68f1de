package io.github.indiko.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.format.AuditLines;
import io.github.indiko.core.internal.Markup;
import io.github.indiko.testsupport.browser.HeadlessChromium;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The auditors' form in Debian's headless Chromium (in French), served by a small HTTP server that
 * renders it and parses what the browser posts as a host would: dates and times typed in the
 * browser's own date and time controls, radios clicked, the form submitted, and axe-core run on the
 * form and on its error state. Skipped, with a message on standard error, when Chromium or its
 * driver is not installed.
 */
@Tag("browser")
class AuditFormBrowserTest {
  private static final AuditSubmissions SUBMISSIONS = AuditForms.DAY_SUBMISSIONS;
  private static final AtomicReference<String> POSTED = new AtomicReference<>("");

  private static HeadlessChromium chromium;
  private static HttpServer server;
  private static String base;

  @BeforeAll
  static void start() throws IOException {
    chromium = HeadlessChromium.startOrSkip(options -> options.addArguments("--lang=fr-FR"));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", AuditFormBrowserTest::handle);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop(0);
    }
    if (chromium != null) {
      chromium.close();
    }
  }

  /** GET {@code /CHANNEL}: the empty form; POST: the accepted line, or the form again. */
  private static void handle(HttpExchange exchange) throws IOException {
    Channel channel = new Channel(exchange.getRequestURI().getPath().substring(1));
    AuditForm form = SUBMISSIONS.form(AuditForms.GRANDPRE, channel);
    FormOptions options =
        FormOptions.of(Locale.FRENCH, "/" + channel.id()).withCsrf(new CsrfField(Forms.CSRF, "t"));
    String main;
    if (exchange.getRequestMethod().equals("POST")) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      POSTED.set(body);
      AuditSubmission submission =
          SUBMISSIONS.parse(body, AuditForms.context(channel, Locale.FRENCH));
      main =
          submission instanceof AuditSubmission.Accepted accepted
              ? "<p>Enregistré</p><pre id=\"line\">" + Markup.escape(accepted.line()) + "</pre>"
              : form.render(((AuditSubmission.Rejected) submission).state(), options);
    } else {
      main = form.render(AuditState.empty(), options);
    }
    byte[] page =
        ("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<title>Audit</title></head><body><main><h1>Audit</h1>"
                + main
                + "</main></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
    exchange.sendResponseHeaders(200, page.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(page);
    }
  }

  private static void type(ChromeDriver driver, String id, String keys) {
    driver.findElement(By.id(id)).sendKeys(keys);
  }

  /**
   * Types a date in the browser's date control as a person does, segment by segment, in the order
   * the browser's locale shows them: found by typing 01, 02, 2003 and reading what it made.
   */
  private static void typeDate(ChromeDriver driver, String id, LocalDate date) {
    WebElement element = driver.findElement(By.id(id));
    element.sendKeys("01022003");
    boolean dayFirst = element.getAttribute("value").equals("2003-02-01");
    element.clear();
    String day = String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
    String month = String.format(Locale.ROOT, "%02d", date.getMonthValue());
    element.sendKeys((dayFirst ? day + month : month + day) + date.getYear());
    assertThat(element.getAttribute("value")).isEqualTo(date.toString());
  }

  /** Types a morning time in the browser's time control, with AM when its locale asks for it. */
  private static void typeMorning(ChromeDriver driver, String id, String hoursAndMinutes) {
    WebElement element = driver.findElement(By.id(id));
    element.sendKeys(hoursAndMinutes.replace(":", ""));
    if (element.getAttribute("value").isEmpty()) {
      element.sendKeys("A");
    }
    assertThat(element.getAttribute("value")).isEqualTo(hoursAndMinutes);
  }

  private static void click(ChromeDriver driver, String id) {
    driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
  }

  /** Submits the form and waits for the page that answers it. */
  private static void submit(ChromeDriver driver) {
    WebElement button = driver.findElement(By.cssSelector("button[type=submit]"));
    button.click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(button));
  }

  @Test
  void inPersonAudit_typedInTheBrowser_acceptedByTheValidator() {
    ChromeDriver driver = chromium.driver();
    driver.get(base + "in_person");
    chromium.assertAccessible("audit form, in person");

    typeDate(driver, "ik:date", LocalDate.of(2017, 9, 12));
    typeMorning(driver, "ik:time", "10:05");
    click(driver, "ik-desk_signage");
    click(driver, "ik-desk_wait");
    type(driver, "ik-desk_wait:value", "12");
    click(driver, "ik-desk_greeting:not_met");
    click(driver, "ik-desk_answer:na");
    click(driver, "ik-desk_docs");
    type(driver, "ik:comment", "Accueil « aimable »");
    submit(driver);

    assertThat(driver.findElement(By.id("line")).getText())
        .isEqualTo(
            "{\"id\":\"a-web-1\",\"grid\":\"audit-accueil\",\"version\":1,"
                + "\"structure\":\"mairie-grandpre-sur-vire\",\"channel\":\"in_person\","
                + "\"auditor\":\"aud-07\",\"performedAt\":\"2017-09-12T10:05+02:00\","
                + "\"observations\":{\"desk_signage\":\"met\",\"desk_wait\":12,"
                + "\"desk_greeting\":\"not_met\",\"desk_answer\":\"na\",\"desk_docs\":\"met\"},"
                + "\"comment\":\"Accueil « aimable »\"}");
  }

  @Test
  void emailAudit_datesTypedInTheBrowser_postedAndReadAsTheTwoDates() throws IOException {
    ChromeDriver driver = chromium.driver();
    driver.get(base + "email");
    chromium.assertAccessible("audit form, email");

    typeDate(driver, "ik:date", LocalDate.of(2017, 10, 2));
    typeMorning(driver, "ik:time", "09:30");
    click(driver, "ik-email_delay:missed");
    click(driver, "ik-email_reply_days");
    typeDate(driver, "ik-email_reply_days:from", LocalDate.of(2017, 10, 2));
    typeDate(driver, "ik-email_reply_days:to", LocalDate.of(2017, 10, 10));
    type(driver, "ik:of", "a-0001");
    submit(driver);

    String posted = POSTED.get();
    assertThat(posted)
        .contains("email_reply_days=dates")
        .contains("email_reply_days%3Afrom=2017-10-02")
        .contains("email_reply_days%3Ato=2017-10-10")
        .contains("ik%3Aof=a-0001");
    AuditForm form = SUBMISSIONS.form(AuditForms.GRANDPRE, Channel.EMAIL);
    FormBody.Result fields =
        new FormBody(SubmissionLimits.defaults(), form.controls + 1)
            .read(new ByteArrayInputStream(posted.getBytes(StandardCharsets.UTF_8)));
    AuditReader.Result read =
        new AuditReader(form, Messages.of(Locale.FRENCH, "fr"))
            .read(fields, AuditForms.context(Channel.EMAIL, Locale.FRENCH));
    assertThat(read.errors()).isEmpty();
    assertThat(read.record().of()).isEqualTo(new AuditId("a-0001"));
    assertThat(AuditLines.line(read.record()))
        .contains(
            "\"observations\":{\"email_delay\":\"missed\","
                + "\"email_reply_days\":{\"from\":\"2017-10-02\",\"to\":\"2017-10-10\"}}");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Audit");
  }

  @Test
  void emptySubmission_errorSummaryFocusableAndAccessible() {
    ChromeDriver driver = chromium.driver();
    driver.get(base + "phone");
    submit(driver);

    WebElement summary = driver.findElement(By.id("ik:errors"));
    assertThat(summary.getAttribute("role")).isEqualTo("alert");
    assertThat(summary.findElements(By.tagName("a"))).isNotEmpty();
    summary.findElements(By.tagName("a")).get(0).click();
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("ik:date");
    chromium.assertAccessible("audit form, errors");
  }
}

package io.github.indiko.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * A browser of the portal's tests: its own cookies, no redirect followed, requests to one portal's
 * base URL; and the helpers that start a portal, read what it printed and what it stored.
 */
final class PortalClient {
  static final String STRUCTURE = "caf-lanvezec";
  static final OffsetDateTime NOW = OffsetDateTime.parse("2017-10-01T10:00:00+02:00");
  static final int MAX_BODY = 16 * 1024;

  private static final Pattern PASSWORD = Pattern.compile("(?m)^  password: (\\S+)$");

  private final URI base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  PortalClient(URI base) {
    this.base = base;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * @param data the data folder
   * @param now when responses are received
   * @return the settings of a portal on any free port, in French, with a 16 KiB body limit
   */
  static PortalSettings settings(Path data, OffsetDateTime now) {
    return new PortalSettings(
        0, data, null, Clock.fixed(now.toInstant(), ZoneOffset.UTC), Locale.FRENCH, MAX_BODY, null);
  }

  /** A started portal and what it printed on the console. */
  record Started(Portal portal, String console) {}

  /**
   * @param settings how to run
   * @return the portal, started, and what it printed; the rate limit of one client raised, since
   *     every test client is the same one
   */
  static Started start(PortalSettings settings) throws IOException {
    // Every test client posts from 127.0.0.1, on a clock that stands still: a burst of 1 000.
    Portal portal = Portal.start(settings, List.of("--indiko.rate-limit.burst=1000"));
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8)) {
      portal.describe(settings, out);
    }
    return new Started(portal, console.toString(StandardCharsets.UTF_8));
  }

  /**
   * @param console what a start printed
   * @return the operator's password it showed
   */
  static String password(String console) {
    Matcher password = PASSWORD.matcher(console);
    assertThat(password.find()).as(console).isTrue();
    return password.group(1);
  }

  /**
   * @param portal a portal
   * @param work an empty folder
   * @return the lines the portal's survey stored (ids {@code web-…}), in order, without the
   *     sample's
   */
  static List<String> surveyLines(Portal portal, Path work) throws IOException {
    Path folder = Files.createTempDirectory(work, "export");
    portal.store().export(folder);
    return Files.readAllLines(folder.resolve("responses.jsonl"), StandardCharsets.UTF_8).stream()
        .filter(line -> line.contains("\"id\":\"web-"))
        .toList();
  }

  /**
   * @return the values of the cookies the portal set: the survey's session, the login's
   */
  List<String> cookieValues() {
    return cookies.getCookieStore().getCookies().stream().map(HttpCookie::getValue).toList();
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Posts a response to a structure's survey. */
  HttpResponse<String> answer(String structure, String body)
      throws IOException, InterruptedException {
    return post(Portal.MOUNT + "/" + structure, body);
  }

  /** Opens the structure's survey and returns its anti-forgery token. */
  String token(String structure) throws IOException, InterruptedException {
    HttpResponse<String> page = get(Portal.MOUNT + "/" + structure);
    assertThat(page.statusCode()).isEqualTo(200);
    return Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").attr("value");
  }

  /** Opens the login page and logs in, and checks that the portal took the credentials. */
  void logIn(String user, String password) throws IOException, InterruptedException {
    HttpResponse<String> response = tryLogIn(user, password);
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElseThrow())
        .doesNotContain("error")
        .endsWith(Portal.RESULTS);
  }

  /** Opens the login page and posts the credentials with its anti-forgery token. */
  HttpResponse<String> tryLogIn(String user, String password)
      throws IOException, InterruptedException {
    HttpResponse<String> login = get("/login");
    assertThat(login.statusCode()).isEqualTo(200);
    String csrf = Jsoup.parse(login.body()).selectFirst("input[name=_csrf]").attr("value");
    return post(
        "/login",
        "username="
            + encode(user)
            + "&password="
            + encode(password)
            + "&_csrf="
            + encode(csrf));
  }

  /** A valid response of someone who phoned: the required questions and a comment. */
  static String answers(String comment) {
    return "contact_mode=phone&wait_minutes=5&courtesy_staff=4&problem_solved=yes&overall=4"
        + "&recommend=9&comment="
        + encode(comment);
  }

  static String withToken(String token, String answers) {
    return "_csrf=" + encode(token) + "&" + answers;
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}

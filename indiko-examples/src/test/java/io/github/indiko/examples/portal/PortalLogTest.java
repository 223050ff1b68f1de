package io.github.indiko.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.testsupport.logging.LogCapture;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;

/**
 * The portal's request log (docs/logging.md): a line per request with its method, path, status and
 * time, and never what a citizen posted, the anti-forgery token or the session, at any level.
 */
class PortalLogTest {
  private static final String COMMENT = "Mon secret jamais journalisé 5e1d";

  @TempDir Path data;

  @Test
  void post_answerText_neverReachesTheLogWhichHoldsMethodPathStatusAndTime() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    List<String> logged;
    List<String> requests;
    String token;
    HttpResponse<String> posted;
    try (LogCapture capture = LogCapture.start();
        Portal portal =
            Portal.start(
                new PortalSettings(
                    0,
                    data,
                    null,
                    Clock.fixed(PortalTest.NOW.toInstant(), ZoneOffset.UTC),
                    Locale.FRENCH,
                    16 * 1024))) {
      HttpResponse<String> survey =
          client.send(
              HttpRequest.newBuilder(portal.uri().resolve("/?s=" + PortalTest.STRUCTURE)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      token = Jsoup.parse(survey.body()).selectFirst("input[name=_csrf]").attr("value");
      posted =
          client.send(
              HttpRequest.newBuilder(portal.uri().resolve("/?s=" + PortalTest.STRUCTURE))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "_csrf="
                              + URLEncoder.encode(token, StandardCharsets.UTF_8)
                              + "&"
                              + PortalTest.answers(COMMENT),
                          StandardCharsets.UTF_8))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      client.send(
          HttpRequest.newBuilder(
                  portal.uri().resolve("/results?s=" + PortalTest.STRUCTURE + "&level=raw"))
              .build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      // A request is logged once answered: the client may have its answer a moment before.
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (capture.messages(RequestLog.class.getName(), Level.INFO).size() < 3
          && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      logged = capture.lines();
      requests = capture.messages(RequestLog.class.getName(), Level.INFO);
      assertThat(Files.readString(portal.responses(), StandardCharsets.UTF_8)).contains(COMMENT);
    }

    assertThat(posted.statusCode()).isEqualTo(303);
    assertThat(requests)
        .hasSize(3)
        .anyMatch(request -> request.matches("GET / 200 \\d+ ms"))
        .anyMatch(request -> request.matches("POST / 303 \\d+ ms"))
        .anyMatch(request -> request.matches("GET /results 200 \\d+ ms"));
    List<String> secrets = new ArrayList<>(List.of(COMMENT, token));
    secrets.add(URLEncoder.encode(COMMENT, StandardCharsets.UTF_8));
    secrets.add(URLEncoder.encode(token, StandardCharsets.UTF_8));
    secrets.add("secret jamais");
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      secrets.add(cookie.getValue());
    }
    assertThat(secrets).hasSizeGreaterThan(5);
    for (String secret : secrets) {
      assertThat(logged).as(secret).noneMatch(line -> line.contains(secret));
    }
  }
}

package io.github.indiko.examples.portal;

import static io.github.indiko.examples.portal.PortalClient.NOW;
import static io.github.indiko.examples.portal.PortalClient.STRUCTURE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.testsupport.logging.LogCapture;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;

/**
 * The portal's request log (docs/logging.md): a line per request with its method, path, status and
 * time, and never what a citizen posted, the anti-forgery token, an invitation, a session or the
 * operator's password, in any line the portal may print.
 */
class PortalLogTest {
  private static final String COMMENT = "Mon secret jamais journalisé 5e1d";
  private static final String INVITATION = "invitation-secrete-8b0c";

  @TempDir Path data;

  @Test
  void post_answerText_neverReachesTheLogWhichHoldsMethodPathStatusAndTime() throws Exception {
    List<String> logged;
    List<String> requests;
    String token;
    String password;
    List<String> cookies;
    HttpResponse<String> posted;
    try (LogCapture capture = LogCapture.start()) {
      PortalClient.Started started = PortalClient.start(PortalClient.settings(data, NOW));
      try (Portal portal = started.portal()) {
        password = PortalClient.password(started.console());
        PortalClient client = new PortalClient(portal.uri());
        token = client.token(STRUCTURE);
        posted =
            client.answer(
                STRUCTURE, PortalClient.withToken(token, PortalClient.answers(COMMENT)));
        client.get("/?s=" + STRUCTURE + "&i=" + INVITATION);
        client.logIn(OperatorCredentials.USER, password);
        client.get(Portal.RESULTS + "structures/" + STRUCTURE + "/raw.html");
        cookies = client.cookieValues();
        // A request is logged once answered: the client may have its answer a moment before.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (capture.messages(RequestLog.class.getName(), Level.INFO).size() < 6
            && System.nanoTime() < deadline) {
          Thread.sleep(10);
        }
      }
      // What the portal may print: INFO and above, and Indiko's own lines at any level. Spring's
      // DEBUG lines show each query: the portal keeps Spring at WARN (Portal.LOGGERS).
      logged =
          capture.events().stream()
              .filter(
                  event ->
                      event.level().compareTo(Level.INFO) <= 0
                          || event.logger().startsWith("io.github.indiko."))
              .map(LogCapture.Event::line)
              .toList();
      requests = capture.messages(RequestLog.class.getName(), Level.INFO);
    }

    assertThat(posted.statusCode()).isEqualTo(303);
    assertThat(requests)
        .anyMatch(request -> request.matches("GET /survey/" + STRUCTURE + " 200 \\d+ ms"))
        .anyMatch(request -> request.matches("POST /survey/" + STRUCTURE + " 303 \\d+ ms"))
        .anyMatch(request -> request.matches("GET / 303 \\d+ ms"))
        .anyMatch(request -> request.matches("POST /login 302 \\d+ ms"))
        .anyMatch(
            request ->
                request.matches("GET /survey/_results/structures/" + STRUCTURE
                    + "/raw.html 200 \\d+ ms"));
    assertThat(Portal.LOGGERS).containsEntry("org.springframework", "warn");
    assertThat(logged).as("Spring's INFO lines").anyMatch(line -> line.contains("springframework"));
    List<String> secrets = new ArrayList<>(List.of(COMMENT, token, password, INVITATION));
    secrets.add(PortalClient.encode(COMMENT));
    secrets.add(PortalClient.encode(token));
    secrets.add("secret jamais");
    assertThat(cookies).as("the survey's session and the login's").hasSizeGreaterThanOrEqualTo(2);
    secrets.addAll(cookies);
    for (String secret : secrets) {
      assertThat(logged).as(secret).noneMatch(line -> line.contains(secret));
    }
  }
}

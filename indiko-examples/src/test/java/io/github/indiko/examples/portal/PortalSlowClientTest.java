package io.github.indiko.examples.portal;

import static io.github.indiko.examples.portal.PortalClient.NOW;
import static io.github.indiko.examples.portal.PortalClient.STRUCTURE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow clients against the portal as it runs, over real HTTP on the loopback interface
 * (docs/security.md, *Slow clients*): a client that sends half its headers and then nothing is
 * disconnected by Tomcat once {@link Portal#CONNECTION_TIMEOUT} has passed without a byte; one
 * that sends its headers and half its body, after twice that time, with a 400; neither stores
 * anything, and a citizen who comes meanwhile is served at once. The waits are the portal's own
 * timeout, 20 s, not a shorter one set for the test: the test takes about 45 s, and is tagged
 * {@code timeouts} so that CI's second pass, under another locale, leaves it out.
 */
@Tag("timeouts")
class PortalSlowClientTest {
  /** The clients that stall in their headers, and as many in their body. */
  private static final int STALLED = 16;

  /** How late after the timeout a stalled client may still be connected: a busy machine's. */
  private static final Duration GRACE = Duration.ofSeconds(10);

  private static final String HALF_HEADERS = "half headers";
  private static final String HALF_BODY = "half body";

  @TempDir Path data;
  @TempDir Path work;

  @Test
  void slowClients_halfHeadersOrAStalledBody_cutAfterTheTimeoutWhileOthersAreServed()
      throws Exception {
    PortalClient.Started started = PortalClient.start(PortalClient.settings(data, NOW));
    try (Portal portal = started.portal()) {
      int before = PortalClient.surveyLines(portal, work).size();
      List<Stalled> stalled = new ArrayList<>();
      try {
        for (int i = 0; i < STALLED; i++) {
          stalled.add(halfHeaders(portal));
          stalled.add(halfBody(portal));
        }

        long servedFrom = System.nanoTime();
        PortalClient citizen = new PortalClient(portal.uri());
        HttpResponse<String> posted =
            citizen.answer(
                STRUCTURE,
                PortalClient.withToken(
                    citizen.token(STRUCTURE), PortalClient.answers("servie sans attendre")));
        Duration served = Duration.ofNanos(System.nanoTime() - servedFrom);

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(served).isLessThan(Portal.CONNECTION_TIMEOUT.dividedBy(2));
        List<Future<Cut>> cuts = new ArrayList<>();
        ExecutorService waiting = Executors.newFixedThreadPool(stalled.size());
        try {
          for (Stalled client : stalled) {
            cuts.add(waiting.submit(client::awaitCut));
          }
          for (int i = 0; i < stalled.size(); i++) {
            assertCut(stalled.get(i), cuts.get(i).get());
          }
        } finally {
          waiting.shutdownNow();
        }
      } finally {
        for (Stalled client : stalled) {
          client.socket().close();
        }
      }
      assertThat(PortalClient.surveyLines(portal, work)).hasSize(before + 1);
    }
  }

  /**
   * Half headers: cut once the timeout has passed in silence, with no answer. Half a body: the
   * servlet's read of it fails once the timeout has passed, then Tomcat waits as long again for
   * the rest of the body that was announced (to keep the connection), and answers 400 as it closes
   * it: the client is cut after two timeouts.
   */
  private static void assertCut(Stalled client, Cut cut) {
    boolean body = client.kind().equals(HALF_BODY);
    Duration expected = Portal.CONNECTION_TIMEOUT.multipliedBy(body ? 2 : 1);
    assertThat(cut.after())
        .as(client.kind())
        .isBetween(expected.minusMillis(500), expected.plus(GRACE));
    if (body) {
      assertThat(cut.answer()).as(client.kind()).startsWith("HTTP/1.1 400 ");
    } else {
      assertThat(cut.answer()).as(client.kind()).isEmpty();
    }
  }

  /** A client that sent the request line and some headers, not the blank line that ends them. */
  private static Stalled halfHeaders(Portal portal) throws IOException {
    return Stalled.send(
        HALF_HEADERS,
        portal,
        "GET " + Portal.MOUNT + "/" + STRUCTURE + " HTTP/1.1\r\n"
            + "Host: " + portal.uri().getAuthority() + "\r\n"
            + "Accept: text/html\r\n");
  }

  /**
   * A client that opened the survey as a browser does and posts its answers with their token and
   * cookie, announcing the whole body, and sends half of it.
   */
  private static Stalled halfBody(Portal portal) throws IOException, InterruptedException {
    PortalClient browser = new PortalClient(portal.uri());
    String token = browser.token(STRUCTURE);
    String body = PortalClient.withToken(token, PortalClient.answers("jamais finie"));
    byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
    return Stalled.send(
        HALF_BODY,
        portal,
        "POST " + Portal.MOUNT + "/" + STRUCTURE + " HTTP/1.1\r\n"
            + "Host: " + portal.uri().getAuthority() + "\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\n"
            + "Content-Length: " + bytes.length + "\r\n"
            + "Cookie: ik_session=" + browser.cookieValues().get(0) + "\r\n"
            + "\r\n"
            + body.substring(0, bytes.length / 2));
  }

  /** How a stalled client's connection ended: how long after its last byte, and what it got. */
  private record Cut(Duration after, String answer) {}

  /**
   * A connection whose client sent some bytes and then nothing.
   *
   * @param kind what it sent, for the assertions' messages
   * @param socket its socket
   * @param sentAt when its last byte was sent, {@link System#nanoTime()}
   */
  private record Stalled(String kind, Socket socket, long sentAt) {
    static Stalled send(String kind, Portal portal, String start) throws IOException {
      Socket socket = new Socket(InetAddress.getLoopbackAddress(), portal.uri().getPort());
      socket.setSoTimeout((int) Portal.CONNECTION_TIMEOUT.multipliedBy(2).plus(GRACE).toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(start.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new Stalled(kind, socket, System.nanoTime());
    }

    /**
     * @return when and how the portal ended the connection
     * @throws java.net.SocketTimeoutException when it was still open long after the timeout
     */
    Cut awaitCut() throws IOException {
      InputStream in = socket.getInputStream();
      byte[] answer;
      try {
        answer = in.readAllBytes();
      } catch (SocketException reset) {
        answer = new byte[0];
      }
      return new Cut(
          Duration.ofNanos(System.nanoTime() - sentAt),
          new String(answer, StandardCharsets.ISO_8859_1));
    }
  }
}

package io.github.indiko.examples.portal;

import static io.github.indiko.examples.portal.PortalClient.NOW;
import static io.github.indiko.examples.portal.PortalClient.STRUCTURE;
import static io.github.indiko.examples.portal.PortalClient.answers;
import static io.github.indiko.examples.portal.PortalClient.withToken;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal stopped and started again on the same data folder: it keeps its submission key
 * ({@link SubmissionSecret}), so a form opened before the restart is accepted after it, and a
 * replay of a form accepted before it stores nothing.
 */
class PortalRestartTest {
  @TempDir Path data;
  @TempDir Path work;

  @Test
  void restart_formsOpenedBeforeAreAcceptedAndReplaysStoreNothing() throws Exception {
    Portal first = PortalClient.start(PortalClient.settings(data, NOW)).portal();
    int port = first.uri().getPort();
    PortalClient browser = new PortalClient(first.uri());
    String accepted = withToken(browser.token(STRUCTURE), answers("Avant le redémarrage 51d0"));
    String open = withToken(browser.token(STRUCTURE), answers("Après le redémarrage 51d0"));
    assertThat(browser.answer(STRUCTURE, accepted).statusCode()).isEqualTo(303);
    byte[] secret = Files.readAllBytes(data.resolve(SubmissionSecret.FILE));
    first.close();

    PortalSettings same = PortalClient.settings(data, NOW);
    Portal second =
        PortalClient.start(
                new PortalSettings(
                    port,
                    same.data(),
                    same.defaultStructure(),
                    same.clock(),
                    same.locale(),
                    same.maxBodyBytes(),
                    same.jdbcUrl()))
            .portal();
    try {
      HttpResponse<String> later = browser.answer(STRUCTURE, open);
      HttpResponse<String> replay = browser.answer(STRUCTURE, accepted);

      assertThat(later.statusCode()).as("a form opened before the restart").isEqualTo(303);
      assertThat(replay.statusCode()).as("a replay after the restart").isEqualTo(303);
      assertThat(PortalClient.surveyLines(second, work))
          .filteredOn(line -> line.contains("redémarrage 51d0"))
          .hasSize(2);
      assertThat(Files.readAllBytes(data.resolve(SubmissionSecret.FILE)))
          .as("the key kept")
          .hasSize(32)
          .isEqualTo(secret);
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(data.resolve(SubmissionSecret.FILE))))
          .isEqualTo("rw-------");
    } finally {
      second.close();
    }
  }
}

package io.github.indiko.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.format.ResponseLines;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.EditionData;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.examples.portal.LoadDriver.Kind;
import io.github.indiko.examples.portal.LoadDriver.Post;
import io.github.indiko.samples.SampleEdition;
import io.github.indiko.scoring.ResultsJson;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.store.EditionStore;
import io.github.indiko.store.IndikoStore;
import io.github.indiko.testsupport.PostgresServer;
import io.github.indiko.testsupport.RequiresPostgres;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal under load, killed and restarted: concurrent citizens answer it through the whole
 * flow (docs/performance.md, "The portal under load"), a tenth of their posts replays a form
 * already accepted and a twentieth misses a required answer; halfway, the portal's process is
 * killed with SIGKILL (no shutdown hook, no closing of the store) and started again on the same
 * data, and the citizens go on. Then every post answered 303 is in the store exactly once, every
 * replay stored nothing, every invalid post was answered 422 and stored nothing, a post cut by the
 * kill is stored at most once, nothing else was stored, each stored line holds the answers sent,
 * and the store scores to the same {@code results.json} as the lines the test sent itself.
 *
 * <p>Short by default (8 citizens, 6 seconds): the build runs it. The figures of
 * docs/performance.md come from the long run: {@code -Dindiko.load.clients=32
 * -Dindiko.load.seconds=60}. The portal listens on 127.0.0.1 only; its rate limit is raised for
 * the test, whose citizens all come from that one address.
 */
@Tag("killed-runs")
class PortalLoadTest {
  private static final String NOW = "2017-10-02T10:00:00+02:00";
  private static final Pattern OPEN = Pattern.compile("open (http://127\\.0\\.0\\.1:\\d+/)");
  private static final int CLIENTS = Integer.getInteger("indiko.load.clients", 8);
  private static final int SECONDS = Integer.getInteger("indiko.load.seconds", 6);
  private static final QuestionId COMMENT = new QuestionId("comment");

  @TempDir Path data;
  @TempDir Path work;

  @Test
  void sqlite_killedUnderLoad_losesNothingAndStoresNothingTwice() throws Exception {
    loadKillAndCheck(List.of(), "SQLite");
  }

  @Test
  @RequiresPostgres
  void postgresql_killedUnderLoad_losesNothingAndStoresNothingTwice() throws Exception {
    PostgresServer server = PostgresServer.shared();
    String database = "portal_load_" + Long.toHexString(System.nanoTime());
    server.createDatabase(database);
    String url = server.jdbcUrl().replace("/postgres?", "/" + database + "?");
    loadKillAndCheck(List.of("--jdbc-url", url), "PostgreSQL");
  }

  private void loadKillAndCheck(List<String> storeOptions, String storeName) throws Exception {
    PortalProcess first = PortalProcess.start(data, storeOptions);
    AtomicReference<URI> base = new AtomicReference<>(first.uri());
    EditionDefinitions definitions = EditionFolder.load(data.resolve(Portal.EDITION));
    List<String> structures =
        definitions.enrolments().stream().map(e -> e.structure().value()).toList();
    long sampleLines = stored(definitions, storeOptions).size();
    LoadDriver driver = new LoadDriver(base, structures, 0.10, 0.05);

    AtomicReference<PortalProcess> second = new AtomicReference<>();
    Thread killer =
        new Thread(
            () -> {
              try {
                Thread.sleep(SECONDS * 500L);
                first.kill();
                PortalProcess restarted = PortalProcess.start(data, storeOptions);
                second.set(restarted);
                base.set(restarted.uri());
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            },
            "portal-killer");
    killer.start();
    long start = System.nanoTime();
    LoadDriver.Run run = driver.run(CLIENTS, Duration.ofSeconds(SECONDS), 20171002L);
    double elapsed = (System.nanoTime() - start) / 1e9;
    killer.join();
    assertThat(second.get()).as("the portal started again after the kill").isNotNull();
    second.get().stop();

    List<Response> lines = stored(definitions, storeOptions);
    Map<String, List<Response>> byMarker = new HashMap<>();
    List<Response> load = new ArrayList<>();
    for (Response line : lines) {
      Answer comment = line.answers().get(COMMENT);
      if (comment instanceof Answer.Text text && text.value().startsWith("load-")) {
        byMarker.computeIfAbsent(text.value(), k -> new ArrayList<>()).add(line);
        load.add(line);
      }
    }
    assertThat(lines.size() - load.size()).as("the sample's lines, untouched").isEqualTo(sampleLines);
    Map<String, Post> sent = new HashMap<>();
    int accepted = 0;
    int replays = 0;
    int invalid = 0;
    for (Post post : run.posts()) {
      List<Response> found = byMarker.getOrDefault(post.marker(), List.of());
      switch (post.kind()) {
        case NEW -> {
          sent.put(post.marker(), post);
          if (post.status() == 303) {
            accepted++;
            assertThat(found).as("lines of accepted post %s", post.marker()).hasSize(1);
          } else {
            assertThat(post.status()).as("status of %s", post.marker()).isIn(0, 503);
            assertThat(found).as("lines of post %s cut by the kill", post.marker()).hasSizeLessThan(2);
          }
          found.forEach(line -> assertSent(post, line));
        }
        case REPLAY -> {
          replays++;
          assertThat(post.status()).as("replay of %s", post.marker()).isIn(0, 303, 503);
          assertThat(found).as("lines of replayed post %s", post.marker()).hasSize(1);
        }
        case INVALID -> {
          invalid++;
          assertThat(post.status()).as("invalid post %s", post.marker()).isIn(0, 422);
          assertThat(found).as("lines of invalid post %s", post.marker()).isEmpty();
        }
      }
    }
    assertThat(byMarker.keySet()).as("stored markers that were sent as new answers")
        .allSatisfy(marker -> assertThat(sent).containsKey(marker));
    assertThat(accepted).as("posts accepted").isPositive();
    assertThat(replays).as("replays").isPositive();
    assertThat(invalid).as("invalid posts").isPositive();
    assertThat(resultsOfTheStore(definitions, storeOptions))
        .as("results.json of the store and of the lines the test sent")
        .isEqualTo(resultsOfWhatWasSent(definitions, lines, sent));

    System.out.printf(
        Locale.ROOT,
        "portal under load (%s, %d clients, %d s, killed and restarted once): %d requests in"
            + " %.1f s, %.0f requests/s; GET p50 %.1f ms p95 %.1f ms p99 %.1f ms; POST p50 %.1f"
            + " ms p95 %.1f ms p99 %.1f ms; %d accepted, %d replays, %d invalid, %d cut by the"
            + " kill, %d GETs without a page%n",
        storeName,
        CLIENTS,
        SECONDS,
        run.getLatencies().size() + run.postLatencies().size(),
        elapsed,
        (run.getLatencies().size() + run.postLatencies().size()) / elapsed,
        LoadDriver.millis(run.getLatencies(), 0.5),
        LoadDriver.millis(run.getLatencies(), 0.95),
        LoadDriver.millis(run.getLatencies(), 0.99),
        LoadDriver.millis(run.postLatencies(), 0.5),
        LoadDriver.millis(run.postLatencies(), 0.95),
        LoadDriver.millis(run.postLatencies(), 0.99),
        accepted,
        replays,
        invalid,
        run.posts().stream().filter(p -> p.kind() == Kind.NEW && p.status() != 303).count(),
        run.failedGets());
  }

  /** The line stored for a post holds its structure and exactly its answers. */
  private static void assertSent(Post post, Response line) {
    assertThat(line.structure().value()).as("structure of %s", post.marker())
        .isEqualTo(post.structure());
    assertThat(line.answers()).as("answers of %s", post.marker()).isEqualTo(post.answers());
  }

  /** Every response line of the store, in its order, read by the file validator. */
  private List<Response> stored(EditionDefinitions definitions, List<String> storeOptions)
      throws IOException {
    try (IndikoStore store = open(storeOptions)) {
      EditionStore edition = store.edition(definitions);
      List<Response> lines = new ArrayList<>();
      try (InputStream in = edition.data().responses()) {
        DataValidator.of(definitions)
            .validateResponses(
                in,
                DataValidator.RESPONSES,
                result -> {
                  assertThat(result).as("a stored line").isInstanceOf(LineResult.Accepted.class);
                  lines.add(((LineResult.Accepted<Response>) result).record());
                });
      }
      return lines;
    }
  }

  private byte[] resultsOfTheStore(EditionDefinitions definitions, List<String> storeOptions)
      throws IOException {
    try (IndikoStore store = open(storeOptions)) {
      return results(definitions, store.edition(definitions).data());
    }
  }

  /**
   * The results of the lines the test sent: the sample's file as the portal imported it (the
   * portal's edition folder is the bundled sample, copied), then, in the store's order, each line
   * stored for a post, rebuilt with the answers the test recorded for its marker; scored from a
   * folder with the edition's other files.
   */
  private byte[] resultsOfWhatWasSent(
      EditionDefinitions definitions, List<Response> stored, Map<String, Post> sent)
      throws IOException {
    Path folder = SampleEdition.copyTo(work.resolve("sent"));
    try (var out =
        Files.newBufferedWriter(
            folder.resolve(DataValidator.RESPONSES), StandardOpenOption.APPEND)) {
      for (Response line : stored) {
        if (line.answers().get(COMMENT) instanceof Answer.Text text
            && sent.containsKey(text.value())) {
          out.write(ResponseLines.line(line.withAnswers(sent.get(text.value()).answers())));
          out.write('\n');
        }
      }
    }
    return results(definitions, EditionData.folder(folder));
  }

  private static byte[] results(EditionDefinitions definitions, EditionData data) {
    ScoringEngine engine =
        ScoringEngine.builder()
            .builtIns()
            .clock(Clock.fixed(Instant.parse("2018-01-15T00:00:00Z"), ZoneOffset.UTC))
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsJson.write(engine.score(definitions, data, reject -> {}), out);
    return out.toByteArray();
  }

  private IndikoStore open(List<String> storeOptions) {
    return storeOptions.isEmpty()
        ? IndikoStore.sqlite(data.resolve(PortalSettings.SQLITE_FILE))
        : IndikoStore.open(storeOptions.get(1));
  }

  /** The portal in a process of its own, started from the test's class path. */
  private static final class PortalProcess {
    private final Process process;
    private final URI uri;

    private PortalProcess(Process process, URI uri) {
      this.process = process;
      this.uri = uri;
    }

    static PortalProcess start(Path data, List<String> storeOptions) throws IOException {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx512m");
      command.add("-Dindiko.rate-limit.burst=1000000");
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(Portal.class.getName());
      command.addAll(List.of("--port", "0", "--data", data.toString(), "--now", NOW));
      command.addAll(storeOptions);
      Process process =
          new ProcessBuilder(command).redirectErrorStream(true).start();
      BlockingQueue<String> url = new LinkedBlockingQueue<>();
      StringBuilder output = new StringBuilder();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader lines =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = lines.readLine()) != null) {
                    synchronized (output) {
                      output.append(line).append('\n');
                    }
                    Matcher open = OPEN.matcher(line);
                    if (open.find()) {
                      url.add(open.group(1));
                    }
                  }
                } catch (IOException e) {
                  url.add("");
                }
              },
              "portal-output");
      reader.setDaemon(true);
      reader.start();
      String found;
      try {
        found = url.poll(120, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while the portal started", e);
      }
      if (found == null || found.isEmpty()) {
        process.destroyForcibly();
        synchronized (output) {
          throw new IOException("the portal did not start:\n" + output);
        }
      }
      return new PortalProcess(process, URI.create(found));
    }

    URI uri() {
      return uri;
    }

    /** SIGKILL: the process ends at once, without its shutdown hook. */
    void kill() throws InterruptedException {
      process.destroyForcibly();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed portal gone").isTrue();
    }

    /** SIGTERM: the portal closes its store through its shutdown hook. */
    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}

package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.Reject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Definitions, compiled conditions, validators and engines are immutable and safe to share (issue
 * 8): sixteen threads score and validate the sample edition at once, all through the same objects
 * (each score on two worker threads of its own), and each gets exactly what one thread alone gets
 * with objects of its own.
 */
class ConcurrentUseTest {
  private static final int THREADS = 16;

  @Test
  void sixteenThreads_sharingDefinitionsValidatorAndEngine_getTheResultsOfOneThread()
      throws Exception {
    EditionDefinitions definitions = EditionFolder.load(Samples.edition());
    DataValidator validator = DataValidator.of(definitions);
    LocalDate asOf = LocalDate.of(2017, 12, 1);
    ScoringEngine engine = ScoringEngine.builder().builtIns().threads(2).asOf(asOf).build();
    Outcome alone =
        outcome(
            EditionFolder.load(Samples.edition()),
            DataValidator.of(definitions),
            ScoringEngine.builder().builtIns().threads(1).asOf(asOf).build());

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Outcome>> outcomes = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        Callable<Outcome> run =
            () -> {
              start.await();
              return outcome(definitions, validator, engine);
            };
        outcomes.add(pool.submit(run));
      }
      start.countDown();
      for (Future<Outcome> outcome : outcomes) {
        assertThat(outcome.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(alone.rejects()).isNotEmpty();
    assertThat(alone.validated()).hasSizeGreaterThan(alone.rejects().size());
  }

  /** What one thread gets: results.json, the engine's rejects, and every line validated. */
  private record Outcome(
      String results, List<Reject> rejects, List<LineResult<Response>> validated) {}

  private static Outcome outcome(
      EditionDefinitions definitions, DataValidator validator, ScoringEngine engine)
      throws IOException {
    List<Reject> rejects = new ArrayList<>();
    Results results = engine.score(definitions, Samples.edition(), rejects::add);
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    ResultsJson.write(results, json);
    List<LineResult<Response>> validated = new ArrayList<>();
    try (InputStream in =
        Files.newInputStream(Samples.edition().resolve(DataValidator.RESPONSES))) {
      validator.validateResponses(in, DataValidator.RESPONSES, validated::add);
    }
    return new Outcome(json.toString(StandardCharsets.UTF_8), rejects, validated);
  }
}

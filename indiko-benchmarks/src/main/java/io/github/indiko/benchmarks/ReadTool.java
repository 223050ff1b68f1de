package io.github.indiko.benchmarks;

import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.SourceCounts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Tool S: the read of {@code responses.jsonl} alone, as tool A reads it: {@link
 * DataValidator#scanResponses} on the fast path, with as many worker threads, started for the run
 * as the engine starts them. Every line is split, read and checked, conditions and duplicate checks
 * included; the accepted rows are dropped instead of tallied, and nothing else is done (no
 * definitions loaded, no audits, no results). A's time less S's is about what the tally and the
 * results cost.
 */
final class ReadTool {
  private final int threads;

  /**
   * @param threads the worker threads, at least 1
   */
  ReadTool(int threads) {
    this.threads = threads;
  }

  /**
   * @param validator the validator of the edition
   * @param responses its {@code responses.jsonl}
   * @return the counts of the file's lines
   */
  SourceCounts run(DataValidator validator, Path responses) {
    // As the engine: one thread reads alone, more start a pool for the run.
    ExecutorService workers = threads == 1 ? null : Executors.newFixedThreadPool(threads);
    Executor executor = workers == null ? task -> {} : workers;
    try (InputStream in = Files.newInputStream(responses)) {
      return validator.scanResponses(
          in, DataValidator.RESPONSES, () -> row -> {}, reject -> {}, executor, threads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (workers != null) {
        workers.shutdownNow();
      }
    }
  }
}

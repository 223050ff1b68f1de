package io.github.indiko.core.validation;

import io.github.indiko.core.internal.data.JsonLineParser;
import io.github.indiko.core.internal.data.LineSplitter;
import io.github.indiko.core.internal.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a source with its lines checked in parallel, with exactly the results of a {@link
 * LineReader}: the same results, in the same order, and the same counts.
 *
 * <p>The calling thread splits the stream into batches of non-blank lines (copying each line's
 * bytes; a line over the limit is only flagged, as {@link LineSplitter} never keeps it) and hands
 * each batch to the executor, which parses and checks its lines up to the duplicate checks ({@link
 * SourceCheck#check}). The calling thread takes the batches back strictly in their order, applies
 * the duplicate checks and calls the sink, line by line ({@link SourceCheck.Admission}). When it
 * needs a batch that no thread of the executor has started, it checks it itself: any executor
 * makes progress, even a busy one. At most {@code 2 × parallelism} batches are held at once.
 * Thread-safe: each {@link #read} keeps its own state and calls its sink on its calling thread.
 *
 * @param <T> the record type
 */
final class ParallelValidation<T> {
  /** Lines of a batch, at most. */
  static final int BATCH_LINES = 1_000;

  /** Bytes of a batch: a batch is closed once its lines reach this size. */
  static final int BATCH_BYTES = 1 << 20;

  private final SourceCheck<T> check;
  private final Executor executor;
  private final int inFlight;
  private final int batchLines;
  private final int batchBytes;

  /** Parsers not in use: one per batch being checked at once, reused. */
  private final Queue<JsonLineParser> parsers = new ConcurrentLinkedQueue<>();

  /** A non-blank line: its number, and its bytes or null when it is longer than the limit. */
  private record Line(long number, byte @Nullable [] bytes) {}

  /**
   * @param check the source's checks
   * @param executor runs the checks of batches
   * @param parallelism the batches meant to be checked at once, at least 1
   * @param batchLines the lines of a batch, at most; at least 1
   * @param batchBytes the bytes at which a batch is closed; at least 1
   */
  ParallelValidation(
      SourceCheck<T> check, Executor executor, int parallelism, int batchLines, int batchBytes) {
    if (parallelism < 1 || batchLines < 1 || batchBytes < 1) {
      throw new IllegalArgumentException(
          "parallelism and batch sizes must be at least 1: "
              + parallelism
              + ", "
              + batchLines
              + ", "
              + batchBytes);
    }
    this.check = check;
    this.executor = executor;
    this.inFlight = 2 * parallelism;
    this.batchLines = batchLines;
    this.batchBytes = batchBytes;
  }

  /**
   * Reads the stream to its end; does not close it. When this throws, the batches not yet taken
   * back are cancelled: a batch that a thread of the executor already checks runs to its end (it
   * never blocks), the others never start.
   *
   * @param in the lines, UTF-8
   * @param sink receives every non-blank line's result, in line order, on the calling thread
   * @return the counts of the source
   * @throws UncheckedIOException when the stream cannot be read, or the calling thread is
   *     interrupted while it waits for a batch (then with an {@link InterruptedIOException})
   */
  SourceCounts read(InputStream in, Consumer<? super LineResult<T>> sink) {
    LineSplitter lines = new LineSplitter(in, StrictJson.MAX_LINE_BYTES);
    SourceCheck<T>.Admission admission = check.admission();
    ArrayDeque<FutureTask<List<LineResult<T>>>> pending = new ArrayDeque<>();
    try {
      List<Line> batch;
      while ((batch = batch(lines)) != null) {
        List<Line> lineBatch = batch;
        FutureTask<List<LineResult<T>>> task = new FutureTask<>(() -> check(lineBatch));
        pending.add(task);
        executor.execute(task);
        if (pending.size() >= inFlight) {
          deliver(pending.remove(), admission, sink);
        }
      }
      while (!pending.isEmpty()) {
        deliver(pending.remove(), admission, sink);
      }
      return admission.counts();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      pending.forEach(task -> task.cancel(false));
    }
  }

  /**
   * @return the next batch of non-blank lines, or null at the end of the stream
   */
  private @Nullable List<Line> batch(LineSplitter lines) throws IOException {
    List<Line> batch = new ArrayList<>();
    long bytes = 0;
    while (batch.size() < batchLines && bytes < batchBytes && lines.next()) {
      if (lines.isBlank()) {
        continue;
      }
      if (lines.isTooLong()) {
        batch.add(new Line(lines.number(), null));
      } else {
        batch.add(new Line(lines.number(), Arrays.copyOf(lines.bytes(), lines.length())));
        bytes += lines.length();
      }
    }
    return batch.isEmpty() ? null : batch;
  }

  /** Checks a batch's lines up to the duplicate checks; runs on any thread. */
  private List<LineResult<T>> check(List<Line> batch) {
    JsonLineParser parser = parsers.poll();
    if (parser == null) {
      parser = new JsonLineParser(StrictJson.MAX_LINE_BYTES);
    }
    try {
      List<LineResult<T>> results = new ArrayList<>(batch.size());
      for (Line line : batch) {
        byte[] bytes = line.bytes();
        results.add(check.check(line.number(), bytes, bytes == null ? 0 : bytes.length, parser));
      }
      return results;
    } finally {
      parsers.add(parser);
    }
  }

  /** Takes a batch back (checking it here if no thread has started it) and admits its lines. */
  private void deliver(
      FutureTask<List<LineResult<T>>> task,
      SourceCheck<T>.Admission admission,
      Consumer<? super LineResult<T>> sink)
      throws InterruptedIOException {
    task.run();
    List<LineResult<T>> results;
    try {
      results = task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a batch of lines");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
    for (LineResult<T> result : results) {
      sink.accept(admission.admit(result));
    }
  }
}

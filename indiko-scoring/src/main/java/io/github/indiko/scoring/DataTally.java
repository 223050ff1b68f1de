package io.github.indiko.scoring;

import io.github.indiko.core.InputException;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.privacy.Pseudonymiser;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.EditionData;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.ResponseRow;
import io.github.indiko.scoring.internal.Inputs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads and tallies the data lines of an edition for {@link ScoringEngine}, from a folder or a
 * store ({@link EditionData}): the responses on the fast path of {@link
 * DataValidator#scanResponses}, then the audits through {@link DataValidator#validateAudits}; the
 * lines that the data says were refused before it kept the others ({@link EditionData#refused})
 * are tallied and given before the lines of their source. Immutable and thread-safe: each {@link
 * #tally} is a reading of its own.
 *
 * <p>Threads: with one, the calling thread does all. With more, {@link #tally} starts that many
 * daemon worker threads named {@code indiko-validation}, and stops them and waits for them before
 * it returns or throws: none outlives the call. The workers parse and check blocks of lines and
 * add the accepted responses to tallies of their own, one per row consumer (the calling thread
 * too, for a block that no worker has started). The calling thread reads the sources, applies the
 * duplicate checks in line order, tallies the rejected responses and every audit, and merges the
 * row tallies at the end. {@link Tally#merge} being exact and independent of the order, the tally
 * is the same, bit for bit, whatever the number of threads.
 *
 * <p>Order: the rejects are given on the calling thread, those of the responses first, then those
 * of the audits; of each source, those refused before in their line order, then those of its
 * lines in line order.
 *
 * <p>Log: through the {@link ScoringRun} it is given, three phases at DEBUG, in this order: {@code
 * responses.jsonl read}, {@code audits.jsonl read} and {@code tallies merged}; neither the start
 * nor the end of the run, which are its caller's.
 *
 * <p>Failures: {@link InputException} when a source is missing or cannot be read; that or what
 * the rejects consumer throws leaves once the workers are stopped, and is not logged.
 */
final class DataTally {
  private final int threads;
  private final @Nullable Pseudonymiser pseudonymiser;

  /**
   * @param threads the worker threads, at least 1
   * @param pseudonymiser replaces the respondent tokens of {@code responses.jsonl} before any
   *     check, or null to read them as they are
   */
  DataTally(int threads, @Nullable Pseudonymiser pseudonymiser) {
    this.threads = threads;
    this.pseudonymiser = pseudonymiser;
  }

  /**
   * @return the number of worker threads of each {@link #tally}
   */
  int threads() {
    return threads;
  }

  /**
   * @return whether the respondent tokens are pseudonymised as they are read
   */
  boolean pseudonymised() {
    return pseudonymiser != null;
  }

  /**
   * Validates and tallies the data lines of an edition.
   *
   * @param plan the edition's plan, whose validator checks the lines
   * @param data the edition's data lines
   * @param rejects receives every refused line: responses first, then audits, in line order
   * @param run the scoring's log, started, whose phases this reading logs
   * @return everything accepted and counted
   * @throws InputException when a source is missing or cannot be read
   */
  Tally tally(
      EditionPlan plan, EditionData data, Consumer<? super Reject> rejects, ScoringRun run) {
    Objects.requireNonNull(rejects, "rejects");
    DataValidator validator = plan.validator;
    Tally tally = new Tally(plan);
    // Accepted responses are tallied on the workers, one tally per consumer, merged at the end.
    List<Tally> rowTallies = Collections.synchronizedList(new ArrayList<>());
    Supplier<Consumer<ResponseRow>> responses =
        () -> {
          Tally rows = new Tally(plan);
          rowTallies.add(rows);
          return rows::add;
        };
    Consumer<LineResult.Rejected<?>> refused =
        rejected -> {
          tally.add(rejected);
          rejects.accept(rejected.reject());
        };
    Consumer<LineResult<AuditRecord>> audits =
        result -> {
          if (result instanceof LineResult.Accepted<AuditRecord> accepted) {
            tally.add(accepted.record());
          } else {
            refused.accept((LineResult.Rejected<AuditRecord>) result);
          }
        };
    // One thread: an executor that runs nothing, so that the calling thread does all.
    ExecutorService workers =
        threads == 1 ? null : Executors.newFixedThreadPool(threads, DataTally::worker);
    Executor executor = workers == null ? task -> {} : workers;
    try {
      Inputs.refused(data, DataValidator.RESPONSES, refused);
      Inputs.read(
          data,
          DataValidator.RESPONSES,
          in ->
              validator.scanResponses(
                  pseudonymiser == null ? in : pseudonymiser.responses(in),
                  DataValidator.RESPONSES,
                  responses,
                  refused,
                  executor,
                  threads));
      run.phase(DataValidator.RESPONSES + " read");
      Inputs.refused(data, DataValidator.AUDITS, refused);
      Inputs.read(
          data,
          DataValidator.AUDITS,
          in -> validator.validateAudits(in, DataValidator.AUDITS, audits, executor, threads));
      run.phase(DataValidator.AUDITS + " read");
    } finally {
      if (workers != null) {
        stop(workers);
      }
    }
    Tally all = tally;
    for (Tally rows : rowTallies) {
      all = all.merge(rows);
    }
    run.phase("tallies merged");
    return all;
  }

  private static Thread worker(Runnable task) {
    Thread thread = new Thread(task, "indiko-validation");
    thread.setDaemon(true);
    return thread;
  }

  /** Stops the workers and waits for them: none outlives {@link #tally}. */
  private static void stop(ExecutorService workers) {
    workers.shutdownNow();
    boolean interrupted = false;
    while (true) {
      try {
        if (workers.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}

package io.github.indiko.scoring;

import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * Tallies accepted records on worker threads, each with its own tally, fed in batches through a
 * bounded queue by the one thread that reads and validates the lines. With one thread, records are
 * tallied on the calling thread. Used by one calling thread.
 */
final class TallyWorkers implements AutoCloseable {
  /** The batch that tells a worker to stop; compared by identity. */
  private static final List<Object> END = new ArrayList<>();

  private final int batchSize;
  private final List<Worker> workers = new ArrayList<>();
  private final BlockingQueue<List<Object>> queue;
  private final @Nullable Tally inline;
  private List<Object> batch;
  private boolean stopped;

  TallyWorkers(EditionPlan plan, int threads, int batchSize) {
    this.batchSize = batchSize;
    this.batch = new ArrayList<>(batchSize);
    this.queue = new ArrayBlockingQueue<>(Math.max(2, 2 * threads));
    if (threads == 1) {
      inline = new Tally(plan);
      return;
    }
    inline = null;
    for (int i = 0; i < threads; i++) {
      Worker worker = new Worker(new Tally(plan));
      Thread thread = new Thread(worker, "indiko-tally-" + i);
      thread.setDaemon(true);
      worker.thread = thread;
      workers.add(worker);
      thread.start();
    }
  }

  /**
   * @param record an accepted {@link Response} or {@link AuditRecord}
   */
  void add(Object record) {
    if (inline != null) {
      addTo(inline, record);
      return;
    }
    batch.add(record);
    if (batch.size() >= batchSize) {
      rethrowFailure();
      put(batch);
      batch = new ArrayList<>(batchSize);
    }
  }

  /**
   * Waits for the workers and merges their tallies into {@code main}.
   *
   * @return a new tally holding {@code main} and every record added
   */
  Tally finish(Tally main) {
    if (inline != null) {
      return main.merge(inline);
    }
    if (!batch.isEmpty()) {
      put(batch);
      batch = new ArrayList<>();
    }
    stop();
    rethrowFailure();
    Tally merged = main;
    for (Worker worker : workers) {
      merged = merged.merge(worker.tally);
    }
    return merged;
  }

  /** Stops the workers if {@link #finish} did not. */
  @Override
  public void close() {
    stop();
  }

  private void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    for (int i = 0; i < workers.size(); i++) {
      put(END);
    }
    for (Worker worker : workers) {
      Thread thread = worker.thread;
      if (thread == null) {
        continue;
      }
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the tally workers", e);
      }
    }
  }

  private void put(List<Object> records) {
    try {
      queue.put(records);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      workers.forEach(
          worker -> {
            Thread thread = worker.thread;
            if (thread != null) {
              thread.interrupt();
            }
          });
      throw new IllegalStateException("interrupted while scoring", e);
    }
  }

  private void rethrowFailure() {
    for (Worker worker : workers) {
      Throwable failure = worker.failure;
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failure instanceof Error error) {
        throw error;
      }
    }
  }

  private static void addTo(Tally tally, Object record) {
    if (record instanceof Response response) {
      tally.add(response);
    } else {
      tally.add((AuditRecord) record);
    }
  }

  /** Tallies batches until the end batch; after a failure, only drains the queue. */
  private final class Worker implements Runnable {
    final Tally tally;
    volatile @Nullable Thread thread;
    volatile @Nullable Throwable failure;

    Worker(Tally tally) {
      this.tally = tally;
    }

    @Override
    public void run() {
      while (true) {
        List<Object> records;
        try {
          records = queue.take();
        } catch (InterruptedException e) {
          failure = e;
          return;
        }
        if (records == END) {
          return;
        }
        if (failure != null) {
          continue;
        }
        try {
          records.forEach(record -> addTo(tally, record));
        } catch (RuntimeException | Error e) {
          failure = e;
        }
      }
    }
  }
}

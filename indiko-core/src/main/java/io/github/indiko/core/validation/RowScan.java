package io.github.indiko.core.validation;

import io.github.indiko.core.internal.data.Block;
import io.github.indiko.core.internal.data.JsonLineParser;
import io.github.indiko.core.internal.data.LineBlocks;
import io.github.indiko.core.internal.data.OrderedBlocks;
import io.github.indiko.core.internal.json.StrictJson;
import io.github.indiko.core.response.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fast read of {@code responses.jsonl} behind {@link DataValidator#scanResponses}, in two
 * stages. First, blocks of whole lines are read on the calling thread and worked on by the
 * executor, each line going through {@link FastResponses} and, when it declines, through the
 * reference checks. Then the calling thread takes the blocks back in order, applies the duplicate
 * checks and gives the rejects to their consumer; the accepted rows of the block go back to the
 * executor, to a row consumer that one thread at a time uses. The outcomes are those of the
 * reference read, line for line. Thread-safe: each read keeps its own state.
 *
 * <p>Two hints make the duplicate checks cheaper without changing them: at each block, the number
 * of lines the stream is expected to have (from the bytes still to come, at the mean length of the
 * lines so far), so that their tables on disk are made once at their final size; and, before each
 * {@value #PREFETCH_ROWS} rows are checked, a read of the slots the checks will probe first, so
 * that the processor waits for those cache misses together.
 *
 * <p>Once a read is over, logs at DEBUG how many lines the fast path declined, per cause
 * (docs/logging.md).
 */
final class RowScan {
  private static final Logger LOG = LoggerFactory.getLogger(RowScan.class);

  /** Bytes of a block of lines. */
  static final int BLOCK_BYTES = 1 << 20;

  /**
   * Rows whose places in the duplicate checks' tables are read ahead together, before they are
   * checked: enough for the processor to wait for many reads at once, few enough that what was read
   * is still in its caches when the checks come.
   */
  static final int PREFETCH_ROWS = 64;

  private final EditionIndex index;
  private final FastResponses fast;
  private final SourceCheck<Response> check;

  /** Each thread's parsers, reused from block to block. */
  private final Queue<Parsers> parsers = new ConcurrentLinkedQueue<>();

  /** Batches given back after delivery, reused. */
  private final Queue<Batch> batches = new ConcurrentLinkedQueue<>();

  /** The fast and the reference parser of one thread. */
  private record Parsers(FastResponses.Scanner scanner, JsonLineParser json) {}

  /**
   * What the lines of a block gave, in line order: a row for each line accepted up to the
   * duplicate checks, else the reject. Line numbers are block-local until delivery.
   */
  private static final class Batch {
    private final int questions;
    private RowBuffer[] rows = new RowBuffer[0];
    private @Nullable Object[] entries = new Object[0];
    private int size;
    private int rowCount;

    /** The lines of the block, blank ones included, and their bytes with their line ends. */
    private long lines;

    private long bytes;

    Batch(int questions) {
      this.questions = questions;
    }

    /** The next row to fill; becomes an entry only when {@link #keep} is called. */
    RowBuffer row() {
      if (rowCount == rows.length) {
        rows = Arrays.copyOf(rows, Math.max(64, 2 * rows.length));
      }
      if (rows[rowCount] == null) {
        rows[rowCount] = new RowBuffer(questions);
      }
      return rows[rowCount];
    }

    void keep(RowBuffer row) {
      rowCount++;
      add(row);
    }

    void add(Object entry) {
      if (size == entries.length) {
        entries = Arrays.copyOf(entries, Math.max(64, 2 * entries.length));
      }
      entries[size++] = entry;
    }

    void clear() {
      Arrays.fill(entries, 0, size, null);
      size = 0;
      rowCount = 0;
      lines = 0;
      bytes = 0;
    }
  }

  RowScan(EditionIndex index, String source) {
    this.index = index;
    this.fast = new FastResponses(index);
    this.check = new SourceCheck<>(source, new ResponseCheck(index));
  }

  /**
   * @param in the lines; not closed
   * @param rows makes the consumers of accepted rows, each used by one thread at a time
   * @param rejects receives the rejects in line order, on the calling thread
   * @return the counts of the source
   */
  SourceCounts read(
      InputStream in,
      Supplier<? extends Consumer<? super ResponseRow>> rows,
      Consumer<? super LineResult.Rejected<Response>> rejects,
      Executor executor,
      int parallelism) {
    CountedInput counted = new CountedInput(in);
    LineBlocks blocks = new LineBlocks(counted, StrictJson.MAX_LINE_BYTES, BLOCK_BYTES);
    Read read = new Read(counted, rows, rejects, executor, 2 * parallelism);
    try (AcceptedIds duplicates =
        new AcceptedIds(
            index, "responses", index.edition().scoring().oneResponsePerRespondent())) {
      OrderedBlocks.run(
          blocks,
          block -> work(block, duplicates),
          (Batch batch, long linesBefore) -> read.deliver(batch, linesBefore, duplicates),
          executor,
          parallelism);
      read.finish();
      if (LOG.isDebugEnabled()) {
        FastResponses.Declines declines =
            FastResponses.Declines.of(parsers.stream().map(Parsers::scanner).toList());
        LOG.debug(
            "Fast path of {}: {} of {} lines declined to the reference path, {} of them accepted"
                + " there; by cause: {}",
            check.source(),
            declines.declined(),
            read.counts.counts().read(),
            declines.acceptedByReference(),
            declines.byCause());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      read.cancel();
    }
    return read.counts.counts();
  }

  private Batch work(Block block, AcceptedIds duplicates) {
    Parsers own = parsers.poll();
    if (own == null) {
      own = new Parsers(fast.scanner(), new JsonLineParser(StrictJson.MAX_LINE_BYTES));
    }
    Batch batch = batches.poll();
    if (batch == null) {
      batch = new Batch(index.questions().size());
    }
    try {
      Block.Lines lines = block.lines();
      while (lines.next()) {
        batch.lines++;
        batch.bytes += lines.length() + 1L;
        if (lines.isBlank()) {
          continue;
        }
        RowBuffer row = batch.row();
        if (lines.isTooLong()) {
          own.scanner().declineTooLong();
        } else if (own.scanner().read(lines.bytes(), lines.offset(), lines.length(), row)) {
          row.line = lines.number();
          duplicates.prepare(row);
          batch.keep(row);
          continue;
        }
        byte[] bytes = lines.isTooLong() ? null : lines.bytes();
        LineResult<Response> result =
            check.check(lines.number(), bytes, lines.offset(), lines.length(), own.json());
        if (result instanceof LineResult.Accepted<Response> accepted) {
          own.scanner().acceptedByReference();
          row.set(accepted.record(), index, accepted.line());
          duplicates.prepare(row);
          batch.keep(row);
        } else {
          batch.add(result);
        }
      }
      return batch;
    } finally {
      parsers.add(own);
    }
  }

  /** A stream that counts the bytes read from it. */
  private static final class CountedInput extends FilterInputStream {
    private long count;

    CountedInput(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      int read = in.read(bytes, offset, length);
      if (read > 0) {
        count += read;
      }
      return read;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = in.skip(n);
      count += skipped;
      return skipped;
    }
  }

  /** The state of one read: the counts, the row consumers and the row stage's tasks. */
  private final class Read {
    private final LineCounts counts = new LineCounts();
    private final CountedInput input;
    private final Supplier<? extends Consumer<? super ResponseRow>> rows;
    private final Consumer<? super LineResult.Rejected<Response>> rejects;
    private final Executor executor;
    private final int inFlight;

    /** Row consumers not in use. */
    private final Queue<Consumer<? super ResponseRow>> consumers = new ConcurrentLinkedQueue<>();

    /** The row stage's tasks, oldest first. */
    private final ArrayDeque<FutureTask<Void>> pending = new ArrayDeque<>();

    /** The bytes of the lines delivered so far, line ends included. */
    private long bytesDelivered;

    Read(
        CountedInput input,
        Supplier<? extends Consumer<? super ResponseRow>> rows,
        Consumer<? super LineResult.Rejected<Response>> rejects,
        Executor executor,
        int inFlight) {
      this.input = input;
      this.rows = rows;
      this.rejects = rejects;
      this.executor = executor;
      this.inFlight = inFlight;
    }

    /**
     * Admits a block's lines in order: rejects go to their consumer now, accepted rows are moved
     * to the front of the batch and handed to the row stage.
     */
    @SuppressWarnings("unchecked")
    void deliver(Batch batch, long linesBefore, AcceptedIds duplicates) {
      bytesDelivered += batch.bytes;
      duplicates.expect(expectedLines(linesBefore + batch.lines));
      // The rows stand in batch.rows in entry order: the r-th row entry is batch.rows[r]; rows
      // from r on have not moved yet.
      int accepted = 0;
      int r = 0;
      for (int i = 0; i < batch.size; i++) {
        Object entry = batch.entries[i];
        if (entry instanceof RowBuffer row) {
          int position = r++;
          if (position % PREFETCH_ROWS == 0) {
            duplicates.prefetch(
                batch.rows, position, Math.min(batch.rowCount, position + PREFETCH_ROWS));
          }
          row.line += linesBefore;
          Fault fault = duplicates.admit(row);
          if (fault == null) {
            counts.accepted();
            batch.rows[position] = batch.rows[accepted];
            batch.rows[accepted++] = row;
          } else {
            reject(
                new LineResult.Rejected<>(
                    new Reject(
                        check.source(),
                        row.line,
                        new String(
                            row.idBytes, row.idOffset, row.idLength, StandardCharsets.UTF_8),
                        fault.reason(),
                        fault.message()),
                    index.structures().get(row.structure).id()));
          }
        } else {
          reject(
              (LineResult.Rejected<Response>)
                  SourceCheck.renumbered((LineResult.Rejected<Response>) entry, linesBefore));
        }
      }
      int count = accepted;
      FutureTask<Void> task = new FutureTask<>(() -> consume(batch, count), null);
      pending.add(task);
      executor.execute(task);
      if (pending.size() > inFlight) {
        try {
          OrderedBlocks.finish(pending.remove());
        } catch (InterruptedIOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    /**
     * The lines the stream is expected to have, a guess for the duplicate checks: those delivered,
     * and the bytes not delivered yet (read ahead, or {@linkplain InputStream#available()
     * available} to read without blocking: what is left of a file, up to 2 GiB) at the mean length
     * of the lines delivered. A stream that tells nothing available gives the lines delivered and
     * those read ahead.
     *
     * @param linesDelivered the lines delivered so far, the batch being delivered included
     */
    private long expectedLines(long linesDelivered) {
      if (bytesDelivered == 0) {
        return linesDelivered;
      }
      long remaining;
      try {
        // A last line without its line end is counted one byte longer than it is.
        remaining = Math.max(0, input.count - bytesDelivered) + input.available();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return linesDelivered + (long) ((double) remaining * linesDelivered / bytesDelivered);
    }

    private void consume(Batch batch, int count) {
      Consumer<? super ResponseRow> consumer = consumers.poll();
      if (consumer == null) {
        consumer = rows.get();
      }
      try {
        for (int i = 0; i < count; i++) {
          consumer.accept(batch.rows[i]);
        }
      } finally {
        consumers.add(consumer);
      }
      batch.clear();
      batches.add(batch);
    }

    private void reject(LineResult.Rejected<Response> rejected) {
      counts.rejected(rejected.reject().reason());
      rejects.accept(rejected);
    }

    /** Waits for the row stage to end. */
    void finish() throws IOException {
      while (!pending.isEmpty()) {
        OrderedBlocks.finish(pending.remove());
      }
    }

    /** Stops the row stage's tasks that have not started, after a failure. */
    void cancel() {
      pending.forEach(task -> task.cancel(false));
    }
  }
}

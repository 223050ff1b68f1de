package io.github.indiko.core.validation;

import io.github.indiko.core.internal.data.Block;
import io.github.indiko.core.internal.data.JsonLineParser;
import io.github.indiko.core.internal.data.LineBlocks;
import io.github.indiko.core.internal.data.OrderedBlocks;
import io.github.indiko.core.internal.json.StrictJson;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.structure.StructureId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * The fast read of {@code responses.jsonl} behind {@link DataValidator#scanResponses}: blocks of
 * whole lines are read on the calling thread and worked on by the executor, each line going
 * through {@link FastResponses} and, when it declines, through the reference checks; the calling
 * thread takes the blocks back in order, applies the duplicate checks and calls the sink. The
 * results are those of the reference read, line for line. Thread-safe: each read keeps its own
 * state.
 */
final class RowScan {
  /** Bytes of a block of lines. */
  static final int BLOCK_BYTES = 1 << 20;

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
    }
  }

  RowScan(EditionIndex index, String source) {
    this.index = index;
    this.fast = new FastResponses(index);
    this.check = new SourceCheck<>(source, new ResponseCheck(index));
  }

  /**
   * @param in the lines; not closed
   * @param sink receives the accepted rows and the rejects in line order, on the calling thread
   * @return the counts of the source
   */
  SourceCounts read(InputStream in, RowSink sink, Executor executor, int parallelism) {
    LineBlocks blocks = new LineBlocks(in, StrictJson.MAX_LINE_BYTES, BLOCK_BYTES);
    LineCounts counts = new LineCounts();
    try (AcceptedIds duplicates =
        new AcceptedIds(index, index.edition().scoring().oneResponsePerRespondent())) {
      OrderedBlocks.run(
          blocks,
          this::work,
          (Batch batch, long linesBefore) -> deliver(batch, linesBefore, duplicates, counts, sink),
          executor,
          parallelism);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts.counts();
  }

  private Batch work(Block block) {
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
        if (lines.isBlank()) {
          continue;
        }
        RowBuffer row = batch.row();
        if (!lines.isTooLong()
            && own.scanner().read(lines.bytes(), lines.offset(), lines.length(), row)) {
          row.line = lines.number();
          batch.keep(row);
          continue;
        }
        byte[] bytes = lines.isTooLong() ? null : lines.bytes();
        LineResult<Response> result =
            check.check(lines.number(), bytes, lines.offset(), lines.length(), own.json());
        if (result instanceof LineResult.Accepted<Response> accepted) {
          row.set(accepted.record(), index, accepted.line());
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

  @SuppressWarnings("unchecked")
  private void deliver(
      Batch batch,
      long linesBefore,
      AcceptedIds duplicates,
      LineCounts counts,
      RowSink sink) {
    for (int i = 0; i < batch.size; i++) {
      Object entry = batch.entries[i];
      if (entry instanceof RowBuffer row) {
        row.line += linesBefore;
        Fault fault = duplicates.admit(row);
        if (fault == null) {
          counts.accepted();
          sink.accepted(row);
        } else {
          reject(
              new LineResult.Rejected<>(
                  new Reject(
                      check.source(),
                      row.line,
                      new String(row.idBytes, row.idOffset, row.idLength, StandardCharsets.UTF_8),
                      fault.reason(),
                      fault.message()),
                  new StructureId(index.structures().get(row.structure).id().value())),
              counts,
              sink);
        }
      } else {
        LineResult.Rejected<Response> rejected = (LineResult.Rejected<Response>) entry;
        reject(
            (LineResult.Rejected<Response>) SourceCheck.renumbered(rejected, linesBefore),
            counts,
            sink);
      }
    }
    batch.clear();
    batches.add(batch);
  }

  private static void reject(
      LineResult.Rejected<Response> rejected, LineCounts counts, RowSink sink) {
    counts.rejected(rejected.reject().reason());
    sink.rejected(rejected);
  }
}

package io.github.indiko.core.validation;

import io.github.indiko.core.internal.data.Block;
import io.github.indiko.core.internal.data.JsonLineParser;
import io.github.indiko.core.internal.data.LineBlocks;
import io.github.indiko.core.internal.data.OrderedBlocks;
import io.github.indiko.core.internal.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Reads a source with its lines checked in parallel, with exactly the results of a {@link
 * LineReader}: the same results, in the same order, and the same counts.
 *
 * <p>The calling thread reads the stream into blocks of whole lines ({@link LineBlocks}, without a
 * copy per line; a line over the limit is only flagged) and {@link OrderedBlocks} hands each block
 * to the executor, which parses and checks its non-blank lines up to the duplicate checks ({@link
 * SourceCheck#check}), numbering them within the block. The calling thread takes the blocks back
 * strictly in their order, renumbers their lines within the source, applies the duplicate checks
 * and calls the sink, line by line ({@link SourceCheck.Admission}). When it needs a block that no
 * thread of the executor has started, it checks it itself: any executor makes progress, even a busy
 * one. At most {@code 2 × parallelism} blocks are held at once. Thread-safe: each {@link #read}
 * keeps its own state and calls its sink on its calling thread.
 *
 * @param <T> the record type
 */
final class ParallelValidation<T> {
  /** The bytes of a block, about. */
  static final int BLOCK_BYTES = 1 << 20;

  private final SourceCheck<T> check;
  private final Executor executor;
  private final int parallelism;
  private final int blockBytes;

  /** Parsers not in use: one per block being checked at once, reused. */
  private final Queue<JsonLineParser> parsers = new ConcurrentLinkedQueue<>();

  /**
   * @param check the source's checks
   * @param executor runs the checks of blocks
   * @param parallelism the blocks meant to be checked at once, at least 1
   * @param blockBytes the bytes of a block, about (see {@link LineBlocks}); at least 1
   */
  ParallelValidation(SourceCheck<T> check, Executor executor, int parallelism, int blockBytes) {
    if (parallelism < 1 || blockBytes < 1) {
      throw new IllegalArgumentException(
          "parallelism and block size must be at least 1: " + parallelism + ", " + blockBytes);
    }
    this.check = check;
    this.executor = executor;
    this.parallelism = parallelism;
    this.blockBytes = blockBytes;
  }

  /**
   * Reads the stream to its end; does not close it. When this throws, the blocks not yet taken back
   * are cancelled: a block that a thread of the executor already checks runs to its end (it never
   * blocks), the others never start.
   *
   * @param in the lines, UTF-8
   * @param sink receives every non-blank line's result, in line order, on the calling thread
   * @return the counts of the source
   * @throws UncheckedIOException when the stream cannot be read, or the calling thread is
   *     interrupted while it waits for a block (then with an {@link InterruptedIOException})
   */
  SourceCounts read(InputStream in, Consumer<? super LineResult<T>> sink) {
    LineBlocks blocks = new LineBlocks(in, StrictJson.MAX_LINE_BYTES, blockBytes);
    try (SourceCheck<T>.Admission admission = check.admission()) {
      OrderedBlocks.run(
          blocks,
          this::check,
          (List<LineResult<T>> results, long linesBefore) -> {
            for (LineResult<T> result : results) {
              sink.accept(admission.admit(SourceCheck.renumbered(result, linesBefore)));
            }
          },
          executor,
          parallelism);
      return admission.counts();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks a block's non-blank lines up to the duplicate checks; runs on any thread. */
  private List<LineResult<T>> check(Block block) {
    JsonLineParser parser = parsers.poll();
    if (parser == null) {
      parser = new JsonLineParser(StrictJson.MAX_LINE_BYTES);
    }
    try {
      List<LineResult<T>> results = new ArrayList<>();
      Block.Lines lines = block.lines();
      while (lines.next()) {
        if (!lines.isBlank()) {
          byte[] bytes = lines.isTooLong() ? null : lines.bytes();
          results.add(check.check(lines.number(), bytes, lines.offset(), lines.length(), parser));
        }
      }
      return results;
    } finally {
      parsers.add(parser);
    }
  }
}

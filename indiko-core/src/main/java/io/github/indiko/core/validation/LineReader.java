package io.github.indiko.core.validation;

import io.github.indiko.core.internal.data.Block;
import io.github.indiko.core.internal.data.JsonLineParser;
import io.github.indiko.core.internal.data.LineBlocks;
import io.github.indiko.core.internal.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON Lines source line by line and yields, for every non-blank line, the accepted record
 * or the reject (formats.md). Streams: it keeps one buffer of 1 MiB (a line within the limit, or
 * several shorter ones), plus the ids (and respondents) accepted so far for the duplicate checks. A
 * bad line never stops it and nothing is thrown for bad data; only a failure of the underlying
 * stream is, as an {@link UncheckedIOException}. Not thread-safe. Obtain one from {@link
 * DataValidator}.
 *
 * @param <T> the record type: {@link io.github.indiko.core.response.Response} or {@link
 *     io.github.indiko.core.audit.AuditRecord}
 */
public final class LineReader<T> implements Iterator<LineResult<T>>, AutoCloseable {
  /**
   * The bytes of a block, about: the stream is read in steps of this size into the one buffer,
   * which holds the longest line anyway.
   */
  private static final int BLOCK_BYTES = 64 * 1024;

  private final InputStream in;
  private final SourceCheck<T> check;
  private final SourceCheck<T>.Admission admission;
  private final LineBlocks blocks;
  private final JsonLineParser parser = new JsonLineParser(StrictJson.MAX_LINE_BYTES);
  private @Nullable Block block;
  private Block.@Nullable Lines lines;
  private long linesBefore;
  private @Nullable LineResult<T> next;

  LineReader(InputStream in, SourceCheck<T> check) {
    this.in = Objects.requireNonNull(in, "in");
    this.check = check;
    this.admission = check.admission();
    this.blocks = new LineBlocks(in, StrictJson.MAX_LINE_BYTES, BLOCK_BYTES);
  }

  /**
   * @return whether another non-blank line follows
   * @throws UncheckedIOException when the stream cannot be read
   */
  @Override
  public boolean hasNext() {
    if (next == null) {
      next = read();
    }
    return next != null;
  }

  /**
   * @return the next non-blank line's result
   * @throws NoSuchElementException at the end of the stream
   * @throws UncheckedIOException when the stream cannot be read
   */
  @Override
  public LineResult<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException(
          "no line after line " + linesBefore + " of " + check.source());
    }
    LineResult<T> result = Objects.requireNonNull(next);
    next = null;
    return result;
  }

  /**
   * @return the counts of the lines yielded so far; they reconcile at every moment
   */
  public SourceCounts counts() {
    return admission.counts();
  }

  /**
   * Closes the underlying stream, and frees what the duplicate checks hold (the ids accepted so
   * far, which move to temporary files beyond a few tens of thousands; reading to the end frees
   * them too).
   *
   * @throws UncheckedIOException when closing fails
   */
  @Override
  public void close() {
    try {
      admission.close();
    } finally {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private @Nullable LineResult<T> read() {
    try {
      while (true) {
        Block.Lines current = lines;
        if (current != null) {
          while (current.next()) {
            if (!current.isBlank()) {
              byte[] bytes = current.isTooLong() ? null : current.bytes();
              return admission.admit(
                  check.check(
                      linesBefore + current.number(),
                      bytes,
                      current.offset(),
                      current.length(),
                      parser));
            }
          }
          Block done = Objects.requireNonNull(block);
          linesBefore += done.lineCount();
          // Given back before the next read, so that one buffer serves every block.
          blocks.recycle(done);
          block = null;
          lines = null;
        }
        Block following = blocks.next();
        if (following == null) {
          // The duplicate checks are done: free their temporary files now.
          admission.close();
          return null;
        }
        block = following;
        lines = following.lines();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

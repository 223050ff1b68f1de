package io.github.indiko.core.validation;

import io.github.indiko.core.internal.data.JsonLineParser;
import io.github.indiko.core.internal.data.LineSplitter;
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
 * or the reject (formats.md). Streams: it keeps at most one line of 1 MiB, plus the ids (and
 * respondents) accepted so far for the duplicate checks. A bad line never stops it and nothing is
 * thrown for bad data; only a failure of the underlying stream is, as an {@link
 * UncheckedIOException}. Not thread-safe. Obtain one from {@link DataValidator}.
 *
 * @param <T> the record type: {@link io.github.indiko.core.response.Response} or {@link
 *     io.github.indiko.core.audit.AuditRecord}
 */
public final class LineReader<T> implements Iterator<LineResult<T>>, AutoCloseable {
  private final InputStream in;
  private final SourceCheck<T> check;
  private final SourceCheck<T>.Admission admission;
  private final LineSplitter lines;
  private final JsonLineParser parser = new JsonLineParser(StrictJson.MAX_LINE_BYTES);
  private @Nullable LineResult<T> next;

  LineReader(InputStream in, SourceCheck<T> check) {
    this.in = Objects.requireNonNull(in, "in");
    this.check = check;
    this.admission = check.admission();
    this.lines = new LineSplitter(in, StrictJson.MAX_LINE_BYTES);
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
          "no line after line " + lines.number() + " of " + check.source());
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
   * Closes the underlying stream.
   *
   * @throws UncheckedIOException when closing fails
   */
  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private @Nullable LineResult<T> read() {
    try {
      while (lines.next()) {
        if (!lines.isBlank()) {
          byte[] bytes = lines.isTooLong() ? null : lines.bytes();
          return admission.admit(check.check(lines.number(), bytes, lines.length(), parser));
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

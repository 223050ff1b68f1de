package io.github.indiko.core.validation;

import io.github.indiko.core.internal.data.JsonLineParser;
import io.github.indiko.core.internal.data.JsonValue;
import io.github.indiko.core.internal.data.JsonValue.ObjectValue;
import io.github.indiko.core.internal.data.JsonValue.StringValue;
import io.github.indiko.core.internal.data.LineSplitter;
import io.github.indiko.core.internal.json.StrictJson;
import io.github.indiko.core.structure.StructureId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
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
  private final String source;
  private final LineCheck<T> check;
  private final LineSplitter lines;
  private final JsonLineParser parser = new JsonLineParser(StrictJson.MAX_LINE_BYTES);
  private @Nullable LineResult<T> next;
  private long accepted;
  private long rejected;
  private final Map<RejectReason, Long> byReason = new EnumMap<>(RejectReason.class);

  LineReader(InputStream in, String source, LineCheck<T> check) {
    this.in = Objects.requireNonNull(in, "in");
    this.source = Objects.requireNonNull(source, "source");
    this.check = check;
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
      throw new NoSuchElementException("no line after line " + lines.number() + " of " + source);
    }
    LineResult<T> result = Objects.requireNonNull(next);
    next = null;
    return result;
  }

  /**
   * @return the counts of the lines yielded so far; they reconcile at every moment
   */
  public SourceCounts counts() {
    return new SourceCounts(accepted + rejected, accepted, rejected, byReason);
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
          return count(result());
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private LineResult<T> result() {
    if (lines.isTooLong()) {
      return reject(null, RejectReason.MALFORMED, "line longer than 1 MiB");
    }
    JsonLineParser.Result parsed = parser.parse(lines.bytes(), lines.length());
    if (parsed instanceof JsonLineParser.Malformed malformed) {
      return reject(null, RejectReason.MALFORMED, malformed.message());
    }
    JsonValue value = ((JsonLineParser.Parsed) parsed).value();
    if (!(value instanceof ObjectValue object)) {
      return reject(null, RejectReason.MALFORMED, "not a JSON object");
    }
    String id = object.members().get("id") instanceof StringValue string ? string.value() : null;
    Verdict<T> verdict = check.check(object);
    if (verdict instanceof Verdict.Refused<T> refused) {
      RejectReason reason = refused.fault().reason();
      // Checks run in the order of RejectReason: from not_enrolled on, the structure exists.
      StructureId structure =
          reason.compareTo(RejectReason.NOT_ENROLLED) >= 0
                  && object.members().get("structure") instanceof StringValue named
              ? new StructureId(named.value())
              : null;
      return new LineResult.Rejected<>(
          new Reject(source, lines.number(), id, reason, refused.fault().message()), structure);
    }
    return new LineResult.Accepted<>(lines.number(), ((Verdict.Ok<T>) verdict).record());
  }

  private LineResult<T> reject(@Nullable String id, RejectReason reason, String message) {
    return new LineResult.Rejected<>(new Reject(source, lines.number(), id, reason, message));
  }

  private LineResult<T> count(LineResult<T> result) {
    if (result instanceof LineResult.Rejected<T> rejectedLine) {
      rejected++;
      byReason.merge(rejectedLine.reject().reason(), 1L, Long::sum);
    } else {
      accepted++;
    }
    return result;
  }
}

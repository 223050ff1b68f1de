package io.github.indiko.core.validation;

import io.github.indiko.core.internal.data.JsonValue;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes rejects as JSON Lines in UTF-8, members in formats.md's order: {@code source}, {@code
 * line}, {@code id}, {@code reason}, {@code message}, e.g. {@code {"source": "responses.jsonl",
 * "line": 17, "id": "r-000017", "reason": "invalid_answer", "message": "…"}}. Not thread-safe.
 */
public final class RejectWriter implements Flushable, Closeable {
  private final Writer out;

  private RejectWriter(Writer out) {
    this.out = out;
  }

  /**
   * @param out where to write; closed by {@link #close()}
   * @return a writer of rejects to the stream, buffered
   */
  public static RejectWriter of(OutputStream out) {
    return new RejectWriter(
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
  }

  /**
   * @param reject a reject
   * @return its JSON object on one line, without terminator
   */
  public static String toJson(Reject reject) {
    StringBuilder json = new StringBuilder(128);
    json.append("{\"source\": ");
    JsonValue.quote(reject.source(), json);
    json.append(", \"line\": ").append(reject.line()).append(", \"id\": ");
    String id = reject.id();
    if (id == null) {
      json.append("null");
    } else {
      JsonValue.quote(id, json);
    }
    json.append(", \"reason\": ");
    JsonValue.quote(reject.reason().code(), json);
    json.append(", \"message\": ");
    JsonValue.quote(reject.message(), json);
    return json.append('}').toString();
  }

  /**
   * Writes a reject and a {@code \n}.
   *
   * @param reject a reject
   * @throws UncheckedIOException when the stream fails
   */
  public void write(Reject reject) {
    try {
      out.write(toJson(reject));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @throws UncheckedIOException when the stream fails
   */
  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Flushes and closes the stream.
   *
   * @throws UncheckedIOException when the stream fails
   */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

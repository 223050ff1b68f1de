package io.github.indiko.core.internal.json;

import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.SourceCounts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectWriter;

/**
 * One JSON document that Indiko writes ({@code results.json}, {@code trophies.json}, the reports),
 * with their shared conventions: {@link StrictJson#prettyWriter()}, a final line feed, doubles as
 * {@link Double#toString(double)} gives them (so that they read back to the same double), finite
 * numbers only, {@code null} for what does not exist.
 */
public final class JsonDocument {
  private static final ObjectWriter WRITER = StrictJson.prettyWriter();

  private final JsonGenerator json;
  private final String kind;

  private JsonDocument(JsonGenerator json, String kind) {
    this.json = json;
    this.kind = kind;
  }

  /**
   * @param out where to write UTF-8 JSON; flushed, not closed
   * @param kind what the document is, for messages, e.g. {@code results.json}
   * @param body writes the document's one value
   * @throws UncheckedIOException when writing fails
   * @throws IllegalArgumentException when a number is not finite
   */
  public static void write(OutputStream out, String kind, Consumer<JsonDocument> body) {
    Objects.requireNonNull(out, "out");
    try {
      try (JsonGenerator json = WRITER.createGenerator(out, JsonEncoding.UTF8)) {
        body.accept(new JsonDocument(json, kind));
      }
      out.write('\n');
      out.flush();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return the generator, for what the methods below do not write
   */
  public JsonGenerator generator() {
    return json;
  }

  /**
   * Writes {@code name: {read, accepted, rejected, byReason: {code: count…}}}.
   *
   * @param name the member's name
   * @param counts the counts
   */
  public void counts(String name, SourceCounts counts) {
    json.writeName(name);
    json.writeStartObject();
    json.writeNumberProperty("read", counts.read());
    json.writeNumberProperty("accepted", counts.accepted());
    json.writeNumberProperty("rejected", counts.rejected());
    json.writeName("byReason");
    json.writeStartObject();
    for (Map.Entry<RejectReason, Long> reason : counts.byReason().entrySet()) {
      json.writeNumberProperty(reason.getKey().code(), reason.getValue());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  /**
   * @param name the member's name
   * @param value an integer, or null
   */
  public void integer(String name, @Nullable Integer value) {
    json.writeName(name);
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value.intValue());
    }
  }

  /**
   * @param name the member's name
   * @param value a text, or null
   */
  public void text(String name, @Nullable String value) {
    json.writeName(name);
    if (value == null) {
      json.writeNull();
    } else {
      json.writeString(value);
    }
  }

  /**
   * @param name the member's name
   * @param value a finite number, or null
   */
  public void number(String name, @Nullable Double value) {
    json.writeName(name);
    if (value == null) {
      json.writeNull();
    } else {
      number(value.doubleValue());
    }
  }

  /**
   * @param value a finite number, written as an array element or after a name
   */
  public void number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          kind
              + " holds finite numbers only, not "
              + value
              + " at "
              + json.streamWriteContext().pathAsPointer());
    }
    json.writeNumber(Double.toString(value));
  }
}

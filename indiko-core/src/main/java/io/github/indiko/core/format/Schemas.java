package io.github.indiko.core.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON Schemas (draft 2020-12) of interchange format v1, one per input kind, shipped in this
 * module. A definition kind's schema validates a whole document; a data kind's ({@code response},
 * {@code audit}) validates one line of its JSON Lines file, and a line it refuses is {@code
 * malformed}. A schema checks what a document says on its own: relations between documents
 * (enrolled structures, known themes, option values) are the reader's. Stateless and thread-safe.
 */
public final class Schemas {
  private static final List<String> KINDS =
      List.of(
          "edition",
          "structures",
          "enrolments",
          "questionnaire",
          "grid",
          "response",
          "audit",
          "population");

  private Schemas() {}

  /**
   * @return the eight kinds: in the order of formats.md, {@code edition}, {@code structures},
   *     {@code enrolments}, {@code questionnaire}, {@code grid}, {@code response}, {@code audit};
   *     then {@code population}, the margins of a weighted edition (analysis.md, Declaration)
   */
  public static List<String> kinds() {
    return KINDS;
  }

  /**
   * Reads a schema. Its {@code $id} is {@code
   * https://indiko.github.io/schema/v1/<kind>.schema.json} (a name, never fetched); it references
   * nothing outside itself.
   *
   * @param kind one of {@link #kinds()}
   * @return the schema's JSON text
   * @throws IllegalArgumentException when {@code kind} is not one of {@link #kinds()}
   */
  public static String schema(String kind) {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException(
          "unknown schema kind \"" + kind + "\": expected one of " + String.join(", ", KINDS));
    }
    String resource = "schema/" + kind + ".schema.json";
    try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing from the module: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema resource " + resource, e);
    }
  }
}

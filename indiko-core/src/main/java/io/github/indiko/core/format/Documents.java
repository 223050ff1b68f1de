package io.github.indiko.core.format;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.internal.Strings;
import io.github.indiko.core.internal.json.JsonErrors;
import io.github.indiko.core.internal.json.StrictJson;
import io.github.indiko.core.internal.validation.RecordValidator;
import io.github.indiko.core.internal.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parsing and writing of definition documents: strict JSON to a tree, the {@code format} check,
 * and pretty, deterministic output (two spaces, {@code \n}, members in insertion order).
 */
final class Documents {
  private static final ObjectReader READER = StrictJson.documentReader();
  private static final ObjectWriter WRITER = StrictJson.prettyWriter();

  private Documents() {}

  /**
   * Reads a whole document: opens it, maps its members, and throws every problem found.
   *
   * @param body maps the document's members; returns null only when it reported a problem
   * @throws DefinitionException holding every problem found
   */
  static <T> T read(
      InputStream in, String file, String kind, Function<Members, @Nullable T> body) {
    Problems problems = new Problems(file);
    T document = body.apply(open(in, file, kind, problems));
    problems.throwIfAny();
    return Objects.requireNonNull(document);
  }

  /**
   * Parses a document of the given kind and checks that its first member is {@code "format":
   * "indiko.<kind>/1"}.
   *
   * @param kind {@code edition}, {@code structures}…
   * @return the root object, with {@code format} known
   * @throws DefinitionException when the document is not JSON, not an object, or of another
   *     format
   * @throws UncheckedIOException when the stream fails
   */
  static Members open(InputStream in, String file, String kind, Problems problems) {
    Objects.requireNonNull(in, "in");
    JsonNode tree = parse(in, file);
    String expected = "indiko." + kind + "/1";
    if (tree.isMissingNode()) {
      throw problem(file, "", "the document is empty: expected a JSON object of format " + expected);
    }
    if (!tree.isObject()) {
      throw problem(file, "", "a definition document must be a JSON object");
    }
    Iterator<String> names = tree.propertyNames().iterator();
    if (!names.hasNext() || !names.next().equals("format")) {
      throw problem(file, "", "the first member must be \"format\": \"" + expected + "\"");
    }
    JsonNode format = tree.get("format");
    if (!format.isString()) {
      throw problem(file, "/format", "must be a string: \"" + expected + "\"");
    }
    checkFormat(file, format.stringValue(), kind);
    Members root = new Members(new Value(tree, "", problems));
    root.accept("format");
    return root;
  }

  private static void checkFormat(String file, String format, String kind) {
    String expected = "indiko." + kind + "/1";
    if (format.equals(expected)) {
      return;
    }
    int slash = format.lastIndexOf('/');
    String found = Strings.abbreviate(format);
    if (slash > 0 && format.substring(0, slash).equals("indiko." + kind)) {
      throw problem(
          file,
          "/format",
          "unsupported version \""
              + Strings.abbreviate(format.substring(slash + 1))
              + "\" of indiko."
              + kind
              + ": this reader knows version 1 only");
    }
    if (format.startsWith("indiko.") && slash > 0) {
      throw problem(
          file, "/format", "expected format " + expected + ", found " + found + " (another kind)");
    }
    throw problem(file, "/format", "unknown format \"" + found + "\": expected " + expected);
  }

  private static JsonNode parse(InputStream in, String file) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(FormatV1.MAX_DOCUMENT_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (bytes.length > FormatV1.MAX_DOCUMENT_BYTES) {
      throw problem(
          file,
          "",
          "the document is larger than 64 MiB ("
              + FormatV1.MAX_DOCUMENT_BYTES
              + " bytes), the limit of a definition document");
    }
    try {
      JsonNode tree = READER.readTree(utf8(bytes, file));
      return tree == null ? StrictJson.documents().missingNode() : tree;
    } catch (JacksonException e) {
      throw problem(file, JsonErrors.pointer(e), JsonErrors.describe(e));
    }
  }

  /**
   * The document's text, read as UTF-8 whatever its first bytes suggest (formats.md: JSON in
   * UTF-8), without a leading byte order mark, which RFC 8259 lets a reader ignore.
   *
   * @throws DefinitionException when the bytes are not UTF-8, or are UTF-16 or UTF-32 (a JSON
   *     text in UTF-8 never holds a NUL byte among its first four)
   */
  private static String utf8(byte[] bytes, String file) {
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      if (bytes[i] == 0) {
        throw problem(
            file,
            "",
            "the document is not JSON in UTF-8: a NUL byte at byte " + i + " (UTF-16 or UTF-32?)");
      }
    }
    CharBuffer text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      throw problem(file, "", "the document is not valid UTF-8");
    }
    if (text.length() > 0 && text.charAt(0) == '\uFEFF') {
      text.position(1);
    }
    return text.toString();
  }

  private static DefinitionException problem(String file, String pointer, String message) {
    return new DefinitionException(new DefinitionProblem(file, pointer, message));
  }

  /**
   * Reports the Bean Validation violations of a record read at {@code at}: the rules of format v1
   * on values are the records' constraints, which the readers do not repeat.
   */
  static void validate(@Nullable Object record, Value at) {
    if (record != null) {
      report(RecordValidator.validate(record), at);
    }
  }

  /**
   * Reports the Bean Validation violations of a value that a record of type {@code type}, read at
   * {@code at}, will hold as {@code component}, at the component's pointer.
   */
  static void validate(Class<?> type, String component, @Nullable Object value, Value at) {
    if (value != null) {
      report(RecordValidator.validateComponent(type, component, value), at);
    }
  }

  private static void report(List<Violation> violations, Value at) {
    for (Violation violation : violations) {
      at.problems().add(at.pointer() + violation.pointer(), violation.message());
    }
  }

  /** Writes a document tree, pretty, followed by a line feed; the stream is flushed, not closed. */
  static void write(ObjectNode document, OutputStream out) {
    Objects.requireNonNull(out, "out");
    try {
      WRITER.writeValue(out, document);
      out.write("\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

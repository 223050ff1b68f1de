package io.github.indiko.core.internal.json;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration of format v1: duplicate keys, trailing tokens and non-finite
 * numbers are errors; no polymorphic typing; documents are read as trees and mapped by hand, so no
 * Jackson type reaches the public API.
 */
public final class StrictJson {
  /** Deepest nesting of a data line (the line's object is depth 1). */
  public static final int MAX_LINE_DEPTH = 16;

  /** Deepest nesting of a definition document. */
  public static final int MAX_DOCUMENT_DEPTH = 64;

  /** Longest data line in UTF-8 bytes, without its terminator. */
  public static final int MAX_LINE_BYTES = 1 << 20;

  private static final JsonMapper DOCUMENTS = mapper(MAX_DOCUMENT_DEPTH);
  private static final JsonMapper LINES = mapper(MAX_LINE_DEPTH);
  private static final ObjectReader DOCUMENT_READER =
      DOCUMENTS.reader().without(StreamReadFeature.AUTO_CLOSE_SOURCE);
  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
  private static final ObjectWriter PRETTY_WRITER =
      DOCUMENTS
          .writer()
          .with(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                          .withObjectEmptySeparator("")
                          .withArrayEmptySeparator(""))
                  .withObjectIndenter(INDENTER)
                  .withArrayIndenter(INDENTER))
          .with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .without(StreamWriteFeature.AUTO_CLOSE_TARGET);

  private StrictJson() {}

  /**
   * @return the mapper for definition documents; thread-safe
   */
  public static JsonMapper documents() {
    return DOCUMENTS;
  }

  /**
   * @return a reader of whole documents that leaves the stream open; thread-safe
   */
  public static ObjectReader documentReader() {
    return DOCUMENT_READER;
  }

  /**
   * @return the writer of every document Indiko writes: two spaces, {@code \n}, {@code ": "},
   *     members in the order written; leaves the stream open; thread-safe
   */
  public static ObjectWriter prettyWriter() {
    return PRETTY_WRITER;
  }

  /**
   * @return the mapper for data lines, nesting limited to 16; thread-safe
   */
  public static JsonMapper lines() {
    return LINES;
  }

  private static JsonMapper mapper(int maxDepth) {
    JsonFactory factory =
        JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(maxDepth)
                    .maxNumberLength(1000)
                    .maxStringLength(20_000_000)
                    .build())
            .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();
  }
}

package io.github.indiko.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Tool B, the parse floor: Jackson 3's streaming parser over a JSON Lines file, on one thread,
 * asking for every token and nothing else (no text or number is decoded beyond what finding the
 * token needs, no object is built). Thread-safe.
 */
final class TokenScan {
  private final JsonFactory factory = new JsonFactory();

  /**
   * @param file a file of JSON values, one after the other
   * @return how many tokens it holds
   */
  long count(Path file) {
    long tokens = 0;
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = factory.createParser(ObjectReadContext.empty(), in)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}

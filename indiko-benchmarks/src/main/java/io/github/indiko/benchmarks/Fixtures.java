package io.github.indiko.benchmarks;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** What the JMH benchmarks set up: generated editions in temporary folders, parsed responses. */
final class Fixtures {
  /** The number of response lines of the editions the benchmarks use. */
  static final int LINES = 10_000;

  private Fixtures() {}

  /**
   * @param responses the number of response lines
   * @return a new temporary folder holding the edition of that size ({@link Editions#options})
   */
  static Path edition(long responses) {
    try {
      Path folder = Files.createTempDirectory("indiko-benchmark-");
      Editions.options(responses).write(folder);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param folder a folder to delete with everything in it
   */
  static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param definitions the edition's definitions
   * @param folder the edition's folder
   * @return its accepted responses, in line order
   */
  static List<Response> responses(EditionDefinitions definitions, Path folder) {
    List<Response> responses = new ArrayList<>();
    try (InputStream in = Files.newInputStream(folder.resolve(DataValidator.RESPONSES))) {
      DataValidator.of(definitions)
          .validateResponses(
              in,
              DataValidator.RESPONSES,
              result -> {
                if (result instanceof LineResult.Accepted<Response> accepted) {
                  responses.add(accepted.record());
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return responses;
  }
}

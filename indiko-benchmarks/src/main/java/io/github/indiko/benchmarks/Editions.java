package io.github.indiko.benchmarks;

import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.samples.SyntheticEdition;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The editions that are measured: {@link SyntheticEdition#defaults()} (12 structures, 150 audits,
 * seed 1, no invalid line) with a given number of responses and no previous edition, written once
 * under a cache folder and reused while their marker says they were made with the same options.
 */
final class Editions {
  private static final String MARKER = "generated.txt";

  private Editions() {}

  /**
   * @param responses the number of response lines
   * @return the options of the edition of that size
   */
  static SyntheticEdition options(long responses) {
    return SyntheticEdition.defaults().withResponses(responses).withPrevious(false);
  }

  /**
   * Gives the folder of the edition of that size under {@code cache}, generating it first when it
   * is missing or was made with other options (or its generation did not finish).
   *
   * @param cache the cache folder, created if needed
   * @param responses the number of response lines
   * @param log where to say that an edition is generated, and how long it took
   * @return the edition folder
   */
  static Path ensure(Path cache, long responses, PrintStream log) {
    SyntheticEdition options = options(responses);
    Path folder = cache.resolve("responses-" + responses);
    Path marker = folder.resolve(MARKER);
    String expected = options.toString();
    try {
      if (Files.isRegularFile(marker)
          && Files.readString(marker, StandardCharsets.UTF_8).equals(expected)) {
        return folder;
      }
      Files.createDirectories(folder);
      Files.deleteIfExists(marker);
      log.printf(Locale.ROOT, "generating %,d responses into %s%n", responses, folder);
      long start = System.nanoTime();
      options.write(folder);
      Files.writeString(marker, expected, StandardCharsets.UTF_8);
      log.printf(
          Locale.ROOT,
          "generated %,d bytes of responses in %.1f s%n",
          Files.size(folder.resolve(DataValidator.RESPONSES)),
          (System.nanoTime() - start) / 1e9);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.github.indiko.samples;

import io.github.indiko.core.format.EditionFolder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bundled 2017 sample edition of the specification (formats.md): 12 structures, 2000 responses
 * and 150 audit records, whose {@code edition.json} names the 2016 results it is compared with,
 * {@value #PREVIOUS}; and the outputs expected from scoring it, {@value #EXPECTED_RESULTS} and
 * {@value #EXPECTED_REJECTS}. The files are resources of this module, read as they are stored.
 * Stateless and thread-safe.
 */
public final class SampleEdition {
  /** The previous edition's results, as named by the sample's {@code edition.json}. */
  public static final String PREVIOUS = "previous-2016/results.json";

  /** The {@code results.json} that scoring the sample gives. */
  public static final String EXPECTED_RESULTS = "results.json";

  /** The {@code rejects.jsonl} that validating the sample gives. */
  public static final String EXPECTED_REJECTS = "rejects.jsonl";

  private static final String EDITION = "edition-2017/";
  private static final String EXPECTED = "expected/";
  private static final List<String> FILES =
      Stream.concat(EditionFolder.FILES.stream(), Stream.of(PREVIOUS)).toList();

  private SampleEdition() {}

  /**
   * @return the edition's files, relative to its folder: the definitions, the data, then {@value
   *     #PREVIOUS}
   */
  public static List<String> files() {
    return FILES;
  }

  /**
   * @param file one of {@link #files()}
   * @return a new stream of its bytes, for the caller to close
   * @throws IllegalArgumentException when {@code file} is not one of {@link #files()}
   */
  public static InputStream open(String file) {
    if (!FILES.contains(file)) {
      throw new IllegalArgumentException("the sample edition has no file " + file);
    }
    return resource(EDITION + file);
  }

  /**
   * @param file {@value #EXPECTED_RESULTS} or {@value #EXPECTED_REJECTS}
   * @return a new stream of the expected output's bytes, for the caller to close
   * @throws IllegalArgumentException when {@code file} is neither
   */
  public static InputStream expected(String file) {
    if (!file.equals(EXPECTED_RESULTS) && !file.equals(EXPECTED_REJECTS)) {
      throw new IllegalArgumentException("the sample edition has no expected output " + file);
    }
    return resource(EXPECTED + file);
  }

  /**
   * Writes the edition folder, previous results included, replacing files of the same names.
   *
   * @param dir the edition's folder, created with its parents if missing
   * @return {@code dir}
   * @throws IOException when a file cannot be written
   */
  public static Path copyTo(Path dir) throws IOException {
    for (String file : FILES) {
      Path target = dir.resolve(file);
      Files.createDirectories(target.getParent());
      try (InputStream in = open(file)) {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return dir;
  }

  private static InputStream resource(String name) {
    InputStream in = SampleEdition.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the samples resource " + name + " is missing");
    }
    return in;
  }
}

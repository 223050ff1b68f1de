package io.github.indiko.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The sample edition of the specification, copied from the test resources into a folder. */
final class SampleEdition {
  private static final List<String> FILES =
      List.of(
          "edition.json",
          "structures.json",
          "enrolments.json",
          "questionnaire.json",
          "grid.json",
          "responses.jsonl",
          "audits.jsonl");

  private SampleEdition() {}

  /**
   * @return the folder {@code dir/edition-2017} holding a copy of the sample edition
   */
  static Path copyTo(Path dir) throws IOException {
    Path edition = dir.resolve("edition-2017");
    Files.createDirectories(edition);
    for (String file : FILES) {
      try (InputStream in = resource("/samples/edition-2017/" + file)) {
        Files.copy(in, edition.resolve(file));
      }
    }
    return edition;
  }

  static InputStream resource(String name) {
    InputStream in = SampleEdition.class.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing test resource " + name));
    }
    return in;
  }
}

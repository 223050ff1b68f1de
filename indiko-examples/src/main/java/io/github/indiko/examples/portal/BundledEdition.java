package io.github.indiko.examples.portal;

import io.github.indiko.core.validation.DataValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The sample edition bundled on the class path ({@code /samples/edition-2017}). */
final class BundledEdition {
  private static final String ROOT = "/samples/edition-2017/";
  private static final List<String> FILES =
      List.of(
          "edition.json",
          "structures.json",
          "enrolments.json",
          "questionnaire.json",
          "grid.json",
          DataValidator.RESPONSES,
          DataValidator.AUDITS);

  private BundledEdition() {}

  /**
   * Copies the edition's files, definitions and data, into a folder, replacing what is there: the
   * definitions codec reads a folder, and a jar holds none.
   *
   * @param dir an existing folder
   * @throws IOException when a resource is missing or a file cannot be written
   */
  static void copyTo(Path dir) throws IOException {
    for (String file : FILES) {
      try (InputStream in = BundledEdition.class.getResourceAsStream(ROOT + file)) {
        if (in == null) {
          throw new IOException("missing resource " + ROOT + file);
        }
        Files.copy(in, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}

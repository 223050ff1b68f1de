package io.github.indiko.examples.portal;

import io.github.indiko.cli.Indiko;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.samples.SampleEdition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a portal stored as {@code indiko validate} would: its lines appended to a fresh copy of
 * the sample edition's {@code responses.jsonl}, validated by core's {@link DataValidator}.
 */
final class StoredResponses {
  private StoredResponses() {}

  /**
   * @param stored the portal's {@code responses.jsonl}
   * @param work an empty folder
   * @return the results of the stored lines (after the sample's own), in order
   */
  static List<LineResult<Response>> validate(Path stored, Path work) throws IOException {
    SampleEdition.copyTo(work);
    Path responses = work.resolve(DataValidator.RESPONSES);
    DataValidator validator = DataValidator.of(EditionFolder.load(work));
    int sampleLines = read(validator, responses).size();
    Files.write(responses, Files.readAllBytes(stored), StandardOpenOption.APPEND);
    List<LineResult<Response>> results = read(validator, responses);
    return results.subList(sampleLines, results.size());
  }

  /**
   * Runs {@code indiko validate} on a copy of the sample edition whose data files hold only what
   * the portal stored, so that its exit code says whether every stored line is accepted.
   *
   * @param stored the portal's {@code responses.jsonl}
   * @param work a folder, created if needed
   * @return the exit code: 0 when every stored line is accepted, 1 when one is rejected
   */
  static int indikoValidate(Path stored, Path work) throws IOException {
    Files.createDirectories(work);
    SampleEdition.copyTo(work);
    Files.copy(stored, work.resolve(DataValidator.RESPONSES), StandardCopyOption.REPLACE_EXISTING);
    Files.write(work.resolve(DataValidator.AUDITS), new byte[0]);
    return Indiko.run("validate", work.toString());
  }

  private static List<LineResult<Response>> read(DataValidator validator, Path responses)
      throws IOException {
    List<LineResult<Response>> results = new ArrayList<>();
    try (InputStream in = Files.newInputStream(responses)) {
      validator.validateResponses(in, DataValidator.RESPONSES, results::add);
    }
    return results;
  }
}

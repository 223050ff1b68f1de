package io.github.indiko.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.EditionData;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.samples.SampleEdition;
import io.github.indiko.samples.SyntheticEdition;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ScoredEdition;
import io.github.indiko.scoring.ResultsJson;
import io.github.indiko.scoring.ScoringEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store scores as the folder of its lines: {@code results.json} of {@code ScoringEngine} on
 * {@link EditionStore#data()} is byte for byte that of the same lines exported to a folder, and of
 * the folder an import read. Each database runs it through one subclass.
 */
abstract class ScoredStoreContract {
  private static final ScoringEngine ENGINE =
      ScoringEngine.builder().builtIns().threads(2).asOf(LocalDate.of(2017, 12, 1)).build();

  @TempDir Path temp;

  private IndikoStore store;

  /**
   * @param name a name unique in the test class
   * @return a fresh, empty store
   */
  protected abstract IndikoStore open(String name) throws Exception;

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void score_sampleLinesAcceptedOneByOne_sameResultsAsTheirExportedFolder() throws Exception {
    Path sample = SampleEdition.copyTo(temp.resolve("edition-2017"));
    EditionDefinitions definitions = EditionFolder.load(sample);
    store = open("sample");
    EditionStore edition = store.edition(definitions);
    long stored = 0;
    for (String source : List.of(DataValidator.RESPONSES, DataValidator.AUDITS)) {
      int number = 0;
      for (String line : lines(sample.resolve(source))) {
        String key = source + ":" + ++number;
        Outcome outcome =
            source.equals(DataValidator.RESPONSES)
                ? edition.accept(line, key)
                : edition.acceptAudit(line, key);
        stored += outcome instanceof Outcome.Stored ? 1 : 0;
      }
    }
    Path exported = temp.resolve("exported");
    copyDefinitions(sample, exported);
    edition.export(exported);

    List<Reject> fromStore = new ArrayList<>();
    String results = json(ENGINE.score(definitions, edition.data(), fromStore::add));
    String folder = json(ENGINE.score(definitions, exported, r -> {}));

    assertThat(stored).isEqualTo(1940 + 132);
    assertThat(results).isEqualTo(folder).contains("\"read\": 1940");
    assertThat(fromStore).isEmpty();
  }

  @Test
  void score_doublesAndDatedMeasuresAcceptedOneByOne_sameResultsAsTheFolder() throws Exception {
    Path folder = temp.resolve("calibrated");
    SyntheticEdition.defaults()
        .withResponses(3000)
        .withAudits(400)
        .withInvalidRatio(0)
        .withDoubles(0.3)
        .withSeed(23)
        .write(folder);
    EditionDefinitions definitions = EditionFolder.load(folder);
    store = open("calibrated");
    EditionStore edition = store.edition(definitions);
    List<String> audits = lines(folder.resolve(DataValidator.AUDITS));
    for (String source : List.of(DataValidator.RESPONSES, DataValidator.AUDITS)) {
      int number = 0;
      for (String line : lines(folder.resolve(source))) {
        String key = source + ":" + ++number;
        Outcome outcome =
            source.equals(DataValidator.RESPONSES)
                ? edition.accept(line, key)
                : edition.acceptAudit(line, key);
        assertThat(outcome).as(key).isInstanceOf(Outcome.Stored.class);
      }
    }

    String results = json(ENGINE.score(definitions, edition.data(), r -> {}));

    assertThat(results).isEqualTo(json(ENGINE.score(definitions, folder, r -> {})));
    assertThat(results).contains("\"agreement\"", "\"doubles\"");
    assertThat(audits).anyMatch(line -> line.contains("\"of\":\""));
    assertThat(audits).anyMatch(line -> line.contains("\"from\":\""));
  }

  @Test
  @Tag("volume")
  void score_generatedEditionOf100000Imported_sameResultsAsTheFolderAndItsExport()
      throws Exception {
    Path folder = temp.resolve("generated");
    SyntheticEdition.defaults().withResponses(100_000).withSeed(7).write(folder);
    EditionDefinitions definitions = EditionFolder.load(folder);
    store = open("generated");
    EditionStore edition = store.edition(definitions);
    edition.importFolder(folder, r -> {});
    Path exported = temp.resolve("exported");
    copyDefinitions(folder, exported);
    edition.export(exported);

    String results = json(ENGINE.score(definitions, edition.data(), r -> {}));

    assertThat(results).isEqualTo(json(ENGINE.score(definitions, folder, r -> {})));
    assertThat(results).isEqualTo(json(ENGINE.score(definitions, exported, r -> {})));
    assertThat(results).contains("\"read\": 100000");
    for (String source : List.of(DataValidator.RESPONSES, DataValidator.AUDITS)) {
      assertThat(Files.mismatch(folder.resolve(source), exported.resolve(source)))
          .as(source)
          .isEqualTo(-1);
    }
  }

  @Test
  void scoreInFull_importedSample_sameDetailsAndRejectsAsTheFolder() throws Exception {
    Path sample = SampleEdition.copyTo(temp.resolve("edition-2017"));
    EditionDefinitions definitions = EditionFolder.load(sample);
    store = open("details");
    EditionStore edition = store.edition(definitions);
    edition.importFolder(sample, r -> {});
    EditionData data = edition.data();
    List<Reject> fromStore = new ArrayList<>();
    List<Reject> fromFolder = new ArrayList<>();

    ScoredEdition scored = ENGINE.scoreInFull(definitions, data, fromStore::add);
    ScoredEdition expected = ENGINE.scoreInFull(definitions, sample, fromFolder::add);

    assertThat(json(scored.results())).isEqualTo(json(expected.results()));
    assertThat(scored.details()).isEqualTo(expected.details());
    assertThat(fromStore).isEqualTo(fromFolder).hasSize(78);
  }

  private static void copyDefinitions(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    for (String name : EditionFolder.FILES) {
      if (!name.equals(DataValidator.RESPONSES) && !name.equals(DataValidator.AUDITS)) {
        Files.copy(from.resolve(name), to.resolve(name));
      }
    }
  }

  /**
   * The non-blank lines of a file that are UTF-8: a portal's line is a {@link String}, so a line
   * that is not UTF-8 (refused as malformed in the file) cannot be sent.
   */
  private static List<String> lines(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    byte[] bytes = Files.readAllBytes(file);
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
        try {
          String line =
              StandardCharsets.UTF_8
                  .newDecoder()
                  .decode(ByteBuffer.wrap(bytes, start, end - start))
                  .toString();
          if (!line.isBlank()) {
            lines.add(line);
          }
        } catch (CharacterCodingException e) {
          // Not text: no portal sends it.
        }
        start = i + 1;
      }
    }
    return lines;
  }

  private static String json(Results results) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsJson.write(results, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}

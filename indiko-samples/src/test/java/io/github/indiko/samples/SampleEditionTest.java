package io.github.indiko.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ResultsJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleEditionTest {
  @TempDir Path dir;

  @Test
  void copyTo_writesEveryFileAsStored() throws IOException {
    Path edition = SampleEdition.copyTo(dir.resolve("a/edition-2017"));

    assertThat(edition).isEqualTo(dir.resolve("a/edition-2017"));
    assertThat(SampleEdition.files()).hasSize(8).endsWith(SampleEdition.PREVIOUS);
    for (String file : SampleEdition.files()) {
      try (InputStream in = SampleEdition.open(file)) {
        assertThat(edition.resolve(file)).as(file).hasBinaryContent(in.readAllBytes());
      }
    }
  }

  @Test
  void copyTo_existingFiles_replacesThem() throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("responses.jsonl"), "not the sample\n");

    SampleEdition.copyTo(dir);

    try (InputStream in = SampleEdition.open("responses.jsonl")) {
      assertThat(dir.resolve("responses.jsonl")).hasBinaryContent(in.readAllBytes());
    }
  }

  @Test
  void copyTo_loadsWithItsPreviousEdition() throws IOException {
    Path edition = SampleEdition.copyTo(dir);

    EditionDefinitions definitions = EditionFolder.load(edition);
    Results previous = ResultsJson.read(edition.resolve(definitions.edition().previous()));

    assertThat(definitions.edition().id().value()).isEqualTo("2017");
    assertThat(definitions.structures()).hasSize(12);
    assertThat(definitions.edition().previous()).isEqualTo(SampleEdition.PREVIOUS);
    assertThat(previous.edition().value()).isEqualTo("2016");
  }

  @Test
  void expected_resultsAndRejects_areThoseOfEdition2017() throws IOException {
    String results;
    try (InputStream in = SampleEdition.expected(SampleEdition.EXPECTED_RESULTS)) {
      results = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    long rejects;
    try (InputStream in = SampleEdition.expected(SampleEdition.EXPECTED_REJECTS)) {
      rejects = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().count();
    }

    assertThat(results).contains("\"format\": \"indiko.results/1\"").contains("\"2017\"");
    assertThat(rejects).isEqualTo(78);
  }

  @Test
  void open_unknownFile_namesIt() {
    assertThatThrownBy(() -> SampleEdition.open("../expected/results.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("../expected/results.json");
    assertThatThrownBy(() -> SampleEdition.expected("trophies.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trophies.json");
  }
}

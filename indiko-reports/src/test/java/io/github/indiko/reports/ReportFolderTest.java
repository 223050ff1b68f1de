package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.EditionId;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.structure.Category;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.SourceCounts;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFolderTest {
  private static final EditionDefinitions DEFINITIONS = sample();
  private static final HtmlOptions OPTIONS = new HtmlOptions(Locale.FRENCH, ScoreScale.HUNDRED);
  private static final Set<ReportFormat> TEXT = Set.of(ReportFormat.CSV, ReportFormat.JSON);

  /** chu-x at raw, mairie-a at analysis, mairie-lyon at organisation. */
  private static final ReportSet SET =
      new ReportSet(
          ReportFixtures.OVERVIEW,
          List.of(
              reports(info("chu-x", Level.RAW)),
              reports(info("mairie-a", Level.ANALYSIS)),
              reports(ReportFixtures.LYON)));

  @TempDir Path folder;

  @Test
  void structureFiles_everyLevelOfEachStructure_inOrder() throws IOException {
    List<Path> written =
        ReportFolder.structureFiles(SET, DEFINITIONS, folder, Level.ORGANISATION, TEXT, OPTIONS);

    Path structures = folder.resolve("structures");
    assertThat(written)
        .containsExactly(
            structures.resolve("chu-x/raw.json"),
            structures.resolve("chu-x/raw.csv"),
            structures.resolve("mairie-a/raw.json"),
            structures.resolve("mairie-a/raw.csv"),
            structures.resolve("mairie-a/analysis.json"),
            structures.resolve("mairie-a/analysis.csv"),
            structures.resolve("mairie-lyon/raw.json"),
            structures.resolve("mairie-lyon/raw.csv"),
            structures.resolve("mairie-lyon/analysis.json"),
            structures.resolve("mairie-lyon/analysis.csv"),
            structures.resolve("mairie-lyon/organisation.json"),
            structures.resolve("mairie-lyon/organisation.csv"));
    assertThat(allFiles()).containsExactlyInAnyOrderElementsOf(written);
    assertThat(Files.readAllBytes(structures.resolve("mairie-lyon/organisation.json")))
        .isEqualTo(ReportJsonTest.bytes(ReportFixtures.ORGANISATION, ReportJson::write));
    assertThat(Files.readAllBytes(structures.resolve("mairie-lyon/analysis.csv")))
        .isEqualTo(ReportCsvTest.bytes(ReportFixtures.ANALYSIS, ReportCsv::write));
  }

  @Test
  void structureFiles_lowerLevelLater_removesTheOutdatedReports() throws IOException {
    Path notes = folder.resolve("structures/mairie-lyon/notes.txt");
    ReportFolder.structureFiles(
        SET, DEFINITIONS, folder, Level.ORGANISATION, Set.of(ReportFormat.JSON), OPTIONS);
    Files.writeString(notes, "kept");

    List<Path> written =
        ReportFolder.structureFiles(
            SET, DEFINITIONS, folder, Level.RAW, Set.of(ReportFormat.CSV), OPTIONS);

    List<Path> expected = new ArrayList<>(written);
    expected.add(notes);
    assertThat(allFiles()).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void structureFiles_highestAnalysis_capsLevels() throws IOException {
    List<Path> written =
        ReportFolder.structureFiles(
            SET, DEFINITIONS, folder, Level.ANALYSIS, Set.of(ReportFormat.JSON), OPTIONS);

    assertThat(written)
        .extracting(path -> folder.relativize(path).toString().replace('\\', '/'))
        .containsExactly(
            "structures/chu-x/raw.json",
            "structures/mairie-a/raw.json",
            "structures/mairie-a/analysis.json",
            "structures/mairie-lyon/raw.json",
            "structures/mairie-lyon/analysis.json");
    assertThat(allFiles()).containsExactlyInAnyOrderElementsOf(written);
  }

  @Test
  void structureFiles_highestRaw_rawOnly() throws IOException {
    List<Path> written =
        ReportFolder.structureFiles(
            SET, DEFINITIONS, folder, Level.RAW, Set.of(ReportFormat.CSV), OPTIONS);

    assertThat(written).extracting(path -> path.getFileName().toString()).containsOnly("raw.csv");
    assertThat(written).hasSize(3);
  }

  @Test
  void structureFiles_existingFile_replaced() throws IOException {
    Path raw = folder.resolve("structures/chu-x/raw.json");
    Files.createDirectories(raw.getParent());
    Files.writeString(raw, "old content that is longer than nothing");

    ReportFolder.structureFiles(SET, DEFINITIONS, folder, Level.RAW, TEXT, OPTIONS);

    assertThat(Files.readAllBytes(raw))
        .isEqualTo(ReportJsonTest.bytes(SET.structures().get(0).raw(), ReportJson::write));
  }

  @Test
  void structureFiles_renderingFails_previousFileKept_noTemporaryLeft() throws IOException {
    Path raw = folder.resolve("structures/mairie-lyon/organisation.json");
    Files.createDirectories(raw.getParent());
    Files.writeString(raw, "previous");
    OrganisationReport broken =
        new OrganisationReport(
            ReportFixtures.LYON, List.of(), List.of(), Double.NaN, null, List.of());
    StructureReports lyon = reports(ReportFixtures.LYON);
    ReportSet set =
        new ReportSet(
            ReportFixtures.OVERVIEW,
            List.of(new StructureReports(lyon.structure(), lyon.raw(), lyon.analysis(), broken)));

    assertThatThrownBy(
            () ->
                ReportFolder.structureFiles(
                    set, DEFINITIONS, folder, Level.ORGANISATION, TEXT, OPTIONS))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(Files.readString(raw)).isEqualTo("previous");
    assertThat(allFiles())
        .extracting(path -> path.getFileName().toString())
        .containsExactlyInAnyOrder(
            "raw.json", "raw.csv", "analysis.json", "analysis.csv", "organisation.json");
  }

  @Test
  void write_index_writtenFirst() throws IOException {
    List<Path> written =
        ReportFolder.write(
            SET, DEFINITIONS, folder.resolve("out"), Level.ORGANISATION, TEXT, OPTIONS);

    Path index = folder.resolve("out/index.html");
    assertThat(written.get(0)).isEqualTo(index);
    assertThat(Files.readString(index)).contains("<html");
    assertThat(written).hasSize(1 + 12);
    assertThat(allFiles()).containsExactlyInAnyOrderElementsOf(written);
  }

  private List<Path> allFiles() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  private static StructureInfo info(String id, Level level) {
    return new StructureInfo(
        new EditionId("2017"),
        new StructureId(id),
        id,
        Category.parse("commune/m"),
        level,
        ReportFixtures.FINAL);
  }

  private static StructureReports reports(StructureInfo structure) {
    RawReport raw =
        new RawReport(structure, SourceCounts.empty(), SourceCounts.empty(), List.of(), List.of());
    AnalysisReport fixture = ReportFixtures.ANALYSIS;
    AnalysisReport analysis =
        structure.level().includes(Level.ANALYSIS)
            ? new AnalysisReport(
                structure,
                fixture.target(),
                fixture.previousEdition(),
                fixture.composite(),
                fixture.partial(),
                fixture.eligible(),
                fixture.ranking(),
                fixture.satisfaction(),
                fixture.net(),
                fixture.nps(),
                fixture.satisfactionChange(),
                fixture.sources(),
                fixture.themes(),
                fixture.strengths(),
                fixture.weaknesses(),
                fixture.items())
            : null;
    OrganisationReport organisation =
        structure.level().includes(Level.ORGANISATION) ? ReportFixtures.ORGANISATION : null;
    return new StructureReports(structure, raw, analysis, organisation);
  }

  private static EditionDefinitions sample() {
    try {
      return EditionFolder.load(
          Path.of(
              ReportFolderTest.class
                  .getResource("/io/github/indiko/samples/edition-2017")
                  .toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.StructureResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auditors' agreement in the output folder: written beside the overview and linked from it
 * when the edition accepted calibration audits, absent otherwise with the overview as before, and
 * never holding a structure's id, name or score.
 */
class AgreementFolderTest {
  private static final HtmlOptions OPTIONS = new HtmlOptions(Locale.FRENCH, ScoreScale.HUNDRED);
  private static final Set<ReportFormat> ALL = EnumSet.allOf(ReportFormat.class);
  private static final Results RESULTS =
      AgreementReportTest.withAgreement(
          SampleFixture.RESULTS, AgreementReportTest.sampleAgreement());

  @TempDir Path folder;

  private static ReportSet reports(Results results) {
    return Reports.of(SampleFixture.scored(results, Map.of()), null);
  }

  private List<String> written(ReportSet reports, Set<ReportFormat> formats) {
    return ReportFolder.write(
            reports, SampleFixture.DEFINITIONS, folder, Level.ORGANISATION, formats, OPTIONS)
        .stream()
        .map(path -> folder.relativize(path).toString().replace('\\', '/'))
        .filter(name -> !name.startsWith(ReportFolder.STRUCTURES))
        .toList();
  }

  private Document index() throws IOException {
    return Jsoup.parse(Files.readString(folder.resolve(ReportFolder.INDEX)));
  }

  @Test
  void of_doublesAccepted_theSetHoldsTheAgreement() {
    assertThat(reports(SampleFixture.RESULTS).agreement()).isNull();
    assertThat(reports(RESULTS).agreement())
        .isEqualTo(AgreementReport.of(RESULTS, SampleFixture.DEFINITIONS).orElseThrow());
  }

  @Test
  void write_withoutAgreement_noAgreementFile_theOverviewAsBefore() throws IOException {
    ReportSet reports = reports(SampleFixture.RESULTS);

    assertThat(written(reports, ALL)).containsExactly("index.html");

    ByteArrayOutputStream before = new ByteArrayOutputStream();
    ReportHtml.write(reports.overview(), SampleFixture.DEFINITIONS, OPTIONS, ALL, before);
    assertThat(Files.readAllBytes(folder.resolve("index.html"))).isEqualTo(before.toByteArray());
    assertThat(index().select("#agreement, a[href^=agreement]")).isEmpty();
    try (var files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("index.html", "structures");
    }
  }

  @Test
  void write_withAgreement_itsFilesBesideTheOverview_linkedFromIt() throws IOException {
    ReportSet reports = reports(RESULTS);

    assertThat(written(reports, ALL))
        .containsExactly("index.html", "agreement.json", "agreement.csv", "agreement.html");

    Document index = index();
    assertThat(index.select("nav a").eachAttr("href")).endsWith("#agreement");
    Element section = index.selectFirst("#agreement").parent();
    assertThat(section.select("a").eachAttr("href"))
        .containsExactly("agreement.html", "agreement.json", "agreement.csv");
    assertThat(section.selectFirst("p").text()).startsWith("D'après 7 audits de calibrage");
    assertThat(Files.readAllBytes(folder.resolve("agreement.json")))
        .isEqualTo(ReportJsonTest.bytes(reports.agreement(), ReportJson::write));
    assertThat(Files.readAllBytes(folder.resolve("agreement.csv")))
        .isEqualTo(ReportJsonTest.bytes(reports.agreement(), ReportCsv::write));
  }

  @Test
  void write_htmlOnly_theAgreementsPageOnly() throws IOException {
    assertThat(written(reports(RESULTS), Set.of(ReportFormat.HTML)))
        .containsExactly("index.html", "agreement.html");
    assertThat(index().selectFirst("#agreement").parent().select("a").eachAttr("href"))
        .containsExactly("agreement.html");
  }

  @Test
  void write_laterWithoutAgreement_removesTheOutdatedAgreement() throws IOException {
    written(reports(RESULTS), ALL);
    Path notes = folder.resolve("notes.txt");
    Files.writeString(notes, "kept");

    written(reports(SampleFixture.RESULTS), ALL);

    for (String format : List.of("html", "json", "csv")) {
      assertThat(folder.resolve("agreement." + format)).doesNotExist();
    }
    assertThat(notes).hasContent("kept");
  }

  @Test
  void agreementFiles_nameNoStructureNorAnyOfItsNumbers() throws IOException {
    written(reports(RESULTS), ALL);

    List<String> forbidden = new ArrayList<>();
    for (Structure structure : SampleFixture.DEFINITIONS.structures()) {
      forbidden.add(structure.id().value());
      forbidden.add(structure.name());
    }
    for (StructureResult result : RESULTS.structures()) {
      Double composite = result.composite();
      if (composite != null) {
        forbidden.add(Double.toString(composite));
        forbidden.add(String.format(Locale.ROOT, "%.1f", composite).replace('.', ','));
      }
    }
    assertThat(forbidden).hasSizeGreaterThan(2 * SampleFixture.DEFINITIONS.structures().size());
    for (String format : List.of("html", "json", "csv")) {
      String text =
          Files.readString(folder.resolve("agreement." + format), StandardCharsets.UTF_8);
      for (String word : forbidden) {
        assertThat(text).as("agreement.%s holds %s", format, word).doesNotContain(word);
      }
    }
  }
}

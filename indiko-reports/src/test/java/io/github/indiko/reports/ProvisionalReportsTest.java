package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.structure.Level;
import io.github.indiko.scoring.ScoredEdition;
import io.github.indiko.scoring.ScoringEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Results scored before the collection closed say so on every page, overview included, and in
 * every JSON and CSV report (domain.md, Lifecycle of an edition): the 2017 sample collects until
 * 2017-11-30.
 */
class ProvisionalReportsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path tmp;

  private List<Path> write(LocalDate asOf, Locale locale) {
    ScoredEdition scored =
        ScoringEngine.builder()
            .builtIns()
            .asOf(asOf)
            .build()
            .scoreInFull(SampleFixture.DEFINITIONS, SampleFixture.EDITION, r -> {});
    return ReportFolder.write(
        Reports.of(scored, SampleFixture.PREVIOUS_RESULTS),
        SampleFixture.DEFINITIONS,
        tmp.resolve("out"),
        Level.ORGANISATION,
        EnumSet.allOf(ReportFormat.class),
        new HtmlOptions(locale, ScoreScale.HUNDRED));
  }

  private static List<Path> withExtension(List<Path> files, String extension) {
    return files.stream().filter(f -> f.toString().endsWith(extension)).toList();
  }

  private static Document page(Path file) throws IOException {
    return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void write_scoredDuringCollection_everyPageSaysProvisional() throws IOException {
    List<Path> written = write(LocalDate.of(2017, 10, 2), Locale.ENGLISH);

    List<Path> pages = withExtension(written, ".html");
    assertThat(pages).hasSizeGreaterThan(20).contains(tmp.resolve("out/index.html"));
    assertThat(pages.stream().map(p -> p.getFileName().toString()).distinct())
        .contains("index.html", "raw.html", "analysis.html", "organisation.html");
    for (Path file : pages) {
      Document page = page(file);
      Element notice = page.selectFirst("main > h1 + p.provisional[role=note]");
      assertThat(notice).as(file.toString()).isNotNull();
      assertThat(notice.text())
          .as(file.toString())
          .isEqualTo(
              "Provisional results. Scored as of 2017-10-02, before the collection was closed:"
                  + " these numbers will change.");
      assertThat(notice.selectFirst("strong")).isNotNull();
    }
  }

  @Test
  void write_scoredDuringCollectionInFrench_saysItInFrench() throws IOException {
    List<Path> written = write(LocalDate.of(2017, 11, 30), Locale.FRENCH);

    for (Path file : withExtension(written, ".html")) {
      assertThat(page(file).select("p.provisional").text())
          .as(file.toString())
          .startsWith("Résultats provisoires. Calculés au 30/11/2017");
    }
  }

  @Test
  void write_scoredDuringCollection_jsonAndCsvSayProvisional() throws IOException {
    List<Path> written = write(LocalDate.of(2017, 10, 2), Locale.ENGLISH);

    List<Path> documents = withExtension(written, ".json");
    assertThat(documents).isNotEmpty();
    for (Path file : documents) {
      JsonNode document = JSON.readTree(file.toFile());
      assertThat(document.get("asOf").stringValue()).as(file.toString()).isEqualTo("2017-10-02");
      assertThat(document.get("provisional").booleanValue()).as(file.toString()).isTrue();
    }
    List<Path> tables = withExtension(written, ".csv");
    assertThat(tables).isNotEmpty();
    for (Path file : tables) {
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as(file.toString())
          .contains("\r\nreport,,,asOf,2017-10-02\r\nreport,,,provisional,true\r\n");
    }
  }

  @Test
  void write_scoredAfterCollection_noPageSaysProvisional() throws IOException {
    List<Path> written = write(LocalDate.of(2017, 12, 1), Locale.ENGLISH);

    for (Path file : withExtension(written, ".html")) {
      Document page = page(file);
      assertThat(page.select(".provisional")).as(file.toString()).isEmpty();
      assertThat(page.text()).as(file.toString()).doesNotContain("Provisional");
    }
    for (Path file : withExtension(written, ".json")) {
      assertThat(JSON.readTree(file.toFile()).get("provisional").booleanValue()).isFalse();
    }
  }
}

package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.structure.Level;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ScoredEdition;
import io.github.indiko.scoring.ScoringEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole chain on the sample edition, whose data is hostile on purpose (free-text answers such
 * as {@code =HYPERLINK(…)}, {@code <script>…}, {@code <img onerror…>}, right-to-left marks), with a
 * structure renamed to hostile markup: engine, reports, files. Every page and every CSV file comes
 * out inert.
 */
class SampleReportFolderTest {
  private static final String HOSTILE_NAME = "\"><img src=x onerror=alert(1)> \u202Eevil";

  @TempDir static Path tmp;
  private static Path out;
  private static List<Path> written;

  @BeforeAll
  static void writeEveryReport() throws IOException {
    Path edition = tmp.resolve("edition");
    Files.createDirectories(edition);
    try (Stream<Path> files = Files.list(SampleFixture.EDITION)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, edition.resolve(file.getFileName()));
      }
    }
    // The sample's edition.json names its previous results, previous-2016/results.json.
    Files.createDirectories(edition.resolve("previous-2016"));
    Files.copy(SampleFixture.PREVIOUS, edition.resolve("previous-2016/results.json"));
    replace(
        edition.resolve("structures.json"),
        "\"name\": \"Mairie de Trévennec\"",
        "\"name\": \"" + HOSTILE_NAME.replace("\"", "\\\"") + "\"");

    EditionDefinitions definitions = EditionFolder.load(edition);
    ScoredEdition scored =
        ScoringEngine.builder().builtIns().build().scoreInFull(definitions, edition, r -> {});
    Results previous = Reports.previous(definitions, edition).orElseThrow();
    ReportSet reports = Reports.of(scored, previous);
    out = tmp.resolve("out");
    written =
        ReportFolder.write(
            reports,
            definitions,
            out,
            Level.ORGANISATION,
            EnumSet.allOf(ReportFormat.class),
            new HtmlOptions(Locale.FRENCH, ScoreScale.HUNDRED));
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  @Test
  void write_everyStructureGetsTheLevelsOfItsEnrolment() {
    // enrolments.json: 4 raw, 4 analysis, 3 organisation; three formats each, and index.html.
    assertThat(written).hasSize(1 + 3 * (4 + 4 * 2 + 3 * 3));
    assertThat(written.get(0)).isEqualTo(out.resolve("index.html"));
    assertThat(out.resolve("structures/mairie-ezanville/analysis.html")).doesNotExist();
    assertThat(out.resolve("structures/caf-lanvezec/organisation.json")).doesNotExist();
    assertThat(out.resolve("structures/caf-lanvezec/analysis.csv")).isNotEmptyFile();
    assertThat(out.resolve("structures/mairie-trevennec/organisation.html")).isNotEmptyFile();
  }

  @Test
  void write_everyPageIsInert() throws IOException {
    for (Path file : written) {
      if (file.toString().endsWith(".html")) {
        ReportHtmlTest.assertInert(Jsoup.parse(file.toFile(), "UTF-8"));
      }
    }
  }

  @Test
  void write_hostileAnswersAndNamesAreTextInThePages() throws IOException {
    StringBuilder rawText = new StringBuilder();
    try (Stream<Path> pages = Files.list(out.resolve("structures"))) {
      for (Path folder : (Iterable<Path>) pages::iterator) {
        rawText.append(Jsoup.parse(folder.resolve("raw.html").toFile(), "UTF-8").text());
      }
    }
    assertThat(rawText.toString())
        .contains("<script>alert('xss')</script>")
        .contains("<img src=x onerror=alert(document.cookie)>")
        .contains("=cmd|' /C calc'!A0")
        .contains("</td></tr></table><h1>Injected</h1><!--");
    for (String level : List.of("raw", "analysis", "organisation")) {
      Document page =
          Jsoup.parse(out.resolve("structures/mairie-trevennec/" + level + ".html").toFile(), "UTF-8");
      assertThat(page.select("h1").text()).contains(HOSTILE_NAME);
    }
  }

  @Test
  void write_indexLinksEveryWrittenReportAndNothingElse() throws IOException {
    Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    List<Path> linked = new ArrayList<>();
    for (Element link : index.select("a[href]")) {
      String href = link.attr("href");
      if (!href.startsWith("#")) {
        linked.add(out.resolve(href).normalize());
      }
    }
    assertThat(linked).containsExactlyInAnyOrderElementsOf(written.subList(1, written.size()));
  }

  @Test
  void write_noCsvCellStartsAFormula() throws IOException {
    Set<Character> dangerous = Set.of('=', '+', '-', '@', '\t', '\r', '\n');
    int neutralised = 0;
    for (Path file : written) {
      if (!file.toString().endsWith(".csv")) {
        continue;
      }
      byte[] bytes = Files.readAllBytes(file);
      assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
      String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
      for (List<String> row : Rfc4180.parse(text)) {
        for (String cell : row) {
          if (!cell.isEmpty() && dangerous.contains(cell.charAt(0))) {
            assertThat(cell).as(file + ": a number").matches("-[0-9]+(\\.[0-9]+)?");
          }
          if (cell.startsWith("'=") || cell.startsWith("'@") || cell.startsWith("'+")) {
            neutralised++;
          }
        }
      }
    }
    assertThat(neutralised).isPositive();
  }
}

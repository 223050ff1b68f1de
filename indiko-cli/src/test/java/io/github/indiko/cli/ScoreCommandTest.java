package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.indiko.samples.SampleEdition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ScoreCommandTest {
  @TempDir Path tmp;

  @Test
  void score_sampleEdition_writesTheExpectedResults() {
    Path edition = CliRun.sample(tmp);
    Path out = tmp.resolve("out");

    CliRun run = CliRun.run("score", edition.toString(), "--out", out.toString(), "--threads", "3");

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    JsonNode actual = CliRun.json(CliRun.read(out.resolve("results.json")));
    JsonNode expected = CliRun.json(CliRun.expected(SampleEdition.EXPECTED_RESULTS));
    assertThat(actual.get("format").asString()).isEqualTo("indiko.results/1");
    assertThat(actual.get("counts")).isEqualTo(expected.get("counts"));
    Map<String, JsonNode> structures = byId(actual);
    Map<String, JsonNode> expectedStructures = byId(expected);
    assertThat(structures.keySet()).isEqualTo(expectedStructures.keySet());
    for (String id :
        List.of("caf-lanvezec", "ch-castelbrune", "mairie-trevennec", "mairie-ezanville")) {
      double composite = expectedStructures.get(id).get("composite").asDouble();
      assertThat(structures.get(id).get("composite").asDouble())
          .as(id)
          .isCloseTo(composite, within(Math.abs(composite) * 1e-9));
    }
    assertThat(structures.get("commissariat-lezignac").get("composite").isNull()).isTrue();
    expectedStructures.forEach(
        (id, structure) ->
            assertThat(structures.get(id).get("rank")).as(id).isEqualTo(structure.get("rank")));
  }

  @Test
  void score_sampleEdition_writesTheExpectedRejectsAndTrophies() {
    Path edition = CliRun.sample(tmp);
    Path out = tmp.resolve("out");

    CliRun run = CliRun.run("score", edition.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    assertThat(keys(CliRun.read(out.resolve("rejects.jsonl"))))
        .hasSize(78)
        .isEqualTo(keys(CliRun.expected(SampleEdition.EXPECTED_REJECTS)));
    JsonNode trophies = CliRun.json(CliRun.read(out.resolve("trophies.json")));
    assertThat(trophies.get("trophies").get(0).get("structure").asString())
        .isEqualTo("mairie-trevennec");
    assertThat(trophies.get("notAwarded").size()).isEqualTo(6);
    assertThat(trophies.get("consultation").get(0).get("structure").asString())
        .isEqualTo("mairie-ezanville");
    assertThat(run.out())
        .contains("wrote " + out.resolve("results.json"))
        .contains("wrote " + out.resolve("rejects.jsonl") + " (78 rejected lines)")
        .contains("wrote " + out.resolve("trophies.json"))
        .containsPattern("responses.jsonl +2000 +1940 +60");
  }

  @Test
  void score_defaults_writeEveryLevelEachStructureIsEnrolledFor() {
    Path edition = CliRun.sample(tmp);
    Path out = tmp.resolve("out");

    CliRun run = CliRun.run("score", edition.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    assertThat(out.resolve("index.html")).isNotEmptyFile();
    // enrolments.json of the sample: levels raw, analysis and organisation.
    Map<String, List<String>> expected =
        Map.of(
            "mairie-ezanville", List.of("raw"),
            "caf-lanvezec", List.of("raw", "analysis"),
            "mairie-trevennec", List.of("raw", "analysis", "organisation"));
    expected.forEach(
        (id, levels) -> {
          Path folder = out.resolve("structures").resolve(id);
          for (String level : List.of("raw", "analysis", "organisation")) {
            for (String format : List.of("json", "csv", "html")) {
              Path file = folder.resolve(level + "." + format);
              if (levels.contains(level)) {
                assertThat(file).as(id + " " + level).isNotEmptyFile();
              } else {
                assertThat(file).as(id + " " + level).doesNotExist();
              }
            }
          }
        });
    // Eleven structures are enrolled: 4 raw, 4 analysis, 3 organisation (enrolments.json).
    assertThat(run.out())
        .contains(
            "wrote "
                + out.resolve("index.html")
                + " and "
                + 3 * (4 + 4 * 2 + 3 * 3)
                + " reports of 11 structures");
  }

  @Test
  void score_levelAndFormat_capWhatIsWritten() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path out = tmp.resolve("out");

    CliRun run =
        CliRun.run(
            "score",
            edition.toString(),
            "--out",
            out.toString(),
            "--level",
            "analysis",
            "--format",
            "json,html",
            "--locale",
            "en",
            "--scale",
            "10");

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    Path trevennec = out.resolve("structures/mairie-trevennec");
    try (var files = Files.list(trevennec)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted())
          .containsExactly("analysis.html", "analysis.json", "raw.html", "raw.json");
    }
    String page = CliRun.read(trevennec.resolve("analysis.html"));
    assertThat(page).contains("<html lang=\"en\"").contains("/10");
  }

  @Test
  void score_missingPreviousResults_exits4NamingTheFile() {
    Path edition = CliRun.sample(tmp);
    CliRun.edit(
        edition.resolve("edition.json"),
        "\"previous\": \"previous-2016/results.json\"",
        "\"previous\": \"nowhere/results.json\"");

    CliRun run = CliRun.run("score", edition.toString(), "--out", tmp.resolve("out").toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.IO);
    assertThat(run.err()).contains("nowhere").contains("results.json");
  }

  @Test
  void score_unknownScale_exits2() {
    CliRun run = CliRun.run("score", "x", "--out", "y", "--scale", "20");

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err()).contains("expected 100 or 10, not '20'");
  }

  @Test
  void score_unknownLevel_exits2() {
    CliRun run = CliRun.run("score", "x", "--out", "y", "--level", "gold");

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err()).contains("expected raw, analysis or organisation, not 'gold'");
  }

  @Test
  void score_unknownFormat_exits2() {
    CliRun run = CliRun.run("score", "x", "--out", "y", "--format", "json,pdf");

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err()).contains("expected json, csv or html, not 'pdf'");
  }

  @Test
  void score_noThreads_exits2() {
    Path edition = CliRun.sample(tmp);

    CliRun run = CliRun.run("score", edition.toString(), "--out", "y", "--threads", "0");

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err()).contains("--threads must be at least 1");
  }

  @Test
  void score_unknownStrategy_exits3ListingTheRegisteredOnes() {
    Path edition = CliRun.sample(tmp);
    CliRun.edit(edition.resolve("edition.json"), "\"survey\": \"mean\"", "\"survey\": \"median\"");

    CliRun run = CliRun.run("score", edition.toString(), "--out", tmp.resolve("out").toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.DEFINITIONS);
    assertThat(run.err())
        .startsWith("indiko: edition.json at /scoring/survey: ")
        .contains("median")
        .contains("mean", "share-at-least", "top-box")
        .doesNotContain("\tat ");
  }

  @Test
  void score_brokenEditionJson_exits3NamingTheFileAndPointer() {
    Path edition = CliRun.sample(tmp);
    CliRun.edit(
        edition.resolve("edition.json"),
        "\"format\": \"indiko.edition/1\",",
        "\"format\": \"indiko.edition/1\", \"bogus\": 1,");

    CliRun run = CliRun.run("score", edition.toString(), "--out", tmp.resolve("out").toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.DEFINITIONS);
    assertThat(run.err()).isEqualTo("indiko: edition.json at /bogus: unknown member \"bogus\"\n");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void score_outIsAFile_exits2AndLeavesIt() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path file = Files.writeString(tmp.resolve("a-file"), "x");

    CliRun run = CliRun.run("score", edition.toString(), "--out", file.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err())
        .startsWith("indiko: --out: " + file + " exists and is not a folder;")
        .doesNotContain("\tat ");
    assertThat(file).hasContent("x");
  }

  @Test
  void score_missingFolder_exits4() {
    CliRun run =
        CliRun.run(
            "score", tmp.resolve("nowhere").toString(), "--out", tmp.resolve("out").toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.IO);
    assertThat(run.err()).startsWith("indiko: ").contains("nowhere");
  }

  private static Map<String, JsonNode> byId(JsonNode results) {
    Map<String, JsonNode> structures = new TreeMap<>();
    results
        .get("structures")
        .forEach(structure -> structures.put(structure.get("id").asString(), structure));
    return structures;
  }

  /** The source, line, id and reason of every reject, in order. */
  static List<String> keys(String jsonl) {
    return jsonl
        .lines()
        .map(CliRun::json)
        .map(
            reject ->
                reject.get("source").asString()
                    + " "
                    + reject.get("line").asLong()
                    + " "
                    + reject.get("id")
                    + " "
                    + reject.get("reason").asString())
        .toList();
  }
}

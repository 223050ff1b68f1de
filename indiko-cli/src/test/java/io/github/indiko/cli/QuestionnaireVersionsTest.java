package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code indiko validate} and {@code indiko score} on an edition folder whose edition names two
 * versions of its questionnaire (analysis.md §A4), the test resource {@code versions-edition}:
 * {@code questionnaires/accueil-3.json} asks {@code wait_minutes}, {@code accueil-4.json} asks
 * {@code signage_clear} instead and rewords {@code courtesy_staff}. Of its 11 responses, 7 are
 * accepted (mairie-a: 2 of version 3 and 2 of version 4; mairie-b: 1 and 2); one names version 5,
 * two answer a question of the other version, one lacks a required answer.
 */
class QuestionnaireVersionsTest {
  @TempDir Path tmp;

  private Path edition;

  @BeforeEach
  void copyEdition() throws IOException, URISyntaxException {
    Path source =
        Path.of(
                QuestionnaireVersionsTest.class
                    .getResource("versions-edition/edition.json")
                    .toURI())
            .getParent();
    edition = tmp.resolve("versions-edition");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Files.copy(file, edition.resolve(source.relativize(file).toString()));
      }
    }
  }

  @Test
  void validate_twoVersionFolder_checksEachResponseAgainstItsVersion() {
    Path rejects = tmp.resolve("rejects.jsonl");

    CliRun run = CliRun.run("validate", edition.toString(), "--rejects", rejects.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.REJECTED);
    assertThat(run.out())
        .containsPattern("(?m)^responses\\.jsonl +11 +7 +4$")
        .containsPattern("(?m)^audits\\.jsonl +3 +3 +0$")
        .containsPattern("(?m)^unknown_question +2 +0$")
        .containsPattern("(?m)^unknown_questionnaire +1 +0$")
        .containsPattern("(?m)^missing_required +1 +0$");
    List<JsonNode> lines = CliRun.read(rejects).lines().map(CliRun::json).toList();
    assertThat(lines)
        .extracting(line -> line.get("id").asString() + " " + line.get("message").asString())
        .containsExactly(
            "r-08 questionnaire \"accueil\" v5 is not the edition's",
            "r-09 unknown question \"signage_clear\"",
            "r-10 unknown question \"wait_minutes\"",
            "r-11 required question overall is not answered");
  }

  @Test
  void importThenExport_twoVersionFolder_writesTheQuestionnairesFolderBack() throws IOException {
    String store = "jdbc:sqlite:" + tmp.resolve("versions.db");
    Path out = tmp.resolve("exported");

    CliRun imported = CliRun.run("import", edition.toString(), "--store", store);
    CliRun exported =
        CliRun.run("export", edition.toString(), "--store", store, "--out", out.toString());

    assertThat(imported.exitCode()).as(imported.err()).isEqualTo(Indiko.OK);
    assertThat(exported.exitCode()).as(exported.err()).isEqualTo(Indiko.OK);
    for (String file :
        List.of("edition.json", "questionnaires/accueil-3.json", "questionnaires/accueil-4.json")) {
      assertThat(out.resolve(file)).hasSameBinaryContentAs(edition.resolve(file));
    }
    assertThat(out.resolve("questionnaire.json")).doesNotExist();
    assertThat(CliRun.run("validate", out.toString()).out())
        .containsPattern("(?m)^responses\\.jsonl +7 +7 +0$");
  }

  @Test
  void score_twoVersionFolder_resultsAndRawReportsCountResponsesPerVersion() {
    Path out = tmp.resolve("out");

    CliRun run =
        CliRun.run("score", edition.toString(), "--out", out.toString(), "--as-of", "2018-12-01");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Indiko.OK);
    JsonNode results = CliRun.json(CliRun.read(out.resolve("results.json")));
    JsonNode a = results.get("structures").get(0);
    JsonNode b = results.get("structures").get(1);
    assertThat(a.get("id").asString()).isEqualTo("mairie-a");
    assertThat(a.get("versions").toString()).isEqualTo("{\"3\":2,\"4\":2}");
    assertThat(b.get("versions").toString()).isEqualTo("{\"3\":1,\"4\":2}");
    assertThat(a.propertyNames()).containsSubsequence("responses", "versions", "audits");
    // wait_minutes only version 3 asks, signage_clear only version 4; courtesy_staff both.
    assertThat(a.get("items").get("wait_minutes").get("n").asLong()).isEqualTo(2);
    assertThat(a.get("items").get("signage_clear").get("n").asLong()).isEqualTo(2);
    assertThat(a.get("items").get("courtesy_staff").get("n").asLong()).isEqualTo(4);
    JsonNode raw = CliRun.json(CliRun.read(out.resolve("structures/mairie-b/raw.json")));
    assertThat(raw.get("versions").toString()).isEqualTo("{\"3\":1,\"4\":2}");
    assertThat(raw.get("questions"))
        .extracting(q -> q.get("id").asString() + " " + q.get("versions") + " " + q.get("na"))
        .containsExactly(
            "courtesy_staff [3,4] 0",
            "signage_clear [4] 1",
            "overall [3,4] 0",
            "wait_minutes [3] 0");
    assertThat(CliRun.read(out.resolve("structures/mairie-b/raw.html")))
        .contains("L&#39;accueil a-t-il été aimable ?")
        .contains("Combien de minutes avez-vous attendu ?");
  }
}

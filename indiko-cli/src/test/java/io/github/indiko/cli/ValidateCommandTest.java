package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.samples.SampleEdition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ValidateCommandTest {
  @TempDir Path tmp;

  @Test
  void validate_sampleEdition_exits1AndPrintsTheExpectedCounts() {
    Path edition = CliRun.sample(tmp);

    CliRun run = CliRun.run("validate", edition.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.REJECTED);
    JsonNode counts = CliRun.json(CliRun.expected(SampleEdition.EXPECTED_RESULTS)).get("counts");
    JsonNode responses = counts.get("responses");
    JsonNode audits = counts.get("audits");
    assertThat(responses.get("read").asLong()).isEqualTo(2000);
    assertThat(responses.get("accepted").asLong()).isEqualTo(1940);
    assertThat(run.out())
        .containsPattern(row("responses.jsonl", responses, "read", "accepted", "rejected"))
        .containsPattern(row("audits.jsonl", audits, "read", "accepted", "rejected"));
    Set<String> reasons = new HashSet<>();
    responses.get("byReason").propertyNames().forEach(reasons::add);
    audits.get("byReason").propertyNames().forEach(reasons::add);
    for (String reason : reasons) {
      long inResponses = responses.get("byReason").path(reason).asLong(0);
      long inAudits = audits.get("byReason").path(reason).asLong(0);
      assertThat(run.out())
          .as(reason)
          .containsPattern("(?m)^" + reason + " +" + inResponses + " +" + inAudits + "$");
    }
    // Nothing but the progress lines a slow machine may show after two seconds.
    assertThat(run.err().lines()).allMatch(line -> line.startsWith("indiko: validating… "));
  }

  @Test
  void validate_withRejects_writesTheExpectedRejects() {
    Path edition = CliRun.sample(tmp);
    Path rejects = tmp.resolve("rejects.jsonl");

    CliRun run = CliRun.run("validate", edition.toString(), "--rejects", rejects.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.REJECTED);
    assertThat(ScoreCommandTest.keys(CliRun.read(rejects)))
        .hasSize(78)
        .isEqualTo(ScoreCommandTest.keys(CliRun.expected(SampleEdition.EXPECTED_REJECTS)));
    assertThat(run.out()).contains("wrote 78 rejected lines to " + rejects);
  }

  @Test
  void validate_onlyAcceptedLines_exits0() throws IOException {
    Path edition = CliRun.sample(tmp);
    Map<String, Set<Long>> rejected =
        CliRun.expected(SampleEdition.EXPECTED_REJECTS)
            .lines()
            .map(CliRun::json)
            .collect(
                Collectors.groupingBy(
                    reject -> reject.get("source").asString(),
                    Collectors.mapping(reject -> reject.get("line").asLong(), Collectors.toSet())));
    for (Map.Entry<String, Set<Long>> source : rejected.entrySet()) {
      // Latin-1 keeps every byte as it is: some sample lines are not UTF-8 on purpose.
      Path file = edition.resolve(source.getKey());
      String[] lines = Files.readString(file, StandardCharsets.ISO_8859_1).split("\n", -1);
      for (long line : source.getValue()) {
        lines[(int) line - 1] = "";
      }
      Files.writeString(file, String.join("\n", lines), StandardCharsets.ISO_8859_1);
    }

    CliRun run = CliRun.run("validate", edition.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    assertThat(run.out())
        .containsPattern("responses.jsonl +1940 +1940 +0")
        .doesNotContain("reason");
  }

  @Test
  void score_weightingOnAnUndeclaredKey_exits3NamingTheKey() {
    Path edition = CliRun.sample(tmp);
    CliRun.edit(
        edition.resolve("edition.json"),
        "\"survey\": \"mean\",",
        "\"weighting\": {\"method\": \"raking\", \"keys\": [\"age\"]}, \"survey\": \"mean\",");

    CliRun run = CliRun.run("score", edition.toString(), "--out", tmp.resolve("out").toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.DEFINITIONS);
    assertThat(run.err())
        .contains("edition.json at /scoring/weighting/keys/0: ")
        .contains("weighting key age is not a segment key of the questionnaire")
        .contains("which declares none")
        .doesNotContain("\tat ");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void validate_brokenEditionJson_exits3NamingTheFileAndPointer() {
    Path edition = CliRun.sample(tmp);
    CliRun.edit(
        edition.resolve("edition.json"), "\"minimumResponses\": 30", "\"minimumResponses\": -1");

    CliRun run = CliRun.run("validate", edition.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.DEFINITIONS);
    assertThat(run.err())
        .startsWith("indiko: edition.json at /scoring/minimumResponses: ")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void validate_missingFolder_exits4() {
    CliRun run = CliRun.run("validate", tmp.resolve("nowhere").toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.IO);
    assertThat(run.err()).startsWith("indiko: ").contains("nowhere").doesNotContain("\tat ");
  }

  @Test
  void validate_missingDataFile_exits4NamingIt() throws IOException {
    Path edition = CliRun.sample(tmp);
    Files.delete(edition.resolve("audits.jsonl"));

    CliRun run = CliRun.run("validate", edition.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.IO);
    assertThat(run.err())
        .isEqualTo("indiko: missing file " + edition.resolve("audits.jsonl") + "\n");
  }

  @Test
  void validate_rejectsIntoAFolder_exits4() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path folder = Files.createDirectory(tmp.resolve("a-folder"));

    CliRun run = CliRun.run("validate", edition.toString(), "--rejects", folder.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.IO);
    // A progress line may come first on a loaded machine: the failure is a line of its own.
    assertThat(run.err().lines())
        .anyMatch(line -> line.startsWith("indiko: cannot write " + folder));
  }

  private static String row(String source, JsonNode counts, String... columns) {
    StringBuilder pattern = new StringBuilder("(?m)^" + Pattern.quote(source));
    for (String column : columns) {
      pattern.append(" +").append(counts.get(column).asLong());
    }
    return pattern.append("$").toString();
  }
}

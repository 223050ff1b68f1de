package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated edition with calibration doubles (analysis.md §A5), validated and scored by the
 * command line: every double is accepted, and the score writes the auditors' agreement, linked
 * from the overview, and {@code agreement} in {@code results.json}.
 */
class DoublesScoreCommandTest {
  @TempDir Path tmp;

  @Test
  void generateValidateScore_editionWithDoubles_everyDoubleAcceptedAndTheAgreementWritten()
      throws IOException {
    Path edition = tmp.resolve("doubled");
    Path out = tmp.resolve("out");
    Path rejects = tmp.resolve("rejects.jsonl");

    CliRun generate = CliRun.run("generate", "--out", edition.toString(), "--doubles", "0.2");
    List<String> audits = Files.readAllLines(edition.resolve("audits.jsonl"));
    CliRun validate =
        CliRun.run("validate", edition.toString(), "--rejects", rejects.toString());
    CliRun score =
        CliRun.run(
            "score", edition.toString(), "--out", out.toString(), "--as-of", "2099-01-01");

    assertThat(generate.exitCode()).as(generate.err()).isZero();
    assertThat(audits).filteredOn(line -> line.contains("\"of\":\"")).isNotEmpty();
    assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
    assertThat(Files.readString(rejects, StandardCharsets.UTF_8)).isEmpty();
    assertThat(score.exitCode()).as(score.err()).isZero();
    assertThat(out.resolve("agreement.html")).isRegularFile();
    assertThat(out.resolve("agreement.json")).isRegularFile();
    assertThat(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8))
        .contains("href=\"agreement.html\"");
    assertThat(Files.readString(out.resolve("results.json"), StandardCharsets.UTF_8))
        .contains("\"agreement\"", "\"doubles\"");
  }
}

package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path tmp;

  @Test
  void demo_out_writesTheInputAndTheResults() {
    CliRun run = CliRun.run("demo", "--out", tmp.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    for (String name : DemoCommand.FILES) {
      assertThat(tmp.resolve("input").resolve(name)).isNotEmptyFile();
    }
    assertThat(CliRun.read(tmp.resolve("input/responses.jsonl")))
        .isEqualTo(CliRun.read(CliRun.sample(tmp.resolve("copy")).resolve("responses.jsonl")));
    Path results = tmp.resolve("results");
    assertThat(results.resolve("results.json")).isNotEmptyFile();
    assertThat(results.resolve("rejects.jsonl")).isNotEmptyFile();
    assertThat(results.resolve("trophies.json")).isNotEmptyFile();
    assertThat(run.out())
        .contains("results: " + results.resolve("results.json").toAbsolutePath().normalize());
  }
}

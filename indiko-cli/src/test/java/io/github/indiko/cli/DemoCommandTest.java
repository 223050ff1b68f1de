package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.samples.SampleEdition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path tmp;

  @Test
  void demo_out_writesTheInputAndTheResults() throws IOException {
    CliRun run = CliRun.run("demo", "--out", tmp.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    for (String name : SampleEdition.files()) {
      assertThat(tmp.resolve("input").resolve(name)).isNotEmptyFile();
    }
    Path sample = CliRun.sample(tmp.resolve("copy"));
    for (String name : SampleEdition.files()) {
      assertThat(Files.mismatch(tmp.resolve("input").resolve(name), sample.resolve(name)))
          .as(name)
          .isEqualTo(-1);
    }
    Path results = tmp.resolve("results");
    assertThat(results.resolve("results.json")).isNotEmptyFile();
    assertThat(results.resolve("rejects.jsonl")).isNotEmptyFile();
    assertThat(results.resolve("trophies.json")).isNotEmptyFile();
    Path index = results.resolve("index.html").toAbsolutePath().normalize();
    assertThat(run.out())
        .contains("results: " + results.resolve("results.json").toAbsolutePath().normalize())
        .contains("open in a browser: " + index);
    String html = Files.readString(index);
    for (String id : List.of("mairie-trevennec", "caf-lanvezec", "mairie-ezanville")) {
      assertThat(html).contains("structures/" + id + "/raw.html");
    }
    assertThat(results.resolve("structures/mairie-trevennec/organisation.html")).isNotEmptyFile();
  }
}

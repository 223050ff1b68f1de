package io.github.indiko.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runs under the profiler of benchmarks/profile. */
class ProfileRunsTest {
  @TempDir Path folder;

  @Test
  void run_tellsTheProfilerAroundTheProfiledRunsOnly() throws IOException {
    Path edition = Editions.ensure(folder, 50, new PrintStream(new ByteArrayOutputStream()));
    Path control = Files.createFile(folder.resolve("control"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    ProfileRuns.run(
        edition, 2, 1, 3, control, new PrintStream(out, true, StandardCharsets.UTF_8));

    assertThat(Files.readString(control)).isEqualTo("enable\ndisable\n");
    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .hasSize(4)
        .element(3)
        .asString()
        .startsWith("2 threads, 3 runs after 1 warm-up runs: median ");
  }
}

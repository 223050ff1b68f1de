package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code indiko score} into a real file system that fills up (cli.md, What `score` writes): a 1 MiB
 * tmpfs, which holds a run at the raw level in JSON but not every report. Mounting needs root (or
 * the right to mount): elsewhere the test is skipped, saying why, and {@link FaultToleranceTest}
 * covers the same failure through a simulated disk.
 */
class FullFileSystemTest {
  @TempDir Path tmp;

  private Path mount;
  private boolean mounted;

  @BeforeEach
  void mountASmallFileSystem() throws IOException, InterruptedException {
    mount = Files.createDirectory(tmp.resolve("small"));
    Process process =
        new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount.toString())
            .redirectErrorStream(true)
            .start();
    String said = new String(process.getInputStream().readAllBytes());
    mounted = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    assumeTrue(mounted, "cannot mount a 1 MiB tmpfs here (root is needed): " + said.strip());
  }

  @AfterEach
  void unmount() throws IOException, InterruptedException {
    if (mounted) {
      assertThat(new ProcessBuilder("umount", mount.toString()).start().waitFor()).isZero();
    }
  }

  @Test
  void score_fileSystemFillsUp_namesTheFileAndLeavesThePreviousSet() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path out = mount.resolve("results");
    CliRun first =
        CliRun.run(
            "score",
            edition.toString(),
            "--out",
            out.toString(),
            "--level",
            "raw",
            "--format",
            "json");
    assertThat(first.exitCode()).as(first.err()).isZero();
    Map<String, String> previous = OutputFolderTest.tree(out);

    CliRun run = CliRun.run("score", edition.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.IO);
    assertThat(run.err())
        .matches(
            "indiko: cannot write "
                + Pattern.quote(out.toString())
                + "/[^ ]+: No space left on device \\("
                + Pattern.quote(out.toString())
                + " is left as it was\\)\n")
        .doesNotContain(".indiko-new-");
    assertThat(OutputFolderTest.tree(out)).isEqualTo(previous);
    try (Stream<Path> siblings = Files.list(mount)) {
      assertThat(siblings.map(path -> path.getFileName().toString()).toList())
          .containsExactlyInAnyOrderElementsOf(List.of("results", ".results.indiko-lock"));
    }
  }
}

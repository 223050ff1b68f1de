package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.samples.SyntheticEdition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code indiko score} in a child JVM whose heap is too small for the edition, as a user would
 * meet it: a synthetic edition of 4 000 structures needs more than 32 MiB (its tallies fill the
 * heap in the engine's worker threads).
 */
class OutOfMemoryTest {
  private static final Pattern LINE =
      Pattern.compile(
          "indiko: out of memory \\(heap (\\d+) MiB\\): run again with a larger heap, e\\.g\\."
              + " JAVA_OPTS=-Xmx2g \\./indiko … or java -Xmx2g -jar indiko\\.jar …");

  @TempDir Path tmp;

  @Test
  void score_heapTooSmall_exits5WithOneLineNamingTheHeapAndNoStackTrace()
      throws IOException, InterruptedException {
    Path edition = tmp.resolve("edition");
    new SyntheticEdition(4_000, 500, 50, 1, 0, false, true).write(edition);
    Path out = tmp.resolve("stdout.txt");
    Path err = tmp.resolve("stderr.txt");
    Process process =
        ChildIndiko.of(
                "32m", "score", edition.toString(), "--out", tmp.resolve("results").toString())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("indiko score did not end in 5 minutes");
    }
    List<String> lines = Files.readAllLines(err);

    assertThat(process.exitValue()).as(String.join("\n", lines)).isEqualTo(Indiko.MEMORY);
    // Progress lines may come first: the failure is the last line, and the only one of its kind.
    assertThat(lines).last().asString().matches(LINE);
    assertThat(lines)
        .filteredOn(line -> line.contains("memory") || line.contains("Error"))
        .hasSize(1);
    assertThat(lines).noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception"));
    Matcher heap = LINE.matcher(lines.get(lines.size() - 1));
    assertThat(heap.matches()).isTrue();
    assertThat(Integer.parseInt(heap.group(1))).isBetween(16, 32);
  }
}

package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.samples.HostileEdition;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The acceptance case of docs/limits.md, "The hostile edition": the hostile edition ({@link
 * HostileEdition#defaults()}: about 100 000 response lines, a third invalid in every way the
 * testkit knows, a 50 MiB line, 100 000-deep nestings, invalid UTF-8, NUL bytes…) scored by {@code
 * indiko score} in a child JVM of 128 MiB heap, as a user would run it.
 *
 * <p>Every count is checked against the files themselves, read byte by byte here: lines (ended by
 * {@code \n}) and blank lines (only spaces, tabs and {@code \r}, formats.md).
 */
class HostileScoreTest {
  private static final Pattern COUNTS =
      Pattern.compile(
          "(?m)^\\s*(responses\\.jsonl|audits\\.jsonl)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*$");

  @TempDir static Path tmp;

  private static List<HostileEdition.Line> hostile;
  private static Scored run;

  /** What the child JVM did. */
  private record Scored(int exitCode, String out, String err, Path folder) {}

  @BeforeAll
  static void scoreInAChildJvm() throws IOException, InterruptedException {
    Path edition = tmp.resolve("edition");
    hostile = HostileEdition.defaults().write(edition);
    Path folder = tmp.resolve("out");
    Path out = tmp.resolve("stdout.txt");
    Path err = tmp.resolve("stderr.txt");
    Process process =
        ChildIndiko.of("128m", "score", edition.toString(), "--out", folder.toString())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(8, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("indiko score did not finish in 8 minutes");
    }
    run = new Scored(process.exitValue(), Files.readString(out), Files.readString(err), folder);
  }

  @Test
  void score_hostileEditionIn128Mebibytes_exitsZeroWithoutAStackTrace() {
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err().lines())
        .noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception"))
        .noneMatch(line -> line.contains("Error"));
  }

  @Test
  void score_hostileEdition_readIsAcceptedPlusRejectedForEachSource() {
    Matcher printed = COUNTS.matcher(run.out());
    Set<String> sources = new HashSet<>();
    while (printed.find()) {
      sources.add(printed.group(1));
      long read = Long.parseLong(printed.group(2));
      assertThat(Long.parseLong(printed.group(3)) + Long.parseLong(printed.group(4)))
          .as(printed.group())
          .isEqualTo(read);
    }
    assertThat(sources).containsExactlyInAnyOrder(DataValidator.RESPONSES, DataValidator.AUDITS);
    JsonNode counts = results().get("counts");
    for (String source : List.of("responses", "audits")) {
      JsonNode count = counts.get(source);
      long byReason = 0;
      for (JsonNode n : count.get("byReason")) {
        byReason += n.asLong();
      }
      assertThat(count.get("accepted").asLong() + count.get("rejected").asLong())
          .as(source)
          .isEqualTo(count.get("read").asLong());
      assertThat(byReason).as(source).isEqualTo(count.get("rejected").asLong());
    }
  }

  @Test
  void score_hostileEdition_everyLineIsAcceptedOrRejectedWithAReasonAndALineNumber()
      throws IOException {
    Map<String, Set<Long>> rejected = rejectedLines();
    JsonNode counts = results().get("counts");
    for (String source : List.of(DataValidator.RESPONSES, DataValidator.AUDITS)) {
      LineCount file = count(tmp.resolve("edition").resolve(source));
      Set<Long> lines = rejected.getOrDefault(source, Set.of());
      JsonNode count = counts.get(source.substring(0, source.indexOf('.')));

      assertThat(file.lines()).as(source).isGreaterThan(1000);
      assertThat(lines).as(source).allMatch(line -> line >= 1 && line <= file.lines());
      assertThat(lines).as(source).doesNotContainAnyElementsOf(file.blank());
      assertThat((long) lines.size()).as(source).isEqualTo(count.get("rejected").asLong());
      assertThat(count.get("accepted").asLong() + lines.size() + file.blank().size())
          .as(source)
          .isEqualTo(file.lines());
      // A third of the drawn lines are invalid.
      assertThat((double) lines.size() / file.lines()).as(source).isBetween(0.28, 0.42);
    }
  }

  @Test
  void score_hostileEdition_hugeAndDeepLinesAreRejectedForTheirDocumentedLimit()
      throws IOException {
    Map<String, JsonNode> rejects = rejectsByPlace();
    Map<HostileEdition.Kind, String> expected =
        Map.of(
            HostileEdition.Kind.HUGE_LINE, "line longer than 1 MiB",
            HostileEdition.Kind.DEEP_ARRAYS, "nested deeper than 16",
            HostileEdition.Kind.DEEP_OBJECTS, "nested deeper than 16",
            HostileEdition.Kind.OVERLONG_UTF8, "not valid UTF-8",
            HostileEdition.Kind.SURROGATE_UTF8, "not valid UTF-8",
            HostileEdition.Kind.TRUNCATED_UTF8, "not valid UTF-8",
            HostileEdition.Kind.BEYOND_UNICODE_UTF8, "not valid UTF-8");
    Set<HostileEdition.Kind> seen = new HashSet<>();
    for (HostileEdition.Line line : hostile) {
      String message = expected.get(line.kind());
      if (message == null) {
        continue;
      }
      JsonNode reject = rejects.get(line.source() + ":" + line.line());
      assertThat(reject).as(line.toString()).isNotNull();
      assertThat(reject.get("reason").asString()).as(line.toString()).isEqualTo("malformed");
      assertThat(reject.get("message").asString()).as(line.toString()).isEqualTo(message);
      assertThat(reject.get("id").isNull()).as(line.toString()).isTrue();
      seen.add(line.kind());
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(expected.keySet());
    assertThat(
            hostile.stream()
                .filter(line -> line.kind() == HostileEdition.Kind.NUL_BYTES)
                .map(line -> rejects.get(line.source() + ":" + line.line()))
                .map(reject -> reject.get("reason").asString()))
        .hasSize(2)
        .containsOnly("malformed");
  }

  private static JsonNode results() {
    return CliRun.json(CliRun.read(run.folder().resolve(Scoring.RESULTS)));
  }

  /** Every reject, checked for a source, a line, a reason and a message, by source and line. */
  private static Map<String, JsonNode> rejectsByPlace() throws IOException {
    Map<String, JsonNode> rejects = new HashMap<>();
    try (var lines = Files.lines(run.folder().resolve(Scoring.REJECTS))) {
      lines.forEach(
          text -> {
            JsonNode reject = CliRun.json(text);
            assertThat(reject.get("source").asString())
                .isIn(DataValidator.RESPONSES, DataValidator.AUDITS);
            assertThat(reject.get("line").isIntegralNumber()).as(text).isTrue();
            assertThat(reject.get("line").asLong()).as(text).isPositive();
            assertThat(reject.get("reason").asString()).as(text).matches("[a-z_]+");
            assertThat(reject.get("message").asString()).as(text).isNotBlank();
            String place = reject.get("source").asString() + ":" + reject.get("line").asLong();
            assertThat(rejects.put(place, reject)).as("one reject per line: " + place).isNull();
          });
    }
    return rejects;
  }

  private static Map<String, Set<Long>> rejectedLines() throws IOException {
    Map<String, Set<Long>> lines = new HashMap<>();
    rejectsByPlace()
        .values()
        .forEach(
            reject ->
                lines
                    .computeIfAbsent(reject.get("source").asString(), s -> new HashSet<>())
                    .add(reject.get("line").asLong()));
    return lines;
  }

  /** A file's lines and which of them are blank. */
  private record LineCount(long lines, List<Long> blank) {}

  private static LineCount count(Path file) throws IOException {
    long lines = 0;
    List<Long> blank = new ArrayList<>();
    boolean onlyWhitespace = true;
    boolean open = false;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      for (int b = in.read(); b >= 0; b = in.read()) {
        if (b == '\n') {
          lines++;
          if (onlyWhitespace) {
            blank.add(lines);
          }
          onlyWhitespace = true;
          open = false;
        } else {
          open = true;
          onlyWhitespace = onlyWhitespace && (b == ' ' || b == '\t' || b == '\r');
        }
      }
    }
    assertThat(open).as(file + " ends with a line feed").isFalse();
    return new LineCount(lines, blank);
  }
}

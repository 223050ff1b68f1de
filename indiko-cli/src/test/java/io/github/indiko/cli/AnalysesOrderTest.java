package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edition with two questionnaire versions (analysis.md §A4), calibration doubles (analysis.md
 * §A5) and a measure in working days observed as dates (analysis.md §A6) scores to the same bytes
 * on one thread and on four, and with its lines in another order: the responses in any order, the
 * audits in any order that keeps each original before its double.
 */
class AnalysesOrderTest {
  private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([^\"]+)\"");
  private static final Pattern OF = Pattern.compile(",\"of\":\"([^\"]+)\"}$");

  @TempDir Path tmp;

  @Test
  void score_versionsDoublesAndWorkingDays_sameResultsWhateverThreadsAndLineOrder()
      throws IOException {
    Path edition = tmp.resolve("edition");
    CliRun generate =
        CliRun.run(
            "generate",
            "--out",
            edition.toString(),
            "--responses",
            "6000",
            "--audits",
            "400",
            "--versions",
            "2",
            "--doubles",
            "0.1",
            "--seed",
            "22");
    assertThat(generate.exitCode()).as(generate.err()).isZero();
    List<String> audits = lines(edition.resolve("audits.jsonl"));
    assertThat(audits).anyMatch(line -> OF.matcher(line).find());
    assertThat(audits).anyMatch(line -> line.contains("{\"from\":\""));
    assertThat(Files.readString(edition.resolve("edition.json"), StandardCharsets.UTF_8))
        .contains("\"questionnaires\"");

    Path shuffled = tmp.resolve("shuffled");
    copyDefinitions(edition, shuffled);
    List<String> responses = new ArrayList<>(lines(edition.resolve("responses.jsonl")));
    Collections.shuffle(responses, new Random(7));
    write(shuffled.resolve("responses.jsonl"), responses);
    write(shuffled.resolve("audits.jsonl"), originalsFirst(audits, new Random(11)));

    String one = results(edition, "1");
    assertThat(one).contains("\"agreement\"", "\"versions\"");
    assertThat(results(edition, "4")).isEqualTo(one);
    assertThat(results(shuffled, "4")).isEqualTo(one);
    assertThat(results(shuffled, "1")).isEqualTo(one);
  }

  private String results(Path edition, String threads) throws IOException {
    Path out = tmp.resolve("out-" + edition.getFileName() + "-" + threads);
    CliRun run =
        CliRun.run(
            "score",
            edition.toString(),
            "--out",
            out.toString(),
            "--threads",
            threads,
            "--level",
            "raw",
            "--format",
            "json",
            "--as-of",
            "2099-01-01");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return Files.readString(out.resolve("results.json"), StandardCharsets.UTF_8);
  }

  /**
   * The audit lines shuffled, then each double moved to a random place after its original, so
   * that every original still comes before its doubles.
   */
  private static List<String> originalsFirst(List<String> audits, Random random) {
    List<String> order = new ArrayList<>();
    Map<String, List<String>> doublesOf = new LinkedHashMap<>();
    for (String line : audits) {
      Matcher of = OF.matcher(line);
      if (of.find()) {
        doublesOf.computeIfAbsent(of.group(1), id -> new ArrayList<>()).add(line);
      } else {
        order.add(line);
      }
    }
    Collections.shuffle(order, random);
    for (Map.Entry<String, List<String>> doubles : doublesOf.entrySet()) {
      int original = indexOf(order, doubles.getKey());
      for (String line : doubles.getValue()) {
        int at = original + 1 + random.nextInt(order.size() - original);
        order.add(at, line);
      }
    }
    return order;
  }

  private static int indexOf(List<String> lines, String id) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher matcher = ID.matcher(lines.get(i));
      if (matcher.find() && matcher.group(1).equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no original " + id);
  }

  private static void copyDefinitions(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        String name = file.getFileName().toString();
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else if (!name.equals("responses.jsonl") && !name.equals("audits.jsonl")) {
          Files.copy(file, target);
        }
      }
    }
  }

  private static List<String> lines(Path file) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.removeIf(String::isBlank);
    return lines;
  }

  private static void write(Path file, List<String> lines) throws IOException {
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}

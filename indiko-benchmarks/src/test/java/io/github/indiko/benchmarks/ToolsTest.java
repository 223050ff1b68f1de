package io.github.indiko.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.SourceCounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three tools of the comparison on a small generated edition. */
class ToolsTest {
  private static final int RESPONSES = 300;
  private static final Pattern STRUCTURE = Pattern.compile("\"structure\":\"([^\"]+)\"");
  private static final Pattern OVERALL = Pattern.compile("\"overall\":(\\d+)");

  @TempDir static Path cache;
  private static Path edition;
  private static List<NumericQuestion> questions;

  @BeforeAll
  static void generate() {
    edition = Editions.ensure(cache, RESPONSES, new PrintStream(new ByteArrayOutputStream()));
    questions = NumericQuestion.of(EditionFolder.load(edition).questionnaire());
  }

  @Test
  void ensure_reusesAnEditionMadeWithTheSameOptions() throws IOException {
    Path responses = edition.resolve(DataValidator.RESPONSES);
    FileTime before = Files.getLastModifiedTime(responses);
    ByteArrayOutputStream log = new ByteArrayOutputStream();

    Path again =
        Editions.ensure(cache, RESPONSES, new PrintStream(log, true, StandardCharsets.UTF_8));

    assertThat(again).isEqualTo(edition);
    assertThat(Files.getLastModifiedTime(responses)).isEqualTo(before);
    assertThat(log.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void ensure_regeneratesAnUnfinishedEdition() throws IOException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Path other = Editions.ensure(cache, 20, new PrintStream(new ByteArrayOutputStream()));
    Files.delete(other.resolve("generated.txt"));
    Files.writeString(other.resolve(DataValidator.RESPONSES), "");

    Editions.ensure(cache, 20, new PrintStream(log, true, StandardCharsets.UTF_8));

    assertThat(Files.readAllLines(other.resolve(DataValidator.RESPONSES))).hasSize(20);
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("generating 20 responses");
  }

  @Test
  void numericQuestions_areTheRatingsAndTheNps() {
    assertThat(questions)
        .extracting(NumericQuestion::id)
        .containsExactly(
            "signage_clear",
            "courtesy_staff",
            "staff_competent",
            "info_clear",
            "online_useful",
            "online_easy",
            "overall",
            "recommend");
    assertThat(questions.get(0)).isEqualTo(new NumericQuestion("signage_clear", 1, 4));
    assertThat(questions.get(7)).isEqualTo(new NumericQuestion("recommend", 0, 10));
  }

  @Test
  void scoreTool_acceptsEveryLineAndIsDeterministic() {
    ScoreTool.Outcome first = new ScoreTool(2).run(edition);
    ScoreTool.Outcome second = new ScoreTool(1).run(edition);

    assertThat(first.rejected()).isZero();
    assertThat(first.results().responses().accepted()).isEqualTo(RESPONSES);
    assertThat(first.sha256()).matches("[0-9a-f]{64}").isEqualTo(second.sha256());
  }

  @Test
  void readTool_acceptsEveryLineOnOneThreadOrMore() {
    DataValidator validator = DataValidator.of(EditionFolder.load(edition));
    Path responses = edition.resolve(DataValidator.RESPONSES);

    for (int threads : new int[] {1, 2}) {
      SourceCounts counts = new ReadTool(threads).run(validator, responses);

      assertThat(counts.read()).as("%d threads", threads).isEqualTo(RESPONSES);
      assertThat(counts.accepted()).as("%d threads", threads).isEqualTo(RESPONSES);
    }
  }

  @Test
  void tokenScan_countsEveryToken() throws IOException {
    long expected = 0;
    for (String line : Files.readAllLines(edition.resolve(DataValidator.RESPONSES))) {
      expected += tokens(line);
    }

    assertThat(new TokenScan().count(edition.resolve(DataValidator.RESPONSES))).isEqualTo(expected);
  }

  @Test
  void duckDb_countsAndAveragesTheOverallRatingPerStructure() throws Exception {
    Map<String, long[]> sums = new HashMap<>();
    for (String line : Files.readAllLines(edition.resolve(DataValidator.RESPONSES))) {
      Matcher structure = STRUCTURE.matcher(line);
      Matcher overall = OVERALL.matcher(line);
      assertThat(structure.find()).isTrue();
      if (overall.find()) {
        long[] sum = sums.computeIfAbsent(structure.group(1), id -> new long[2]);
        sum[0]++;
        sum[1] += Long.parseLong(overall.group(1));
      }
    }
    List<DuckDbMeans.Row> overall = new ArrayList<>();
    try (DuckDbMeans duckDb = new DuckDbMeans(2, questions)) {
      assertThat(duckDb.version()).startsWith("v");
      for (DuckDbMeans.Row row : duckDb.means(edition.resolve(DataValidator.RESPONSES))) {
        if (row.question().equals("overall")) {
          overall.add(row);
        }
      }
    }

    assertThat(overall).hasSameSizeAs(sums.keySet());
    for (DuckDbMeans.Row row : overall) {
      long[] sum = sums.get(row.structure());
      assertThat(row.n()).isEqualTo(sum[0]);
      assertThat(row.mean()).isCloseTo((double) sum[1] / sum[0], offset(1e-12));
    }
  }

  @Test
  void agreement_ofTheEngineAndDuckDb() throws SQLException {
    ScoreTool.Outcome outcome = new ScoreTool(1).run(edition);
    List<DuckDbMeans.Row> rows;
    try (DuckDbMeans duckDb = new DuckDbMeans(1, questions)) {
      rows = duckDb.means(edition.resolve(DataValidator.RESPONSES));
    }
    DuckDbMeans.Row first = rows.get(0);
    List<DuckDbMeans.Row> wrong = new ArrayList<>(rows);
    wrong.set(
        0, new DuckDbMeans.Row(first.structure(), first.question(), first.n() + 1, first.mean()));

    assertThat(Agreement.check(outcome.results(), rows, questions)).isEqualTo(rows.size());
    assertThatThrownBy(() -> Agreement.check(outcome.results(), wrong, questions))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(first.structure() + "/" + first.question());
    assertThatThrownBy(
            () -> Agreement.check(outcome.results(), rows.subList(1, rows.size()), questions))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DuckDB has no row");
  }

  @Test
  void heapWatch_seesAnAllocationOfTheRun() {
    try (HeapWatch watch = new HeapWatch()) {
      watch.start();
      byte[] block = new byte[64 << 20];
      block[block.length - 1] = 1;
      HeapWatch.Heap heap = watch.stop();

      assertThat(heap.peak()).isGreaterThanOrEqualTo(64L << 20);
      assertThat(block[block.length - 1]).isEqualTo((byte) 1);
    }
  }

  /**
   * The tokens of one JSON line, counted by hand: one per brace, bracket, member name and scalar
   * (outside strings).
   */
  private static long tokens(String line) {
    long tokens = 0;
    boolean inString = false;
    boolean inScalar = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        tokens++;
      } else if ("{}[]".indexOf(c) >= 0) {
        inScalar = false;
        tokens++;
      } else if (c == ',' || c == ':' || c == ' ') {
        inScalar = false;
      } else if (!inScalar) {
        inScalar = true;
        tokens++;
      }
    }
    return tokens;
  }
}

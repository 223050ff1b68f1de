package io.github.indiko.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.benchmarks.StoreDatabases.Engine;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.testsupport.RequiresPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's benchmarks on a small generated edition: a smoke check, nothing timed. */
class StoreBenchmarksTest {
  private static final int RESPONSES = 200;
  private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream());

  @TempDir static Path cache;
  @TempDir Path temp;
  private static Path edition;
  private static EditionDefinitions definitions;
  private static List<String> lines;

  @BeforeAll
  static void generate() throws Exception {
    edition = Editions.ensure(cache, RESPONSES, QUIET);
    definitions = EditionFolder.load(edition);
    lines = Files.readAllLines(edition.resolve(DataValidator.RESPONSES), StandardCharsets.UTF_8);
  }

  @Test
  void once_storesEveryLineWithOneOrMoreWriters_sqlite() throws Exception {
    try (StoreDatabases databases = new StoreDatabases(temp)) {
      for (Engine engine : List.of(Engine.SQLITE, Engine.SQLITE_POOLED)) {
        for (int writers : new int[] {1, 4}) {
          assertThat(StoreAccept.once(databases, engine, definitions, lines, writers))
              .as("%s, %d writers", engine, writers)
              .isPositive();
        }
      }
    }
    try (var files = Files.list(temp)) {
      assertThat(files).as("every database deleted").isEmpty();
    }
  }

  @Test
  void once_failsWhenALineIsNotStored() throws Exception {
    List<String> twice = List.of(lines.get(0), lines.get(0));
    try (StoreDatabases databases = new StoreDatabases(temp)) {
      assertThatThrownBy(() -> StoreAccept.once(databases, Engine.SQLITE, definitions, twice, 1))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("1 lines not stored")
          .hasMessageContaining("line 2: Refused");
    }
  }

  @Test
  @RequiresPostgres
  void once_storesEveryLine_postgresql() throws Exception {
    try (StoreDatabases databases = new StoreDatabases(temp)) {
      assertThat(StoreAccept.once(databases, Engine.POSTGRESQL, definitions, lines, 4))
          .isPositive();
      assertThat(databases.postgresVersion()).isNotBlank();
    }
  }

  @Test
  void measure_givesTheResultsOfTheFolderFromTheStore() throws Exception {
    StoreScoring.Options options =
        StoreScoring.Options.parse("--rounds", "2", "--warmup", "1", "--databases", "sqlite");
    try (StoreDatabases databases = new StoreDatabases(temp)) {
      StoreScoring.Row row =
          StoreScoring.measure(options, Engine.SQLITE, edition, databases, QUIET);

      assertThat(row.imported().stored()).isEqualTo(row.imported().read());
      assertThat(row.imported().read()).isGreaterThan(RESPONSES);
      assertThat(row.sha256()).isEqualTo(new ScoreTool(2).run(edition).sha256());
      assertThat(row.file()).hasSize(2).doesNotContain(0.0);
      assertThat(row.store()).hasSize(2).doesNotContain(0.0);
      assertThat(row.read()).hasSize(2).doesNotContain(0.0);
      assertThat(StoreScoring.table(options, List.of(row)))
          .contains("| sqlite | 200 |")
          .contains("equal, `" + row.sha256().substring(0, 8) + "…`");
    }
  }

  @Test
  void table_ratioToTheFirstWriters() {
    StoreAccept.Options options =
        StoreAccept.Options.parse(
            "--submissions", "1000", "--writers", "1,4", "--databases", "sqlite", "--rounds", "2");
    Map<String, double[]> seconds = new LinkedHashMap<>();
    seconds.put("sqlite/1", new double[] {2.0, 4.0});
    seconds.put("sqlite/4", new double[] {1.0, 1.0});

    assertThat(StoreAccept.table(options, seconds))
        .contains("| sqlite | 1 | 3.00 [2.00–4.00] | 333 | 1.00 [1.00–1.00] |")
        .contains("| sqlite | 4 | 1.00 [1.00–1.00] | 1,000 | 3.00 [2.00–4.00] |");
  }

  @Test
  void parse_defaultsAndErrors() {
    StoreAccept.Options accept = StoreAccept.Options.parse();
    StoreScoring.Options scoring = StoreScoring.Options.parse();

    assertThat(accept.submissions()).isEqualTo(2000);
    assertThat(accept.writers()).containsExactly(1, 4, 16);
    assertThat(accept.engines())
        .containsExactly(Engine.SQLITE, Engine.SQLITE_POOLED, Engine.POSTGRESQL);
    assertThat(scoring.size(Engine.SQLITE)).isEqualTo(1_000_000);
    assertThat(scoring.size(Engine.POSTGRESQL)).isEqualTo(100_000);
    assertThatThrownBy(() -> StoreAccept.Options.parse("--writers", "0"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StoreScoring.Options.parse("--databases", "oracle"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

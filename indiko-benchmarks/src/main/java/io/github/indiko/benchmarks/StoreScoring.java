package io.github.indiko.benchmarks;

import io.github.indiko.benchmarks.StoreDatabases.Engine;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.EditionData;
import io.github.indiko.store.EditionStore;
import io.github.indiko.store.ImportCounts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Scoring an edition kept in a store against scoring the same lines from its folder: a synthetic
 * edition ({@link Editions}: no invalid line) is imported into an empty store ({@link
 * EditionStore#importFolder}, timed), then {@code ScoringEngine.score(definitions, folder)} and
 * {@code score(definitions, store.data())} run alternately, warm-up rounds first, on the same
 * engine ({@link ScoreTool}); every run must give the {@code results.json} of the first run on the
 * folder, byte for byte. Reported: the import's rate, the medians of both, their ratio, and the
 * time of reading the store's responses alone (to their end, nothing scored) in each round.
 *
 * <p>Usage: {@code StoreScoring [--size 1e6] [--postgres-size 1e5] [--databases
 * sqlite,postgresql] [--rounds 5] [--warmup 2] [--threads 2] [--data DIR] [--out FILE]}.
 */
public final class StoreScoring {
  private StoreScoring() {}

  /**
   * The options of a run.
   *
   * @param size the responses of the edition stored in SQLite
   * @param postgresSize the responses of the edition stored in PostgreSQL
   * @param engines the databases
   * @param rounds measured rounds (one run of each path per round)
   * @param warmup rounds run first and not counted
   * @param threads the engine's threads
   * @param data the cache of generated editions
   * @param out a file for the table too, or null
   */
  record Options(
      long size,
      long postgresSize,
      List<Engine> engines,
      int rounds,
      int warmup,
      int threads,
      Path data,
      @Nullable Path out) {
    static Options parse(String... args) {
      Map<String, String> o =
          Flags.parse(
              args,
              "--size",
              "--postgres-size",
              "--databases",
              "--rounds",
              "--warmup",
              "--threads",
              "--data",
              "--out");
      Options options =
          new Options(
              Flags.count(o.getOrDefault("--size", "1e6")),
              Flags.count(o.getOrDefault("--postgres-size", "1e5")),
              Engine.list(o.getOrDefault("--databases", "sqlite,postgresql")),
              Integer.parseInt(o.getOrDefault("--rounds", "5")),
              Integer.parseInt(o.getOrDefault("--warmup", "2")),
              Integer.parseInt(o.getOrDefault("--threads", "2")),
              Path.of(o.getOrDefault("--data", "benchmarks/editions")),
              o.containsKey("--out") ? Path.of(o.get("--out")) : null);
      if (options.size < 1 || options.postgresSize < 1 || options.rounds < 1) {
        throw new IllegalArgumentException("--size, --postgres-size and --rounds must be >= 1");
      }
      if (options.warmup < 0 || options.threads < 1) {
        throw new IllegalArgumentException("--warmup must be >= 0 and --threads >= 1");
      }
      return options;
    }

    long size(Engine engine) {
      return engine == Engine.SQLITE ? size : postgresSize;
    }
  }

  /**
   * What was measured on one database.
   *
   * @param engine the database
   * @param responses the responses stored
   * @param importSeconds how long the import of the folder took
   * @param imported the import's counts
   * @param file the seconds of each measured run on the folder
   * @param store the seconds of each measured run on the store, in the same rounds
   * @param read the seconds of reading the store's responses alone, to their end, in those rounds
   * @param sha256 the {@code results.json} every run gave
   */
  record Row(
      Engine engine,
      long responses,
      double importSeconds,
      ImportCounts imported,
      double[] file,
      double[] store,
      double[] read,
      String sha256) {}

  /**
   * @param args the options, see the class comment
   * @throws Exception when a database fails
   */
  public static void main(String... args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    Path temp = Files.createTempDirectory("indiko-store-scoring");
    String table;
    try (StoreDatabases databases = new StoreDatabases(temp)) {
      List<Row> rows = new ArrayList<>();
      for (Engine engine : options.engines()) {
        Path edition = Editions.ensure(options.data(), options.size(engine), System.err);
        rows.add(measure(options, engine, edition, databases, System.err));
      }
      table = table(options, rows) + StoreReport.notes(databases);
    } finally {
      StoreReport.delete(temp);
    }
    StoreReport.print(table, options.out());
  }

  /**
   * Imports the edition into an empty store of that database, then scores the folder and the store
   * alternately.
   *
   * @throws IllegalStateException when a line is refused or a run gives other results
   */
  static Row measure(
      Options options, Engine engine, Path edition, StoreDatabases databases, PrintStream log)
      throws IOException, SQLException {
    EditionDefinitions definitions = EditionFolder.load(edition);
    try (StoreDatabases.Fresh fresh = databases.fresh(engine, 4)) {
      EditionStore store = fresh.store().edition(definitions);
      AtomicLong refused = new AtomicLong();
      long began = System.nanoTime();
      ImportCounts counts = store.importFolder(edition, reject -> refused.incrementAndGet());
      double importSeconds = (System.nanoTime() - began) / 1e9;
      log.printf(
          Locale.ROOT,
          "%s: imported %,d lines in %.1f s (%,.0f lines/s)%n",
          engine.id(),
          counts.read(),
          importSeconds,
          counts.read() / importSeconds);
      if (refused.get() != 0 || counts.stored() != counts.read()) {
        throw new IllegalStateException("the import did not store every line: " + counts);
      }
      ScoreTool tool = new ScoreTool(options.threads());
      EditionData folder = EditionData.folder(edition);
      EditionData stored = store.data();
      String expected = tool.run(definitions, folder).sha256();
      double[] file = new double[options.rounds()];
      double[] kept = new double[options.rounds()];
      double[] read = new double[options.rounds()];
      for (int round = -options.warmup(); round < options.rounds(); round++) {
        boolean fileFirst = Math.floorMod(round, 2) == 0;
        double f = 0;
        double s = 0;
        for (int turn = 0; turn < 2; turn++) {
          boolean onFile = (turn == 0) == fileFirst;
          double seconds = timed(tool, definitions, onFile ? folder : stored, expected);
          if (onFile) {
            f = seconds;
          } else {
            s = seconds;
          }
        }
        double r = drained(stored);
        log.printf(
            Locale.ROOT,
            "%s %s: file %.3f s, store %.3f s, store read alone %.3f s%n",
            engine.id(),
            round < 0 ? "warm-up" : "round " + (round + 1),
            f,
            s,
            r);
        if (round >= 0) {
          file[round] = f;
          kept[round] = s;
          read[round] = r;
        }
      }
      long responses = store.count(DataValidator.RESPONSES);
      return new Row(engine, responses, importSeconds, counts, file, kept, read, expected);
    }
  }

  /** The seconds of reading the responses to their end, and dropping them. */
  private static double drained(EditionData data) throws IOException {
    long began = System.nanoTime();
    try (InputStream lines = data.responses()) {
      lines.transferTo(OutputStream.nullOutputStream());
    }
    return (System.nanoTime() - began) / 1e9;
  }

  private static double timed(
      ScoreTool tool, EditionDefinitions definitions, EditionData data, String expected) {
    long began = System.nanoTime();
    ScoreTool.Outcome outcome = tool.run(definitions, data);
    double seconds = (System.nanoTime() - began) / 1e9;
    if (!outcome.sha256().equals(expected) || outcome.rejected() != 0) {
      throw new IllegalStateException(
          "scoring " + data.describe() + " gave other results: " + outcome.sha256());
    }
    return seconds;
  }

  /**
   * @return the results as a Markdown table
   */
  static String table(Options options, List<Row> rows) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Scoring a store against the same lines from a file: %d measured rounds (file and store"
                + " alternately) after %d warm-up, %d engine threads.%n%n",
            options.rounds(),
            options.warmup(),
            options.threads()));
    out.append(
        "| database | responses | import (s) | import (lines/s) | file (s) | store (s) |"
            + " store/file | store read alone (s) | results.json |\n"
            + "|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (Row row : rows) {
      Spread file = Spread.of(row.file());
      Spread store = Spread.of(row.store());
      double[] ratios = new double[row.file().length];
      for (int i = 0; i < ratios.length; i++) {
        ratios[i] = row.store()[i] / row.file()[i];
      }
      Spread ratio = Spread.of(ratios);
      Spread read = Spread.of(row.read());
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %.1f | %,.0f | %.3f [%.3f–%.3f] | %.3f [%.3f–%.3f] |"
                  + " %.2f [%.2f–%.2f] | %.3f [%.3f–%.3f] | equal, `%s…` |%n",
              row.engine().id(),
              row.responses(),
              row.importSeconds(),
              row.imported().read() / row.importSeconds(),
              file.median(),
              file.min(),
              file.max(),
              store.median(),
              store.min(),
              store.max(),
              store.median() / file.median(),
              ratio.min(),
              ratio.max(),
              read.median(),
              read.min(),
              read.max(),
              row.sha256().substring(0, 8)));
    }
    out.append(
        "\nSeconds: median [min–max]; store/file: the ratio of the medians, [min–max of the"
            + " per-round ratios]. Store read alone: the store's responses read to their end and"
            + " dropped, no scoring. The import reads responses.jsonl and audits.jsonl (150"
            + " lines); every run gave the results.json of the first run on the folder.\n");
    return out.toString();
  }
}

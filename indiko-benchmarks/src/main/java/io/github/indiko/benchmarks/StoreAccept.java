package io.github.indiko.benchmarks;

import io.github.indiko.benchmarks.StoreDatabases.Engine;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.store.EditionStore;
import io.github.indiko.store.Outcome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Accepted submissions per second: distinct valid response lines given to {@link
 * EditionStore#accept(String, String)} by 1, 4 and 16 writer threads at once, each line under a key
 * of its own, on SQLite (opened by the store, or pooled) and PostgreSQL, an empty database for
 * every configuration and round. The lines are those of a synthetic edition ({@link Editions});
 * every one must be stored, and the store must then hold them all. Reported as the median time of
 * the rounds, submissions per second at that median, and the ratio to one writer on the same
 * database (the ratio of the medians, with the range of the per-round ratios).
 *
 * <p>Usage: {@code StoreAccept [--submissions 2000] [--writers 1,4,16] [--databases
 * sqlite,sqlite-pooled,postgresql] [--rounds 3] [--warmup 1] [--data DIR] [--out FILE]}.
 */
public final class StoreAccept {
  private StoreAccept() {}

  /**
   * The options of a run.
   *
   * @param submissions the lines stored per configuration
   * @param writers the numbers of writer threads, the first being the baseline of the ratios
   * @param engines the databases
   * @param rounds measured rounds
   * @param warmup rounds run first and not counted
   * @param data the cache of generated editions
   * @param out a file for the table too, or null
   */
  record Options(
      int submissions,
      List<Integer> writers,
      List<Engine> engines,
      int rounds,
      int warmup,
      Path data,
      @Nullable Path out) {
    static Options parse(String... args) {
      Map<String, String> o =
          Flags.parse(
              args,
              "--submissions",
              "--writers",
              "--databases",
              "--rounds",
              "--warmup",
              "--data",
              "--out");
      List<Integer> writers = new ArrayList<>();
      for (String n : o.getOrDefault("--writers", "1,4,16").split(",")) {
        writers.add(Integer.parseInt(n.trim()));
      }
      Options options =
          new Options(
              Math.toIntExact(Flags.count(o.getOrDefault("--submissions", "2000"))),
              List.copyOf(writers),
              Engine.list(o.getOrDefault("--databases", "sqlite,sqlite-pooled,postgresql")),
              Integer.parseInt(o.getOrDefault("--rounds", "3")),
              Integer.parseInt(o.getOrDefault("--warmup", "1")),
              Path.of(o.getOrDefault("--data", "benchmarks/editions")),
              o.containsKey("--out") ? Path.of(o.get("--out")) : null);
      if (options.submissions < 1 || options.rounds < 1 || options.warmup < 0) {
        throw new IllegalArgumentException("--submissions and --rounds must be at least 1");
      }
      if (writers.stream().anyMatch(n -> n < 1)) {
        throw new IllegalArgumentException("--writers must be at least 1");
      }
      return options;
    }
  }

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
    Path edition = Editions.ensure(options.data(), options.submissions(), System.err);
    Path temp = Files.createTempDirectory("indiko-store-accept");
    String table;
    try (StoreDatabases databases = new StoreDatabases(temp)) {
      Map<String, double[]> seconds = measure(options, edition, databases, System.err);
      table = table(options, seconds) + StoreReport.notes(databases);
    } finally {
      StoreReport.delete(temp);
    }
    StoreReport.print(table, options.out());
  }

  /**
   * Runs every configuration: the warm-up rounds, then the measured ones, each round over every
   * database and number of writers.
   *
   * @return the seconds of each measured round, by {@code engine/writers}
   */
  static Map<String, double[]> measure(
      Options options, Path edition, StoreDatabases databases, PrintStream log)
      throws IOException, SQLException, InterruptedException {
    EditionDefinitions definitions = EditionFolder.load(edition);
    List<String> lines =
        Files.readAllLines(edition.resolve(DataValidator.RESPONSES), StandardCharsets.UTF_8)
            .subList(0, options.submissions());
    Map<String, double[]> seconds = new LinkedHashMap<>();
    for (int round = -options.warmup(); round < options.rounds(); round++) {
      for (Engine engine : options.engines()) {
        for (int writers : options.writers()) {
          double s = once(databases, engine, definitions, lines, writers);
          log.printf(
              Locale.ROOT,
              "%s %s, %d writers: %.3f s%n",
              round < 0 ? "warm-up" : "round " + (round + 1),
              engine.id(),
              writers,
              s);
          if (round >= 0) {
            double[] rounds =
                seconds.computeIfAbsent(key(engine, writers), k -> new double[options.rounds()]);
            rounds[round] = s;
          }
        }
      }
    }
    return seconds;
  }

  private static String key(Engine engine, int writers) {
    return engine.id() + "/" + writers;
  }

  /**
   * Stores every line, on an empty database, with that many writers.
   *
   * @return the seconds from the writers' start to the last line stored
   * @throws IllegalStateException when a line is not stored, or the store does not hold them all
   */
  static double once(
      StoreDatabases databases,
      Engine engine,
      EditionDefinitions definitions,
      List<String> lines,
      int writers)
      throws IOException, SQLException, InterruptedException {
    try (StoreDatabases.Fresh fresh = databases.fresh(engine, writers)) {
      EditionStore store = fresh.store().edition(definitions);
      AtomicInteger next = new AtomicInteger();
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(writers);
      long elapsed;
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
          done.add(pool.submit(() -> write(store, lines, next, failures, start)));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> f : done) {
          f.get();
        }
        elapsed = System.nanoTime() - began;
      } catch (ExecutionException e) {
        throw new IllegalStateException("a writer failed", e.getCause());
      } finally {
        pool.shutdownNow();
      }
      if (!failures.isEmpty()) {
        throw new IllegalStateException(
            failures.size() + " lines not stored, the first: " + failures.peek());
      }
      long kept = store.count(DataValidator.RESPONSES);
      if (kept != lines.size()) {
        throw new IllegalStateException(kept + " lines kept of " + lines.size());
      }
      return elapsed / 1e9;
    }
  }

  private static Void write(
      EditionStore store,
      List<String> lines,
      AtomicInteger next,
      ConcurrentLinkedQueue<String> failures,
      CountDownLatch start)
      throws InterruptedException {
    start.await();
    for (int i = next.getAndIncrement(); i < lines.size(); i = next.getAndIncrement()) {
      Outcome outcome = store.accept(lines.get(i), "bench:" + i);
      if (!(outcome instanceof Outcome.Stored)) {
        failures.add("line " + (i + 1) + ": " + outcome.getClass().getSimpleName());
      }
    }
    return null;
  }

  /**
   * @return the results as a Markdown table
   */
  static String table(Options options, Map<String, double[]> seconds) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Accepted submissions per second: %,d distinct valid lines per configuration,"
                + " an empty database each time, %d measured rounds after %d warm-up.%n%n",
            options.submissions(),
            options.rounds(),
            options.warmup()));
    out.append("| database | writers | seconds, median [min–max] | submissions/s |")
        .append(" ratio to ")
        .append(options.writers().get(0))
        .append(" writer(s) [min–max] |\n|---|---:|---:|---:|---:|\n");
    for (Engine engine : options.engines()) {
      double[] base = seconds.get(key(engine, options.writers().get(0)));
      for (int writers : options.writers()) {
        double[] s = seconds.get(key(engine, writers));
        Spread time = Spread.of(s);
        double[] ratios = new double[s.length];
        for (int i = 0; i < s.length; i++) {
          ratios[i] = base[i] / s[i];
        }
        Spread ratio = Spread.of(ratios);
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %.2f [%.2f–%.2f] | %,.0f | %.2f [%.2f–%.2f] |%n",
                engine.id(),
                writers,
                time.median(),
                time.min(),
                time.max(),
                options.submissions() / time.median(),
                Spread.of(base).median() / time.median(),
                ratio.min(),
                ratio.max()));
      }
    }
    out.append(
        "\nRatio: the rate with these writers over the rate with the first number of writers on"
            + " the same database, as the ratio of the medians, [min–max of the per-round"
            + " ratios]; above 1 is faster.\n");
    return out.toString();
  }
}

package io.github.indiko.benchmarks;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.SourceCounts;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The whole-program comparison of docs/performance.md: for each size, in one JVM and on
 * the same {@code responses.jsonl}, runs tool A ({@link ScoreTool}, the engine), B ({@link
 * TokenScan}, the parse floor), C ({@link DuckDbMeans}) and S ({@link ReadTool}, A's read of the
 * file alone) interleaved, A B C S A B C S …, first for the warm-up rounds then for the measured
 * ones; prints a Markdown table of the medians, ranges, throughputs, ratios and A's heap.
 *
 * <p>Usage: {@code Comparison [--sizes 1e4,1e5,1e6] [--rounds 5] [--warmup 1] [--warmup-seconds 20]
 * [--threads 2] [--data DIR] [--out FILE]}. Editions are generated once under DIR (default {@code
 * benchmarks/editions}) and reused. After the first warm-up round, C's counts and means are checked
 * against A's results, so that both did the same work.
 */
public final class Comparison {
  private static final double MB = 1e6;
  private static final double MIB = 1024.0 * 1024.0;

  private final Options options;
  private final PrintStream log;
  private final HeapWatch heap;
  private final List<String> notes = new ArrayList<>();
  // What the last run returned: kept, so that no tool's work could be optimized away.
  private volatile @Nullable Object sink;

  private Comparison(Options options, PrintStream log, HeapWatch heap) {
    this.options = options;
    this.log = log;
    this.heap = heap;
  }

  /**
   * What to run.
   *
   * @param sizes the numbers of responses, each at least 1
   * @param rounds the measured rounds, at least 1
   * @param warmup the fewest warm-up rounds, not measured
   * @param warmupSeconds warm-up rounds go on until they have lasted this long, so that the JIT
   *     compiler has done its work before small sizes are measured
   * @param threads A's and C's threads, at least 1
   * @param data where editions are generated and cached
   * @param out where the table is also written, or null
   */
  record Options(
      List<Long> sizes,
      int rounds,
      int warmup,
      double warmupSeconds,
      int threads,
      Path data,
      @Nullable Path out) {
    static final String USAGE =
        "usage: Comparison [--sizes 1e4,1e5,1e6] [--rounds 5] [--warmup 1] [--warmup-seconds 20]"
            + " [--threads 2] [--data DIR] [--out FILE]";

    Options {
      sizes = List.copyOf(sizes);
      if (sizes.isEmpty() || sizes.stream().anyMatch(size -> size < 1)) {
        throw new IllegalArgumentException("--sizes must name at least one size, each at least 1");
      }
      if (rounds < 1 || warmup < 0 || !(warmupSeconds >= 0) || threads < 1) {
        throw new IllegalArgumentException(
            "--rounds and --threads must be at least 1, --warmup and --warmup-seconds not"
                + " negative");
      }
    }

    static Options parse(String... args) {
      Map<String, String> options =
          Flags.parse(
              args,
              "--sizes",
              "--rounds",
              "--warmup",
              "--warmup-seconds",
              "--threads",
              "--data",
              "--out");
      String out = options.get("--out");
      return new Options(
          sizes(options.getOrDefault("--sizes", "1e4,1e5,1e6")),
          Integer.parseInt(options.getOrDefault("--rounds", "5")),
          Integer.parseInt(options.getOrDefault("--warmup", "1")),
          Double.parseDouble(options.getOrDefault("--warmup-seconds", "20")),
          Integer.parseInt(options.getOrDefault("--threads", "2")),
          Path.of(options.getOrDefault("--data", "benchmarks/editions")),
          out == null ? null : Path.of(out));
    }

    /** Sizes separated by commas, each an integer or in E notation: {@code 1e4,100000}. */
    static List<Long> sizes(String text) {
      List<Long> sizes = new ArrayList<>();
      for (String size : text.split(",", -1)) {
        sizes.add(Flags.count(size));
      }
      return sizes;
    }
  }

  /** One measured size: per tool, the seconds and heaps of each round, in round order. */
  private record Measured(
      long responses, long bytes, List<double[]> seconds, long[] peak, long afterGc) {}

  /**
   * Runs the comparison; the table goes to standard output (and to {@code --out}), progress to
   * standard error.
   *
   * @param args the options, see the class comment
   * @throws Exception when a tool fails
   */
  public static void main(String... args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    String table;
    try (HeapWatch heap = new HeapWatch()) {
      table = new Comparison(options, System.err, heap).run();
    }
    System.out.print(table);
    if (options.out() != null) {
      Path parent = options.out().toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(options.out(), table, StandardCharsets.UTF_8);
    }
  }

  private String run() throws SQLException {
    List<Measured> measured = new ArrayList<>();
    String duckDb = "";
    for (long size : options.sizes()) {
      Path edition = Editions.ensure(options.data(), size, log);
      Path responses = edition.resolve(DataValidator.RESPONSES);
      EditionDefinitions definitions = EditionFolder.load(edition);
      List<NumericQuestion> questions = NumericQuestion.of(definitions.questionnaire());
      ScoreTool a = new ScoreTool(options.threads());
      TokenScan b = new TokenScan();
      Run s = read(DataValidator.of(definitions), responses, size);
      try (DuckDbMeans c = new DuckDbMeans(options.threads(), questions)) {
        duckDb = c.version();
        measured.add(measure(size, edition, responses, questions, a, b, c, s));
      }
    }
    return table(measured, duckDb);
  }

  /** A tool's run, for the loop: what it returns is kept so that no work is optimized away. */
  @FunctionalInterface
  private interface Run {
    Object run() throws SQLException;
  }

  /**
   * Tool S on a file, as a run that fails unless it accepts every line (the editions have no
   * invalid line).
   */
  private Run read(DataValidator validator, Path responses, long size) {
    ReadTool s = new ReadTool(options.threads());
    return () -> {
      SourceCounts counts = s.run(validator, responses);
      if (counts.accepted() != size || counts.rejected() != 0) {
        throw new IllegalStateException(
            "tool S must accept every line of a generated edition; got " + counts);
      }
      return counts;
    };
  }

  private Measured measure(
      long size,
      Path edition,
      Path responses,
      List<NumericQuestion> questions,
      ScoreTool a,
      TokenScan b,
      DuckDbMeans c,
      Run s)
      throws SQLException {
    long bytes = size(responses);
    Set<String> hashes = new HashSet<>();
    long[] rejected = new long[1];
    List<Run> tools =
        List.of(
            () -> {
              ScoreTool.Outcome outcome = a.run(edition);
              hashes.add(outcome.sha256());
              rejected[0] = Math.max(rejected[0], outcome.rejected());
              return outcome;
            },
            () -> b.count(responses),
            () -> c.means(responses),
            s);
    long warmupStart = System.nanoTime();
    int warmups = 0;
    while (warmups < options.warmup()
        || System.nanoTime() - warmupStart < options.warmupSeconds() * 1e9) {
      for (Run tool : tools) {
        sink = tool.run();
      }
      warmups++;
    }
    log.printf(
        Locale.ROOT,
        "%,d responses: %d warm-up round(s) in %.1f s%n",
        size,
        warmups,
        (System.nanoTime() - warmupStart) / 1e9);

    ScoreTool.Outcome outcome = a.run(edition);
    int pairs = Agreement.check(outcome.results(), c.means(responses), questions);
    long tokens = b.count(responses);
    List<double[]> seconds = new ArrayList<>();
    for (int tool = 0; tool < tools.size(); tool++) {
      seconds.add(new double[options.rounds()]);
    }
    long[] peak = new long[options.rounds()];
    long afterGc = -1;
    for (int round = 0; round < options.rounds(); round++) {
      for (int tool = 0; tool < tools.size(); tool++) {
        heap.start();
        long start = System.nanoTime();
        sink = tools.get(tool).run();
        long elapsed = System.nanoTime() - start;
        HeapWatch.Heap used = heap.stop();
        seconds.get(tool)[round] = elapsed / 1e9;
        if (tool == 0) {
          peak[round] = used.peak();
          if (used.afterGc() != null) {
            afterGc = Math.max(afterGc, used.afterGc());
          }
        }
      }
      log.printf(
          Locale.ROOT,
          "%,d responses: round %d: A %.3f s, B %.3f s, C %.3f s, S %.3f s%n",
          size,
          round + 1,
          seconds.get(0)[round],
          seconds.get(1)[round],
          seconds.get(2)[round],
          seconds.get(3)[round]);
    }
    if (hashes.size() != 1 || rejected[0] != 0) {
      throw new IllegalStateException(
          "tool A must give one results.json and refuse no line of a generated edition; got "
              + hashes.size()
              + " different hashes and "
              + rejected[0]
              + " refused lines");
    }
    notes.add(
        String.format(
            Locale.ROOT,
            "%,d responses: %d warm-up round(s); C agrees with A on the count and mean of %d"
                + " (structure, question) pairs; B read %,d tokens; A's results.json SHA-256 %s,"
                + " the same every run; S accepted all %,d lines every run.",
            size,
            warmups,
            pairs,
            tokens,
            hashes.iterator().next(),
            size));
    return new Measured(size, bytes, seconds, peak, afterGc);
  }

  private String table(List<Measured> measured, String duckDb) {
    int threads = options.threads();
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            Locale.ROOT,
            "| responses | file (MB) | A: indiko score, %d threads (s) | B: token scan, 1 thread"
                + " (s) | C: DuckDB, %d threads (s) | A MB/s | B MB/s | C MB/s | A/B | A/C | A heap"
                + " peak (MiB) | A heap after GC (MiB) | S: A's read alone, %d threads (s) | S/C"
                + " |%n",
            threads,
            threads,
            threads));
    table.append("|---:|---:|---|---|---|---:|---:|---:|---|---|---:|---:|---|---|\n");
    for (Measured row : measured) {
      Spread a = Spread.of(row.seconds().get(0));
      Spread b = Spread.of(row.seconds().get(1));
      Spread c = Spread.of(row.seconds().get(2));
      Spread s = Spread.of(row.seconds().get(3));
      double mb = row.bytes() / MB;
      long peak = 0;
      for (long value : row.peak()) {
        peak = Math.max(peak, value);
      }
      table.append(
          String.format(
              Locale.ROOT,
              "| %,d | %.1f | %s | %s | %s | %.1f | %.1f | %.1f | %s | %s | %.0f | %s | %s | %s |%n",
              row.responses(),
              mb,
              seconds(a),
              seconds(b),
              seconds(c),
              mb / a.median(),
              mb / b.median(),
              mb / c.median(),
              ratio(a, b, row.seconds().get(0), row.seconds().get(1)),
              ratio(a, c, row.seconds().get(0), row.seconds().get(2)),
              peak / MIB,
              row.afterGc() < 0
                  ? "no GC"
                  : String.format(Locale.ROOT, "%.0f", row.afterGc() / MIB),
              seconds(s),
              ratio(s, c, row.seconds().get(3), row.seconds().get(2))));
    }
    table.append('\n');
    table.append(
        String.format(
            Locale.ROOT,
            "Medians of %d interleaved rounds (A B C S A B C S …) after warm-up rounds (at least %d,"
                + " and for at least %.0f s per size), [min–max]; ratios: ratio of the medians,"
                + " [min–max of the per-round ratios]. Heap: the largest over the rounds of A"
                + " (peak: sum of the heap pools' peaks; after GC: the largest heap in use after a"
                + " collection).%n",
            options.rounds(),
            options.warmup(),
            options.warmupSeconds()));
    table.append(
        String.format(
            Locale.ROOT,
            "Java %s, %d processors, -Xmx %.0f MiB, DuckDB %s, %s, %s.%n",
            Runtime.version(),
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() / MIB,
            duckDb,
            cpu(),
            Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    table.append(
        String.format(
            Locale.ROOT,
            "JVM arguments: %s.%n",
            ManagementFactory.getRuntimeMXBean().getInputArguments()));
    for (String note : notes) {
      table.append(note).append('\n');
    }
    return table.toString();
  }

  private static String seconds(Spread spread) {
    return String.format(
        Locale.ROOT, "%.3f [%.3f–%.3f]", spread.median(), spread.min(), spread.max());
  }

  private static String ratio(Spread numerator, Spread denominator, double[] top, double[] bottom) {
    double[] perRound = new double[top.length];
    for (int i = 0; i < top.length; i++) {
      perRound[i] = top[i] / bottom[i];
    }
    Spread rounds = Spread.of(perRound);
    return String.format(
        Locale.ROOT,
        "%.2f [%.2f–%.2f]",
        numerator.median() / denominator.median(),
        rounds.min(),
        rounds.max());
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The processor's model name from /proc/cpuinfo, or the architecture where there is none. */
  static String cpu() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    try {
      if (Files.isReadable(cpuinfo)) {
        for (String line : Files.readAllLines(cpuinfo, StandardCharsets.UTF_8)) {
          if (line.startsWith("model name")) {
            return line.substring(line.indexOf(':') + 1).trim();
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return System.getProperty("os.arch", "unknown processor");
  }
}

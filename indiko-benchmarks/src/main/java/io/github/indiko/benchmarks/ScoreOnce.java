package io.github.indiko.benchmarks;

import io.github.indiko.core.validation.DataValidator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Runs tool A ({@link ScoreTool}) once on the edition of one size and prints the SHA-256 of its
 * {@code results.json} and its heap ({@link HeapWatch}), so that a script can run it under
 * different {@code -Xmx} and compare (benchmarks/memory).
 *
 * <p>Usage: {@code ScoreOnce [--size 1e7] [--threads 2] [--data DIR]}; the edition is generated
 * under DIR (default {@code benchmarks/editions}) when it is not there yet. Prints {@code key:
 * value} lines; the hash's is {@code results.json sha256: HEX}.
 */
public final class ScoreOnce {
  private static final double MIB = 1024.0 * 1024.0;

  private ScoreOnce() {}

  /**
   * @param args the options, see the class comment
   */
  public static void main(String... args) {
    long size = 10_000_000;
    int threads = 2;
    Path data = Path.of("benchmarks", "editions");
    try {
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (i + 1 == args.length) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        String value = args[++i];
        switch (name) {
          case "--size" -> size = new BigDecimal(value).longValueExact();
          case "--threads" -> threads = Integer.parseInt(value);
          case "--data" -> data = Path.of(value);
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      }
      if (size < 1 || threads < 1) {
        throw new IllegalArgumentException("--size and --threads must be at least 1");
      }
    } catch (IllegalArgumentException | ArithmeticException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: ScoreOnce [--size 1e7] [--threads 2] [--data DIR]");
      System.exit(2);
      return;
    }
    Path edition = Editions.ensure(data, size, System.err);
    ScoreTool tool = new ScoreTool(threads);
    ScoreTool.Outcome outcome;
    HeapWatch.Heap heap;
    long elapsed;
    try (HeapWatch watch = new HeapWatch()) {
      watch.start();
      long start = System.nanoTime();
      outcome = tool.run(edition);
      elapsed = System.nanoTime() - start;
      heap = watch.stop();
    }
    long bytes = edition.resolve(DataValidator.RESPONSES).toFile().length();
    System.out.printf(
        Locale.ROOT,
        "responses: %d%nresponses.jsonl bytes: %d%nthreads: %d%nmax heap (MiB): %.0f%n"
            + "seconds: %.3f%nrefused lines: %d%nheap peak (MiB): %.1f%nheap after GC (MiB): %s%n"
            + "results.json sha256: %s%n",
        size,
        bytes,
        threads,
        Runtime.getRuntime().maxMemory() / MIB,
        elapsed / 1e9,
        outcome.rejected(),
        heap.peak() / MIB,
        heap.afterGc() == null ? "no GC" : String.format(Locale.ROOT, "%.1f", heap.afterGc() / MIB),
        outcome.sha256());
  }
}

package io.github.indiko.benchmarks;

import io.github.indiko.core.validation.DataValidator;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

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
    long size;
    int threads;
    Path data;
    try {
      Map<String, String> options = Flags.parse(args, "--size", "--threads", "--data");
      size = Flags.count(options.getOrDefault("--size", "1e7"));
      threads = Integer.parseInt(options.getOrDefault("--threads", "2"));
      data = Path.of(options.getOrDefault("--data", "benchmarks/editions"));
      if (size < 1 || threads < 1) {
        throw new IllegalArgumentException("--size and --threads must be at least 1");
      }
    } catch (IllegalArgumentException e) {
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

package io.github.indiko.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Runs tool A ({@link ScoreTool}) repeatedly on the edition of one size, for a sampling profiler
 * (benchmarks/profile): warm-up runs first, then, between an {@code enable} and a {@code disable}
 * written to the profiler's control FIFO ({@code perf record --control fifo:…}), the profiled runs.
 * Prints each profiled run's wall and process CPU seconds, and their medians.
 *
 * <p>Usage: {@code ProfileRuns [--size 1e6] [--threads 2] [--warmup 4] [--runs 10] [--data DIR]
 * [--control FIFO]}.
 */
public final class ProfileRuns {
  private ProfileRuns() {}

  /**
   * @param args the options, see the class comment
   */
  public static void main(String... args) {
    long size;
    int threads;
    int warmup;
    int runs;
    Path data;
    Path control;
    try {
      Map<String, String> options =
          Flags.parse(
              args, "--size", "--threads", "--warmup", "--runs", "--data", "--control");
      size = Flags.count(options.getOrDefault("--size", "1e6"));
      threads = Integer.parseInt(options.getOrDefault("--threads", "2"));
      warmup = Integer.parseInt(options.getOrDefault("--warmup", "4"));
      runs = Integer.parseInt(options.getOrDefault("--runs", "10"));
      data = Path.of(options.getOrDefault("--data", "benchmarks/editions"));
      control = options.containsKey("--control") ? Path.of(options.get("--control")) : null;
      if (size < 1 || threads < 1 || warmup < 0 || runs < 1) {
        throw new IllegalArgumentException(
            "--size, --threads and --runs must be at least 1, --warmup not negative");
      }
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(
          "usage: ProfileRuns [--size 1e6] [--threads 2] [--warmup 4] [--runs 10] [--data DIR]"
              + " [--control FIFO]");
      System.exit(2);
      return;
    }
    run(Editions.ensure(data, size, System.err), threads, warmup, runs, control, System.out);
  }

  /**
   * Runs A on an edition: the warm-up runs, {@code enable}, the profiled runs, {@code disable}.
   *
   * @param control the profiler's control FIFO, an existing file appended to; null for none
   * @param out where each profiled run and the medians are printed
   */
  static void run(
      Path edition, int threads, int warmup, int runs, @Nullable Path control, PrintStream out) {
    ScoreTool tool = new ScoreTool(threads);
    for (int i = 0; i < warmup; i++) {
      tool.run(edition);
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double[] wall = new double[runs];
    double[] cpu = new double[runs];
    tell(control, "enable");
    for (int i = 0; i < runs; i++) {
      long cpuStart = os.getProcessCpuTime();
      long start = System.nanoTime();
      tool.run(edition);
      wall[i] = (System.nanoTime() - start) / 1e9;
      cpu[i] = (os.getProcessCpuTime() - cpuStart) / 1e9;
      out.printf(Locale.ROOT, "run %d: %.3f s, CPU %.3f s%n", i + 1, wall[i], cpu[i]);
    }
    tell(control, "disable");
    out.printf(
        Locale.ROOT,
        "%d threads, %d runs after %d warm-up runs: median %.3f s, CPU %.3f s%n",
        threads,
        runs,
        warmup,
        Spread.of(wall).median(),
        Spread.of(cpu).median());
  }

  /** Writes a command to the profiler's control FIFO, if there is one. */
  private static void tell(@Nullable Path control, String command) {
    if (control == null) {
      return;
    }
    try (OutputStream out = Files.newOutputStream(control, StandardOpenOption.APPEND)) {
      out.write((command + "\n").getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

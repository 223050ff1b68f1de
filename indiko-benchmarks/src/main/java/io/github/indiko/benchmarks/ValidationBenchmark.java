package io.github.indiko.benchmarks;

import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.SourceCounts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The validation of lines, on one thread, over 10 000 generated response lines held in memory
 * (split, UTF-8, JSON under format v1's limits, envelope, answers, conditions, duplicates); one
 * operation is one line: {@link #validate} through the reference path ({@link
 * DataValidator#validateResponses(java.io.InputStream, String, java.util.function.Consumer)}, a
 * {@link io.github.indiko.core.response.Response} per line), {@link #scan} through the fast path
 * ({@link DataValidator#scanResponses}, rows given to a consumer, the calling thread alone).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ValidationBenchmark {
  // Set by generate() before the benchmark method runs.
  private DataValidator validator;
  private byte[] lines;

  /** Generates the lines and keeps their bytes. */
  @Setup(Level.Trial)
  public void generate() {
    Path folder = Fixtures.edition(Fixtures.LINES);
    try {
      validator = DataValidator.of(EditionFolder.load(folder));
      lines = Files.readAllBytes(folder.resolve(DataValidator.RESPONSES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Fixtures.delete(folder);
    }
  }

  /**
   * @param blackhole receives every line's result
   * @return the counts
   */
  @Benchmark
  @OperationsPerInvocation(Fixtures.LINES)
  public SourceCounts validate(Blackhole blackhole) {
    return validator.validateResponses(
        new ByteArrayInputStream(lines), DataValidator.RESPONSES, blackhole::consume);
  }

  /**
   * @param blackhole receives every row's structure and every reject
   * @return the counts
   */
  @Benchmark
  @OperationsPerInvocation(Fixtures.LINES)
  public SourceCounts scan(Blackhole blackhole) {
    return validator.scanResponses(
        new ByteArrayInputStream(lines),
        DataValidator.RESPONSES,
        () -> row -> blackhole.consume(row.structure()),
        blackhole::consume,
        task -> {},
        1);
  }
}

package io.github.indiko.benchmarks;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The codec: {@link EditionFolder#load} of a synthetic edition's five definition files (12
 * structures), read, checked against each other and compiled.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CodecBenchmark {
  // Set by write() before the benchmark method runs.
  private Path folder;

  /** Writes the definitions, without data lines. */
  @Setup(Level.Trial)
  public void write() {
    folder = Fixtures.edition(0);
  }

  /** Deletes them. */
  @TearDown(Level.Trial)
  public void delete() {
    Fixtures.delete(folder);
  }

  /**
   * @return the definitions
   */
  @Benchmark
  public EditionDefinitions load() {
    return EditionFolder.load(folder);
  }
}

package io.github.indiko.benchmarks;

import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ScoringEngine;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole engine: {@link ScoringEngine#score(Path, java.util.function.Consumer)} of a generated
 * edition folder of 10 000 responses and 150 audits, from the files to the results, on 1 and 2
 * threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {
  /** The engine's threads. */
  @Param({"1", "2"})
  public int threads;

  // Set by generate() before the benchmark method runs.
  private Path folder;
  private ScoringEngine engine;

  /** Generates the edition folder and builds the engine. */
  @Setup(Level.Trial)
  public void generate() {
    folder = Fixtures.edition(Fixtures.LINES);
    engine = ScoringEngine.builder().builtIns().threads(threads).build();
  }

  /** Deletes the folder. */
  @TearDown(Level.Trial)
  public void delete() {
    Fixtures.delete(folder);
  }

  /**
   * @return the results
   */
  @Benchmark
  public Results score() {
    return engine.score(
        folder,
        reject -> {
          throw new IllegalStateException("a generated line was refused: " + reject);
        });
  }
}

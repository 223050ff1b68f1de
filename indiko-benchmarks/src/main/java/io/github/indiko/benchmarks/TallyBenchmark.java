package io.github.indiko.benchmarks;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.ResponseRow;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.scoring.Tally;
import java.nio.file.Path;
import java.util.List;
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

/**
 * The accumulation of 10 000 responses parsed and validated beforehand, into a new tally; one
 * operation is one response: {@link #add} adds {@link Response}s ({@link Tally#add(Response)}, the
 * reference path, which turns each into a row first), {@link #addRows} the rows the fast path gives
 * ({@link Tally#add(ResponseRow)}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TallyBenchmark {
  private final ScoringEngine engine = ScoringEngine.builder().builtIns().threads(1).build();
  // Set by generate() before the benchmark method runs.
  private EditionDefinitions definitions;
  private List<Response> responses;
  private List<ResponseRow> rows;

  /** Generates, reads and validates the responses. */
  @Setup(Level.Trial)
  public void generate() {
    Path folder = Fixtures.edition(Fixtures.LINES);
    try {
      definitions = EditionFolder.load(folder);
      responses = Fixtures.responses(definitions, folder);
    } finally {
      Fixtures.delete(folder);
    }
    if (responses.size() != Fixtures.LINES) {
      throw new IllegalStateException("every generated response must be accepted");
    }
    DataValidator validator = DataValidator.of(definitions);
    rows = responses.stream().map(validator::row).toList();
  }

  /**
   * @return the tally of every response
   */
  @Benchmark
  @OperationsPerInvocation(Fixtures.LINES)
  public Tally add() {
    Tally tally = engine.tally(definitions);
    for (Response response : responses) {
      tally.add(response);
    }
    return tally;
  }

  /**
   * @return the tally of every row
   */
  @Benchmark
  @OperationsPerInvocation(Fixtures.LINES)
  public Tally addRows() {
    Tally tally = engine.tally(definitions);
    for (ResponseRow row : rows) {
      tally.add(row);
    }
    return tally;
  }
}

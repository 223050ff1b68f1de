package io.github.indiko.benchmarks;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.condition.QuestionnaireConditions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
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
 * The conditions: every compiled {@code when} of the synthetic questionnaire (modelled on the
 * sample's, 25 questions, 11 conditions), evaluated on the answers of 10 000 generated responses;
 * one operation is one response, all its questions. And the compilation of those conditions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ConditionBenchmark {
  // Set by generate() before any benchmark method runs.
  private EditionDefinitions definitions;
  private QuestionnaireConditions conditions;
  private @Nullable Answer[][] answers;

  /** Generates the responses and keeps their answers by question index. */
  @Setup(Level.Trial)
  public void generate() {
    Path folder = Fixtures.edition(Fixtures.LINES);
    try {
      definitions = EditionFolder.load(folder);
      conditions = QuestionnaireConditions.compile(definitions.questionnaire());
      List<Question> questions = definitions.questionnaire().questions();
      List<Response> responses = Fixtures.responses(definitions, folder);
      answers = new Answer[responses.size()][];
      for (int r = 0; r < responses.size(); r++) {
        answers[r] = new Answer[questions.size()];
        for (int q = 0; q < questions.size(); q++) {
          answers[r][q] = responses.get(r).answers().get(questions.get(q).id());
        }
      }
    } finally {
      Fixtures.delete(folder);
    }
  }

  /**
   * @return how many questions were shown, over all responses
   */
  @Benchmark
  @OperationsPerInvocation(Fixtures.LINES)
  public long evaluate() {
    long shown = 0;
    int size = conditions.size();
    for (@Nullable Answer[] response : answers) {
      for (int q = 0; q < size; q++) {
        if (conditions.shown(q, response)) {
          shown++;
        }
      }
    }
    return shown;
  }

  /**
   * @return the questionnaire's conditions, compiled
   */
  @Benchmark
  public QuestionnaireConditions compile() {
    return QuestionnaireConditions.compile(definitions.questionnaire());
  }
}

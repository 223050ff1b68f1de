package io.github.indiko.testsupport;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Disables the tests marked {@link RequiresPostgres} where PostgreSQL's programs are missing. */
final class PostgresCondition implements ExecutionCondition {
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    ConditionEvaluationResult result = evaluate(PostgresBinaries.find());
    if (result.isDisabled()) {
      System.err.println(context.getDisplayName() + ": " + PostgresBinaries.MISSING);
    }
    return result;
  }

  /** Enabled when the programs were found, naming their folder; disabled otherwise. */
  static ConditionEvaluationResult evaluate(Optional<PostgresBinaries> binaries) {
    return binaries
        .map(found -> ConditionEvaluationResult.enabled("PostgreSQL in " + found.folder()))
        .orElseGet(() -> ConditionEvaluationResult.disabled(PostgresBinaries.MISSING));
  }
}

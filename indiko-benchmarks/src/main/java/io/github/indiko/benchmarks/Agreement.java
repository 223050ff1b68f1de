package io.github.indiko.benchmarks;

import io.github.indiko.scoring.ItemResult;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.StructureResult;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks that tools A and C did the same work: for every structure and numeric question, DuckDB's
 * count equals the engine's n and DuckDB's mean of raw answers equals the engine's mean item score
 * taken back to the scale.
 */
final class Agreement {
  private static final double TOLERANCE = 1e-9;

  private Agreement() {}

  /**
   * @param results tool A's results
   * @param rows tool C's rows
   * @param questions the numeric questions
   * @return how many (structure, question) pairs agree: all of them
   * @throws IllegalStateException when a pair is missing from one side or differs
   */
  static int check(Results results, List<DuckDbMeans.Row> rows, List<NumericQuestion> questions) {
    Map<String, DuckDbMeans.Row> byPair = new HashMap<>();
    for (DuckDbMeans.Row row : rows) {
      byPair.put(row.structure() + "/" + row.question(), row);
    }
    int checked = 0;
    for (StructureResult structure : results.structures()) {
      for (NumericQuestion question : questions) {
        ItemResult item = structure.items().get(question.id());
        if (item == null) {
          continue;
        }
        String pair = structure.id().value() + "/" + question.id();
        DuckDbMeans.Row row = byPair.remove(pair);
        if (row == null) {
          throw new IllegalStateException("DuckDB has no row for " + pair);
        }
        double engineMean = question.rawMean(item.mean());
        if (row.n() != item.n()
            || Math.abs(row.mean() - engineMean) > TOLERANCE * Math.max(1, question.max())) {
          throw new IllegalStateException(
              String.format(
                  Locale.ROOT,
                  "%s: the engine has n %d, mean %.12f; DuckDB n %d, mean %.12f",
                  pair,
                  item.n(),
                  engineMean,
                  row.n(),
                  row.mean()));
        }
        checked++;
      }
    }
    if (!byPair.isEmpty()) {
      throw new IllegalStateException("the engine scored none of " + byPair.keySet());
    }
    return checked;
  }
}

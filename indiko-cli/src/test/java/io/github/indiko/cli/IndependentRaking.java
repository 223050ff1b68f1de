package io.github.indiko.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Raking written from the text of analysis.md §A3 (Weights) alone, to check the engine's weights
 * from outside: iterative proportional fitting of the cells' weights to the margins, one key after
 * the other in declared order, each sum correctly rounded.
 *
 * @param cycles the cycles run until convergence
 * @param weightedResponses n_R, the responses with a value for every key
 * @param shares key → value → the weighted share S_v / n_R after the last cycle
 * @param nEffective (Σw)² / Σw² over every response, the unweighted ones weighing 1
 * @param designEffect n · Σw² / (Σw)²
 */
record IndependentRaking(
    int cycles,
    int weightedResponses,
    Map<String, Map<String, Double>> shares,
    double nEffective,
    double designEffect) {
  private static final double CONVERGED = 1e-10;
  private static final int MAX_CYCLES = 1_000;

  /**
   * @param segments each response's segment, key → value
   * @param margins the margins of the weighting keys, in declared order of keys and values
   * @return the raking of those responses
   * @throws AssertionError when a value has no weighted response or 1 000 cycles do not converge
   */
  static IndependentRaking of(
      List<Map<String, String>> segments, Map<String, Map<String, Double>> margins) {
    List<String> keys = new ArrayList<>(margins.keySet());
    Map<List<String>, Integer> counts = new LinkedHashMap<>();
    for (Map<String, String> segment : segments) {
      List<String> cell = new ArrayList<>();
      for (String key : keys) {
        cell.add(segment.get(key));
      }
      if (!cell.contains(null)) {
        counts.merge(cell, 1, Integer::sum);
      }
    }
    List<List<String>> cells = new ArrayList<>(counts.keySet());
    double[] weights = new double[cells.size()];
    Arrays.fill(weights, 1);
    int weighted = counts.values().stream().mapToInt(Integer::intValue).sum();
    for (int cycle = 1; cycle <= MAX_CYCLES; cycle++) {
      for (int k = 0; k < keys.size(); k++) {
        for (Map.Entry<String, Double> share : margins.get(keys.get(k)).entrySet()) {
          double sum = sum(cells, counts, weights, k, share.getKey());
          if (sum > 0) {
            double factor = (share.getValue() * weighted) / sum;
            for (int c = 0; c < cells.size(); c++) {
              if (cells.get(c).get(k).equals(share.getKey())) {
                weights[c] = weights[c] * factor;
              }
            }
          } else if (share.getValue() > 0) {
            throw new AssertionError("empty cell: " + keys.get(k) + " " + share.getKey());
          }
        }
      }
      Map<String, Map<String, Double>> shares = new LinkedHashMap<>();
      boolean converged = true;
      for (int k = 0; k < keys.size(); k++) {
        Map<String, Double> ofKey = new LinkedHashMap<>();
        for (Map.Entry<String, Double> share : margins.get(keys.get(k)).entrySet()) {
          double value = sum(cells, counts, weights, k, share.getKey()) / weighted;
          converged &= Math.abs(value - share.getValue()) <= CONVERGED;
          ofKey.put(share.getKey(), value);
        }
        shares.put(keys.get(k), ofKey);
      }
      if (converged) {
        return summary(cycle, weighted, shares, cells, counts, weights, segments.size());
      }
    }
    throw new AssertionError("not converged in " + MAX_CYCLES + " cycles");
  }

  private static IndependentRaking summary(
      int cycles,
      int weighted,
      Map<String, Map<String, Double>> shares,
      List<List<String>> cells,
      Map<List<String>, Integer> counts,
      double[] weights,
      int n) {
    List<Double> all = new ArrayList<>();
    List<Double> squares = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      for (int i = 0; i < counts.get(cells.get(c)); i++) {
        all.add(weights[c]);
        squares.add(weights[c] * weights[c]);
      }
    }
    for (int i = weighted; i < n; i++) {
      all.add(1.0);
      squares.add(1.0);
    }
    double total = fsum(all);
    double sumOfSquares = fsum(squares);
    return new IndependentRaking(
        cycles,
        weighted,
        shares,
        total * total / sumOfSquares,
        n * sumOfSquares / (total * total));
  }

  /** S_v: Σ n_c · w_c over the cells with {@code value} for key {@code k}, each product rounded. */
  private static double sum(
      List<List<String>> cells,
      Map<List<String>, Integer> counts,
      double[] weights,
      int k,
      String value) {
    List<Double> terms = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      if (cells.get(c).get(k).equals(value)) {
        terms.add(counts.get(cells.get(c)) * weights[c]);
      }
    }
    return fsum(terms);
  }

  /** The correctly rounded sum of binary64 terms, as Python's {@code math.fsum}. */
  private static double fsum(List<Double> terms) {
    BigDecimal sum = BigDecimal.ZERO;
    for (double term : terms) {
      sum = sum.add(new BigDecimal(term));
    }
    return sum.doubleValue();
  }
}

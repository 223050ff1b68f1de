package io.github.indiko.scoring.internal;

import io.github.indiko.scoring.spi.FSum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The weights of one structure's survey responses (analysis.md, Weights): raking, or
 * post-stratification when there is one key, of the cells' counts to the population's margins,
 * with the design summaries {@code nEffective} and {@code designEffect}.
 *
 * <p>A pure function of the cells' counts: the weights depend neither on the order of the
 * responses nor on how they were split. Every operation is the one the specification fixes: S_v
 * is the correctly rounded sum ({@link FSum}) of the products n_c · w_c each rounded to binary64,
 * and the factor is (π_v · n_R) / S_v computed in that order, so the weights are those of any
 * other implementation of the specification, to the last bit.
 */
public final class Raking {
  /** The most cycles run before the status is {@link Status#NOT_CONVERGED}. */
  public static final int MAX_CYCLES = 1_000;

  /** The largest |S_v / n_R − π_v| of converged weights. */
  public static final double TOLERANCE = 1e-10;

  /** How the weighting of a structure ended. */
  public enum Status {
    /** Converged: the weights are used. */
    WEIGHTED("weighted"),
    /** A value with a positive share has no weighted response: every weight is 1. */
    EMPTY_CELL("empty_cell"),
    /** {@link #MAX_CYCLES} cycles without convergence: every weight is 1. */
    NOT_CONVERGED("not_converged"),
    /** No response has a value for every weighting key: every weight is 1. */
    NONE("none");

    private final String json;

    Status(String json) {
      this.json = json;
    }

    /**
     * @return the status as {@code results.json} writes it
     */
    public String json() {
      return json;
    }
  }

  /**
   * One weighting key, in declared order.
   *
   * @param name the segment key
   * @param values its declared values, in declared order
   * @param shares the share π of each value, in the same order, each finite and ≥ 0
   */
  public record Key(String name, List<String> values, List<Double> shares) {
    /** Copies the lists and checks that there is one finite share ≥ 0 for each value. */
    public Key {
      Objects.requireNonNull(name, "name");
      values = List.copyOf(values);
      shares = List.copyOf(shares);
      if (values.isEmpty() || values.size() != shares.size()) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "key %s: %d values and %d shares",
                name,
                values.size(),
                shares.size()));
      }
      for (double share : shares) {
        if (!Double.isFinite(share) || share < 0) {
          throw new IllegalArgumentException("key " + name + ": a share is not ≥ 0: " + share);
        }
      }
    }
  }

  /**
   * One cell: a combination of values of the weighting keys and its count.
   *
   * @param positions the position of the cell's value in each key's declared values, key by key
   * @param count n_c, the cell's number of weighted responses, ≥ 1: a cell is a combination of
   *     values that some responses have
   */
  public record Cell(List<Integer> positions, long count) {
    /** Copies the positions and checks that the count is positive. */
    public Cell {
      positions = List.copyOf(positions);
      if (count < 1) {
        throw new IllegalArgumentException("a cell has at least one response: " + count);
      }
    }
  }

  /**
   * The weighting of one structure.
   *
   * @param status how it ended
   * @param cycles the cycles run when {@link Status#WEIGHTED}, else null
   * @param weights w_c of each cell, in the cells' order; all 1 unless weighted
   * @param weightedResponses n_R
   * @param unweightedResponses the accepted responses lacking a weighting key (weight 1)
   * @param nEffective (Σw)² / Σw² over all the accepted responses; n unless weighted
   * @param designEffect n · Σw² / (Σw)²; 1 unless weighted
   * @param key with {@link Status#EMPTY_CELL}, the first key with an empty value, else null
   * @param value with {@link Status#EMPTY_CELL}, that value, else null
   */
  public record Result(
      Status status,
      @Nullable Integer cycles,
      List<Double> weights,
      long weightedResponses,
      long unweightedResponses,
      double nEffective,
      double designEffect,
      @Nullable String key,
      @Nullable String value) {
    /** Copies the weights. */
    public Result {
      weights = List.copyOf(weights);
    }
  }

  private final List<Key> keys;
  private final long[] counts;

  /** cellValues[k][c]: the position in key k's values of cell c's value. */
  private final int[][] cellValues;

  private final double weightedCount;

  private Raking(List<Key> keys, List<Cell> cells) {
    this.keys = List.copyOf(keys);
    this.counts = cells.stream().mapToLong(Cell::count).toArray();
    this.cellValues = new int[keys.size()][cells.size()];
    for (int c = 0; c < cells.size(); c++) {
      List<Integer> positions = cells.get(c).positions();
      for (int k = 0; k < keys.size(); k++) {
        cellValues[k][c] = positions.get(k);
      }
    }
    this.weightedCount = Arrays.stream(counts).sum();
  }

  /**
   * Weights one structure's responses.
   *
   * @param keys the weighting keys with their margins, in declared order, at least one
   * @param cells the cells, ordered by their values' declared positions key by key, each once
   * @param unweightedResponses the structure's accepted responses lacking a weighting key
   * @return the status, weights and design summaries
   * @throws IllegalArgumentException when a cell does not have one valid position per key or the
   *     cells are not in order
   */
  public static Result rake(List<Key> keys, List<Cell> cells, long unweightedResponses) {
    checkCells(keys, cells);
    if (unweightedResponses < 0) {
      throw new IllegalArgumentException("negative unweighted count: " + unweightedResponses);
    }
    return new Raking(keys, cells).run(unweightedResponses);
  }

  private Result run(long unweighted) {
    long weighted = (long) weightedCount;
    double[] weights = new double[counts.length];
    Arrays.fill(weights, 1.0);
    if (weighted == 0) {
      return unweighted(Status.NONE, weights, weighted, unweighted, null, null);
    }
    for (int k = 0; k < keys.size(); k++) {
      double[] sums = sums(k, weights);
      for (int v = 0; v < sums.length; v++) {
        if (keys.get(k).shares().get(v) > 0 && sums[v] == 0) {
          Key key = keys.get(k);
          return unweighted(
              Status.EMPTY_CELL, weights, weighted, unweighted, key.name(), key.values().get(v));
        }
      }
    }
    for (int cycle = 1; cycle <= MAX_CYCLES; cycle++) {
      for (int k = 0; k < keys.size(); k++) {
        adjust(k, weights);
      }
      if (converged(weights)) {
        return weighted(cycle, weights, weighted, unweighted);
      }
    }
    Arrays.fill(weights, 1.0);
    return unweighted(Status.NOT_CONVERGED, weights, weighted, unweighted, null, null);
  }

  /** One key's step of a cycle: each value's cells scaled so that S_v becomes π_v · n_R. */
  private void adjust(int k, double[] weights) {
    double[] sums = sums(k, weights);
    double[] factors = new double[sums.length];
    List<Double> shares = keys.get(k).shares();
    for (int v = 0; v < sums.length; v++) {
      factors[v] = sums[v] > 0 ? (shares.get(v) * weightedCount) / sums[v] : 1.0;
    }
    int[] values = cellValues[k];
    for (int c = 0; c < weights.length; c++) {
      if (sums[values[c]] > 0) {
        weights[c] = weights[c] * factors[values[c]];
      }
    }
  }

  private boolean converged(double[] weights) {
    for (int k = 0; k < keys.size(); k++) {
      double[] sums = sums(k, weights);
      List<Double> shares = keys.get(k).shares();
      for (int v = 0; v < sums.length; v++) {
        if (!(Math.abs(sums[v] / weightedCount - shares.get(v)) <= TOLERANCE)) {
          return false;
        }
      }
    }
    return true;
  }

  /** S_v of each value of key k: Σ fl(n_c · w_c) over its cells, correctly rounded. */
  private double[] sums(int k, double[] weights) {
    int[] values = cellValues[k];
    FSum[] sums = new FSum[keys.get(k).values().size()];
    for (int v = 0; v < sums.length; v++) {
      sums[v] = FSum.empty();
    }
    for (int c = 0; c < weights.length; c++) {
      sums[values[c]].add(counts[c] * weights[c]);
    }
    return Arrays.stream(sums).mapToDouble(FSum::sum).toArray();
  }

  private Result weighted(int cycles, double[] weights, long weighted, long unweighted) {
    // Over every accepted response: each weighted response adds its cell's w (and fl(w·w)) once,
    // the unweighted ones 1; the sums exact, rounded once.
    FSum sum = FSum.empty().add(1.0, unweighted);
    FSum squares = FSum.empty().add(1.0, unweighted);
    for (int c = 0; c < weights.length; c++) {
      sum.add(weights[c], counts[c]);
      squares.add(weights[c] * weights[c], counts[c]);
    }
    double w = sum.sum();
    double q = squares.sum();
    double n = (double) weighted + unweighted;
    return new Result(
        Status.WEIGHTED,
        cycles,
        boxed(weights),
        weighted,
        unweighted,
        (w * w) / q,
        (n * q) / (w * w),
        null,
        null);
  }

  private static Result unweighted(
      Status status,
      double[] weights,
      long weighted,
      long unweighted,
      @Nullable String key,
      @Nullable String value) {
    return new Result(
        status,
        null,
        boxed(weights),
        weighted,
        unweighted,
        (double) weighted + unweighted,
        1.0,
        key,
        value);
  }

  private static List<Double> boxed(double[] weights) {
    List<Double> list = new ArrayList<>(weights.length);
    for (double weight : weights) {
      list.add(weight);
    }
    return list;
  }

  private static void checkCells(List<Key> keys, List<Cell> cells) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("raking needs at least one key");
    }
    Cell previous = null;
    for (Cell cell : cells) {
      List<Integer> positions = cell.positions();
      if (positions.size() != keys.size()) {
        throw new IllegalArgumentException(
            "a cell needs one position per key: " + positions + " for " + keys.size() + " keys");
      }
      for (int k = 0; k < keys.size(); k++) {
        int position = positions.get(k);
        if (position < 0 || position >= keys.get(k).values().size()) {
          throw new IllegalArgumentException(
              "position " + position + " is not a value of key " + keys.get(k).name());
        }
      }
      if (previous != null && compare(previous.positions(), positions) >= 0) {
        throw new IllegalArgumentException(
            "cells out of declared order: " + previous.positions() + " then " + positions);
      }
      previous = cell;
    }
  }

  private static int compare(List<Integer> a, List<Integer> b) {
    for (int k = 0; k < a.size(); k++) {
      int order = Integer.compare(a.get(k), b.get(k));
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }
}

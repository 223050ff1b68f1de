package io.github.indiko.benchmarks;

import java.util.Arrays;

/**
 * The median and the range of some measurements.
 *
 * @param median the middle value, or the mean of the two middle values of an even count
 * @param min the smallest
 * @param max the largest
 */
record Spread(double median, double min, double max) {
  /**
   * @param values at least one measurement
   * @return their median and range
   */
  static Spread of(double... values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("a spread needs at least one value");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    double median =
        sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    return new Spread(median, sorted[0], sorted[sorted.length - 1]);
  }
}

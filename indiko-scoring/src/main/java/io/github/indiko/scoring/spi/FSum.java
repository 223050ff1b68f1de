package io.github.indiko.scoring.spi;

import java.util.Arrays;
import java.util.Locale;

/**
 * The correctly rounded sum of binary64 values: exactly what Python's {@code math.fsum} returns
 * for finite values, whatever their order (analysis.md, Weights: "the sum correctly rounded, as
 * {@code math.fsum} does").
 *
 * <p>Shewchuk's algorithm as in CPython's {@code msum}: the sum so far is held exactly as a list
 * of non-overlapping partials in increasing magnitude, each addition being an error-free two-sum;
 * the result adds the partials from the largest down while that is exact, then corrects the last
 * rounding so that it is half-even across several partials.
 *
 * <p>Public because a weighted item strategy of the SPI sums its weights the same way as the
 * built-in ones. Mutable and not thread-safe: one sum per thread, combined with {@link #merge}.
 */
public final class FSum {
  /** The largest count of {@link #add(double, long)}: a count is then exact in binary64. */
  public static final long MAX_TIMES = 1L << 53;

  private double[] partials = new double[8];
  private int size;

  private FSum() {}

  /**
   * @return a new sum holding no value: its {@link #sum()} is 0
   */
  public static FSum empty() {
    return new FSum();
  }

  /**
   * @param values finite values
   * @return their correctly rounded sum, 0 for none
   * @throws IllegalArgumentException when a value is not finite
   * @throws ArithmeticException when the exact sum overflows binary64 at some step, where Python
   *     raises {@code OverflowError}
   */
  public static double of(double... values) {
    FSum sum = new FSum();
    for (double value : values) {
      sum.add(value);
    }
    return sum.sum();
  }

  /**
   * Adds one value, exactly.
   *
   * @param value a finite value
   * @return this sum
   * @throws IllegalArgumentException when the value is not finite
   * @throws ArithmeticException when the exact sum overflows binary64
   */
  public FSum add(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "a correctly rounded sum takes finite values: %s", value));
    }
    double x = value;
    int kept = 0;
    for (int j = 0; j < size; j++) {
      double y = partials[j];
      if (Math.abs(x) < Math.abs(y)) {
        double swap = x;
        x = y;
        y = swap;
      }
      double high = x + y;
      double low = y - (high - x);
      if (low != 0.0) {
        partials[kept++] = low;
      }
      x = high;
    }
    size = kept;
    if (!Double.isFinite(x)) {
      throw new ArithmeticException("intermediate overflow in a correctly rounded sum");
    }
    if (x != 0.0) {
      if (size == partials.length) {
        partials = Arrays.copyOf(partials, size * 2);
      }
      partials[size++] = x;
    }
    return this;
  }

  /**
   * Adds {@code value} {@code times} times: the same sum as that many calls of {@link
   * #add(double)}, in constant time (the exact product is split in two values with a fused
   * multiply-add).
   *
   * @param value a finite value
   * @param times how many times, from 0 to {@link #MAX_TIMES}
   * @return this sum
   * @throws IllegalArgumentException when the value is not finite or {@code times} out of range
   * @throws ArithmeticException when the exact sum overflows binary64
   */
  public FSum add(double value, long times) {
    if (times < 0 || times > MAX_TIMES) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "times must be from 0 to 2^53: %d", times));
    }
    double count = times;
    double product = value * count;
    if (Double.isFinite(value) && !Double.isFinite(product)) {
      throw new ArithmeticException("intermediate overflow in a correctly rounded sum");
    }
    add(product);
    return add(Math.fma(value, count, -product));
  }

  /**
   * @param other another sum; may be this one
   * @return a new sum holding the values of both; neither changes
   * @throws ArithmeticException when the exact sum overflows binary64
   */
  public FSum merge(FSum other) {
    FSum merged = new FSum();
    merged.partials = Arrays.copyOf(partials, Math.max(8, size + other.size));
    merged.size = size;
    for (int i = 0; i < other.size; i++) {
      merged.add(other.partials[i]);
    }
    return merged;
  }

  /**
   * @return the exact sum of the values added, rounded once to the nearest binary64, ties to even
   */
  public double sum() {
    if (size == 0) {
      return 0.0;
    }
    int n = size;
    double high = partials[--n];
    double low = 0.0;
    while (n > 0) {
      double x = high;
      double y = partials[--n];
      high = x + y;
      low = y - (high - x);
      if (low != 0.0) {
        break;
      }
    }
    // Half-even rounding across partials: when the partial below the rounding error has its
    // sign, the exact sum is past the halfway point that the two-sum rounded to even.
    if (n > 0 && ((low < 0.0 && partials[n - 1] < 0.0) || (low > 0.0 && partials[n - 1] > 0.0))) {
      double y = low * 2.0;
      double x = high + y;
      if (y == x - high) {
        high = x;
      }
    }
    return high;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "FSum[sum=%s, partials=%d]", sum(), size);
  }
}

package io.github.indiko.scoring.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The Pearson correlation of pairs of scores in [0, 100] (scoring.md §8.3), computed from exact
 * sums so that it depends neither on the order of the pairs nor on how they were split between
 * merged correlations: the same pairs give a bit-identical coefficient.
 *
 * <p>As in {@link io.github.indiko.scoring.spi.ExactSum}, each score is quantized to q = round(s ·
 * 2³²); Σx, Σy, Σx², Σy² and Σxy of the quantized scores are held exactly in 128-bit integers (up
 * to 2⁵⁰ pairs). The coefficient is (nΣxy − ΣxΣy) / √((nΣx² − (Σx)²)(nΣy² − (Σy)²)), with the
 * numerator and the variances exact, divided in {@link MathContext#DECIMAL128} and rounded to
 * {@code double}, then clamped to [−1, 1].
 *
 * <p>Mutable and not thread-safe: one per thread, combined with {@link #merge}.
 */
public final class Correlation {
  /** The most pairs a correlation may hold: the sums of squares then stay below 2¹²⁸. */
  public static final long MAX_COUNT = 1L << 50;

  private static final double SCALE = 0x1p32;
  private static final int X = 0;
  private static final int Y = 2;
  private static final int XX = 4;
  private static final int YY = 6;
  private static final int XY = 8;

  private long count;

  /** The five sums, each as two unsigned words: high, then low. */
  private final long[] sums = new long[10];

  private Correlation() {}

  /**
   * @return a correlation holding no pair
   */
  public static Correlation empty() {
    return new Correlation();
  }

  /**
   * Adds one pair.
   *
   * @param x a score in [0, 100]
   * @param y a score in [0, 100]
   * @throws IllegalArgumentException when a score is not in [0, 100]
   * @throws IllegalStateException when the correlation already holds {@link #MAX_COUNT} pairs
   */
  public void add(double x, double y) {
    long qx = quantize(x);
    long qy = quantize(y);
    if (count == MAX_COUNT) {
      throw tooMany(count + 1);
    }
    count++;
    add(X, 0, qx);
    add(Y, 0, qy);
    add(XX, Math.multiplyHigh(qx, qx), qx * qx);
    add(YY, Math.multiplyHigh(qy, qy), qy * qy);
    add(XY, Math.multiplyHigh(qx, qy), qx * qy);
  }

  /**
   * @param other another correlation; may be this one
   * @return a new correlation holding the pairs of both; neither changes
   * @throws IllegalStateException when together they hold more than {@link #MAX_COUNT} pairs
   */
  public Correlation merge(Correlation other) {
    if (count + other.count > MAX_COUNT) {
      throw tooMany(count + other.count);
    }
    Correlation merged = new Correlation();
    merged.count = count + other.count;
    System.arraycopy(sums, 0, merged.sums, 0, sums.length);
    for (int at = 0; at < sums.length; at += 2) {
      merged.add(at, other.sums[at], other.sums[at + 1]);
    }
    return merged;
  }

  /**
   * @return how many pairs were added
   */
  public long count() {
    return count;
  }

  /**
   * @return the Pearson correlation coefficient in [−1, 1], or empty when fewer than two pairs were
   *     added or when the x or the y do not vary
   */
  public OptionalDouble coefficient() {
    if (count < 2) {
      return OptionalDouble.empty();
    }
    BigInteger n = BigInteger.valueOf(count);
    BigInteger sx = sum(X);
    BigInteger sy = sum(Y);
    BigInteger varianceX = n.multiply(sum(XX)).subtract(sx.multiply(sx));
    BigInteger varianceY = n.multiply(sum(YY)).subtract(sy.multiply(sy));
    if (varianceX.signum() == 0 || varianceY.signum() == 0) {
      return OptionalDouble.empty();
    }
    BigInteger covariance = n.multiply(sum(XY)).subtract(sx.multiply(sy));
    BigDecimal root = new BigDecimal(varianceX.multiply(varianceY)).sqrt(MathContext.DECIMAL128);
    double r = new BigDecimal(covariance).divide(root, MathContext.DECIMAL128).doubleValue();
    return OptionalDouble.of(Math.max(-1, Math.min(1, r)));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Correlation[count=%d, r=%s]", count, coefficient());
  }

  private static long quantize(double score) {
    if (!(score >= 0 && score <= 100)) {
      throw new IllegalArgumentException("a score must lie in [0, 100]: " + score);
    }
    return Math.round(score * SCALE);
  }

  /** Adds a 128-bit number to the sum at {@code at}, as unsigned words. */
  private void add(int at, long high, long low) {
    long sum = sums[at + 1] + low;
    sums[at] += high + (Long.compareUnsigned(sum, sums[at + 1]) < 0 ? 1 : 0);
    sums[at + 1] = sum;
  }

  private BigInteger sum(int at) {
    return unsigned(sums[at]).shiftLeft(64).or(unsigned(sums[at + 1]));
  }

  private static BigInteger unsigned(long word) {
    BigInteger value = BigInteger.valueOf(word & Long.MAX_VALUE);
    return word < 0 ? value.setBit(63) : value;
  }

  private static IllegalStateException tooMany(long newCount) {
    return new IllegalStateException(
        String.format(
            Locale.ROOT, "a correlation holds at most %d pairs: %d", MAX_COUNT, newCount));
  }
}

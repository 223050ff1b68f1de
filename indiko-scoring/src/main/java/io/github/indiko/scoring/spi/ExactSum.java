package io.github.indiko.scoring.spi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Locale;

/**
 * A count, sum and sum of squares of scores in [0, 100] whose mean and standard deviation do not
 * depend on the order of the additions nor on how they were split between merged sums: the same
 * scores give bit-identical results.
 *
 * <p>Each score s is quantized to the fixed-point integer q = round(s · 2³²) (a resolution of
 * 2⁻³², so a mean is off by at most 2⁻³³ ≈ 1.2e-10 from the mean of the unquantized scores); Σq and
 * Σq² are then held exactly in 128-bit integers, which lets a sum hold up to 2⁵⁰ (about 10¹⁵)
 * scores. The results are computed exactly in integers, divided with {@link
 * MathContext#DECIMAL128} and rounded once more to {@code double}, so they depend only on the
 * multiset of quantized scores.
 *
 * <p>Mutable and not thread-safe: one sum per thread, combined with {@link #merge}.
 */
public final class ExactSum {
  /** The most scores a sum may hold: Σq² then stays below 2¹²⁸. */
  public static final long MAX_COUNT = 1L << 50;

  private static final double SCALE = 0x1p32;
  private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

  private long count;
  private long sumHigh;
  private long sumLow;
  private long squaresHigh;
  private long squaresLow;

  private ExactSum() {}

  /**
   * @return a new sum holding no score
   */
  public static ExactSum empty() {
    return new ExactSum();
  }

  /**
   * Adds one score.
   *
   * @param score a score in [0, 100]
   * @throws IllegalArgumentException when the score is not in [0, 100]
   * @throws IllegalStateException when the sum already holds {@link #MAX_COUNT} scores
   */
  public void add(double score) {
    Accumulators.checkScore(score);
    checkCount(count + 1);
    long q = Math.round(score * SCALE);
    count++;
    long low = sumLow + q;
    sumHigh += carry(sumLow, low);
    sumLow = low;
    long squareLow = q * q;
    long squareHigh = Math.multiplyHigh(q, q);
    low = squaresLow + squareLow;
    squaresHigh += squareHigh + carry(squaresLow, low);
    squaresLow = low;
  }

  /**
   * Adds a score {@code count} times: the same sum as {@code count} calls of {@link #add(double)},
   * in constant time.
   *
   * @param score a score in [0, 100]
   * @param count how many times, at least 1
   * @throws IllegalArgumentException when the score is not in [0, 100] or {@code count} is less
   *     than 1
   * @throws IllegalStateException when the sum would hold more than {@link #MAX_COUNT} scores
   */
  public void add(double score, long count) {
    Accumulators.checkScore(score);
    Accumulators.checkCount(count);
    checkCount(count > MAX_COUNT ? count : this.count + count);
    long q = Math.round(score * SCALE);
    this.count += count;
    // q < 2³⁹ and count ≤ 2⁵⁰: q·count is a 128-bit product of non-negative longs.
    long low = sumLow + q * count;
    sumHigh += Math.multiplyHigh(q, count) + carry(sumLow, low);
    sumLow = low;
    // q² = squareHigh·2⁶⁴ + squareLow, with squareHigh < 2¹⁴; times count, unsigned.
    long squareLow = q * q;
    long squareHigh = Math.multiplyHigh(q, q);
    long productLow = squareLow * count;
    long productHigh = unsignedMultiplyHigh(squareLow, count) + squareHigh * count;
    low = squaresLow + productLow;
    squaresHigh += productHigh + carry(squaresLow, low);
    squaresLow = low;
  }

  /**
   * @param other another sum; may be this one
   * @return a new sum holding the scores of both; neither changes
   * @throws IllegalStateException when together they hold more than {@link #MAX_COUNT} scores
   */
  public ExactSum merge(ExactSum other) {
    ExactSum merged = new ExactSum();
    merged.count = checkCount(count + other.count);
    merged.sumLow = sumLow + other.sumLow;
    merged.sumHigh = sumHigh + other.sumHigh + carry(sumLow, merged.sumLow);
    merged.squaresLow = squaresLow + other.squaresLow;
    merged.squaresHigh =
        squaresHigh + other.squaresHigh + carry(squaresLow, merged.squaresLow);
    return merged;
  }

  /**
   * @return how many scores were added
   */
  public long count() {
    return count;
  }

  /**
   * @return the mean of the quantized scores, in [0, 100]
   * @throws IllegalStateException when no score was added
   */
  public double mean() {
    checkNotEmpty();
    BigInteger denominator = BigInteger.valueOf(count).shiftLeft(32);
    return new BigDecimal(unsigned(sumHigh, sumLow))
        .divide(new BigDecimal(denominator), MathContext.DECIMAL128)
        .doubleValue();
  }

  /**
   * @return the sample standard deviation of the quantized scores (n − 1 in the denominator), 0
   *     when one score was added
   * @throws IllegalStateException when no score was added
   */
  public double sampleStandardDeviation() {
    checkNotEmpty();
    if (count == 1) {
      return 0;
    }
    // n·Σq² − (Σq)² is exact and never negative; the variance is that over n(n − 1)·2⁶⁴.
    BigInteger n = BigInteger.valueOf(count);
    BigInteger sum = unsigned(sumHigh, sumLow);
    BigInteger numerator =
        n.multiply(unsigned(squaresHigh, squaresLow)).subtract(sum.multiply(sum));
    BigInteger denominator = n.multiply(n.subtract(BigInteger.ONE)).shiftLeft(64);
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), MathContext.DECIMAL128)
        .sqrt(MathContext.DECIMAL128)
        .doubleValue();
  }

  @Override
  public String toString() {
    return count == 0
        ? "ExactSum[count=0]"
        : String.format(
            Locale.ROOT,
            "ExactSum[count=%d, mean=%s, sd=%s]",
            count,
            mean(),
            sampleStandardDeviation());
  }

  /** The high 64 bits of the unsigned 128-bit product of {@code a} and a non-negative {@code b}. */
  private static long unsignedMultiplyHigh(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b);
  }

  /** 1 when adding to {@code before} wrapped around to {@code after}, as unsigned 64-bit words. */
  private static long carry(long before, long after) {
    return Long.compareUnsigned(after, before) < 0 ? 1 : 0;
  }

  private static long checkCount(long newCount) {
    if (newCount > MAX_COUNT) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT, "an exact sum holds at most %d scores: %d", MAX_COUNT, newCount));
    }
    return newCount;
  }

  private void checkNotEmpty() {
    if (count == 0) {
      throw new IllegalStateException("an exact sum holding no score has no mean");
    }
  }

  private static BigInteger unsigned(long high, long low) {
    return unsigned(high).multiply(TWO_TO_64).add(unsigned(low));
  }

  private static BigInteger unsigned(long word) {
    BigInteger value = BigInteger.valueOf(word & Long.MAX_VALUE);
    return word < 0 ? value.setBit(63) : value;
  }
}

package io.github.indiko.scoring.internal;

import io.github.indiko.core.internal.Hashing;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Descriptive statistics of numeric answers or measures (scoring.md §8.1): n, min, max, the exact
 * mean and, while they hold at most a given number of distinct values, the median. Any finite
 * values, not only scores.
 *
 * <p>A mergeable accumulator: results depend neither on the order of the additions nor on how they
 * were split between merged statistics, bit for bit. The sum is exact (integers in a {@code long},
 * the rest in a {@link BigDecimal}), and whether the median is known depends only on the number of
 * distinct values of all the additions together. Mutable and not thread-safe: one per thread,
 * combined with {@link #merge}.
 *
 * <p>Adding a value costs no allocation in the common cases: an integer is summed in a {@code
 * long}, a fraction that is a multiple of 2⁻⁶³ below 2³¹ in magnitude (every decimal answer such as
 * 5.9) in a 128-bit fixed-point sum, and only other values in the decimal sum. The integers from 0
 * to {@value #DIRECT_LIMIT} (excluded) are counted in an array indexed by the value, the other
 * values in a hash table: a value → count view split in two, whose union is what the median reads.
 */
public final class QuantityStatistics {
  /** Two bits more than a double's 53: one to round by, one for the rest. */
  private static final int QUOTIENT_BITS = 55;

  /** Below 2⁻¹⁰²², doubles are the multiples of 2⁻¹⁰⁷⁴. */
  private static final int SUBNORMAL_SHIFT = 1074;

  /** Values of this magnitude or more are summed as decimals even when they are integers. */
  private static final double LONG_RANGE = 0x1p62;

  private static final int INITIAL_CAPACITY = 8;

  /** Integers from 0 up to this bound (excluded) are counted in {@link #direct}. */
  static final int DIRECT_LIMIT = 1024;

  private static final int DIRECT_INITIAL = 16;
  private static final long[] NONE = new long[0];

  /** The fixed-point sum's unit is 2⁻⁶³: a fraction of magnitude below 1 is a {@code long} of it. */
  private static final int FRACTION_BITS = 63;

  /** Values of this magnitude or more are not summed in fixed point. */
  private static final double FIXED_RANGE = 0x1p31;

  /** The high word of the fixed-point sum is moved into the decimal sum when it reaches this. */
  private static final long FIXED_HIGH_LIMIT = 1L << 62;

  /** 5⁶³: a multiple of 2⁻⁶³, times 5⁶³, is a multiple of 10⁻⁶³. */
  private static final BigInteger FIVE_TO_63 = BigInteger.valueOf(5).pow(FRACTION_BITS);

  private final int maxDistinct;
  private long count;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;
  private long integerSum;

  /**
   * The fractions, in units of 2⁻⁶³, as a signed 128-bit integer: high word, then low word read as
   * unsigned.
   */
  private long fixedHigh;

  private long fixedLow;
  private BigDecimal otherSum = BigDecimal.ZERO;

  /**
   * Per integer from 0, its count (0 when absent); as long as the largest integer counted needs,
   * up to {@link #DIRECT_LIMIT}.
   */
  private long[] direct = NONE;

  /**
   * Open addressing, value bits → count: the bits at an even index, their count right after it (a
   * count of 0 marks a free slot), so that a lookup reads one cache line.
   */
  private long[] table = new long[2 * INITIAL_CAPACITY];

  /** The values in {@link #table}. */
  private int hashed;

  /** The values in {@link #table} and {@link #direct}. */
  private int distinct;

  /** Whether more than {@link #maxDistinct} values were distinct: then none is kept. */
  private boolean overflowed;

  private QuantityStatistics(int maxDistinct) {
    this.maxDistinct = maxDistinct;
  }

  /**
   * @param maxDistinct the most distinct values kept for the median, at least 1
   * @return statistics holding nothing
   * @throws IllegalArgumentException when {@code maxDistinct} is below 1
   */
  public static QuantityStatistics empty(int maxDistinct) {
    if (maxDistinct < 1) {
      throw new IllegalArgumentException("maxDistinct must be at least 1: " + maxDistinct);
    }
    return new QuantityStatistics(maxDistinct);
  }

  /**
   * Adds one value; −0 counts as 0.
   *
   * @param value a finite number
   * @throws IllegalArgumentException when the value is not finite
   */
  public void add(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a quantity must be finite: " + value);
    }
    double v = value + 0.0;
    count = Math.addExact(count, 1);
    min = Math.min(min, v);
    max = Math.max(max, v);
    addToSum(v);
    if (!overflowed) {
      count(v, 1);
    }
  }

  /**
   * @param other statistics with the same most distinct values; may be this one
   * @return new statistics holding the additions of both; neither changes
   * @throws IllegalArgumentException when the two keep different numbers of distinct values
   */
  public QuantityStatistics merge(QuantityStatistics other) {
    if (other.maxDistinct != maxDistinct) {
      throw new IllegalArgumentException(
          "statistics keeping " + maxDistinct + " and " + other.maxDistinct + " values");
    }
    QuantityStatistics merged = new QuantityStatistics(maxDistinct);
    merged.count = Math.addExact(count, other.count);
    merged.min = Math.min(min, other.min);
    merged.max = Math.max(max, other.max);
    merged.integerSum = integerSum;
    merged.otherSum = otherSum.add(other.otherSum);
    merged.addInteger(other.integerSum);
    merged.fixedHigh = fixedHigh;
    merged.fixedLow = fixedLow;
    merged.addFixed(other.fixedHigh, other.fixedLow);
    if (overflowed || other.overflowed) {
      merged.dropValues();
    } else {
      merged.copyValues(this);
      merged.copyValues(other);
    }
    return merged;
  }

  /**
   * @return n, how many values were added
   */
  public long count() {
    return count;
  }

  /**
   * @return the smallest value
   * @throws IllegalStateException when no value was added
   */
  public double min() {
    checkNotEmpty();
    return min;
  }

  /**
   * @return the largest value
   * @throws IllegalStateException when no value was added
   */
  public double max() {
    checkNotEmpty();
    return max;
  }

  /**
   * @return the exact mean, correctly rounded to {@code double}
   * @throws IllegalStateException when no value was added
   */
  public double mean() {
    checkNotEmpty();
    BigDecimal sum = otherSum.add(BigDecimal.valueOf(integerSum)).add(fixedSum());
    if (sum.signum() == 0) {
      return 0;
    }
    // The mean is the fraction p / q; a quotient of 55 or 56 bits, with its last bit set when the
    // division is inexact, rounds to 53 bits as p / q does: correctly, so that it depends on the
    // value of the sum only, not on how the sum is written.
    BigInteger p = sum.unscaledValue().abs();
    BigInteger q = BigInteger.valueOf(count);
    if (sum.scale() > 0) {
      q = q.multiply(BigInteger.TEN.pow(sum.scale()));
    } else {
      p = p.multiply(BigInteger.TEN.pow(-sum.scale()));
    }
    int shift = q.bitLength() - p.bitLength() + QUOTIENT_BITS;
    BigInteger[] division =
        shift >= 0
            ? p.shiftLeft(shift).divideAndRemainder(q)
            : p.divideAndRemainder(q.shiftLeft(-shift));
    BigInteger quotient = division[0];
    if (division[1].signum() != 0) {
      quotient = quotient.setBit(0);
    }
    double mean = Math.scalb(quotient.doubleValue(), -shift);
    if (mean <= Double.MIN_NORMAL) {
      mean = subnormal(p, q);
    }
    return sum.signum() < 0 ? -mean : mean;
  }

  /**
   * A mean below 2⁻¹⁰²² has fewer than 53 bits, which the scaling of {@link #mean()} would round
   * twice: here p / q is rounded once, half to even, to a multiple of 2⁻¹⁰⁷⁴.
   */
  private static double subnormal(BigInteger p, BigInteger q) {
    BigInteger[] division = p.shiftLeft(SUBNORMAL_SHIFT + 2).divideAndRemainder(q);
    long bits = division[0].longValueExact() | (division[1].signum() != 0 ? 1 : 0);
    long kept = bits >> 2;
    long rest = bits & 3;
    if (rest == 3 || rest == 2 && (kept & 1) == 1) {
      kept++;
    }
    return Math.scalb((double) kept, -SUBNORMAL_SHIFT);
  }

  /**
   * @return the median (the mean of the two middle values when n is even), or empty when no value
   *     was added or when the values held more distinct values than this keeps
   */
  public OptionalDouble median() {
    if (count == 0 || overflowed) {
      return OptionalDouble.empty();
    }
    double[] values = new double[distinct];
    int next = 0;
    for (int i = 0; i < direct.length; i++) {
      if (direct[i] > 0) {
        values[next++] = i;
      }
    }
    for (int i = 0; i < table.length; i += 2) {
      if (table[i + 1] > 0) {
        values[next++] = Double.longBitsToDouble(table[i]);
      }
    }
    Arrays.sort(values);
    long lower = (count - 1) / 2;
    long upper = count / 2;
    double low = Double.NaN;
    long seen = 0;
    for (double value : values) {
      long after =
          seen
              + (isDirect(value)
                  ? direct[(int) value]
                  : table[slot(Double.doubleToLongBits(value)) + 1]);
      if (seen <= lower && lower < after) {
        low = value;
      }
      if (seen <= upper && upper < after) {
        double sum = low + value;
        return OptionalDouble.of(Double.isInfinite(sum) ? low / 2 + value / 2 : sum / 2);
      }
      seen = after;
    }
    throw new IllegalStateException("the counts of the values do not add up to " + count);
  }

  @Override
  public String toString() {
    return count == 0
        ? "QuantityStatistics[count=0]"
        : String.format(
            Locale.ROOT,
            "QuantityStatistics[count=%d, min=%s, max=%s, mean=%s, median=%s]",
            count,
            min,
            max,
            mean(),
            median());
  }

  private void addToSum(double v) {
    if (Math.abs(v) < LONG_RANGE && v == Math.rint(v)) {
      addInteger((long) v);
      return;
    }
    if (Math.abs(v) < FIXED_RANGE) {
      // v − whole is v's fraction, exactly; scaled by 2⁶³ it is an integer when v is a multiple
      // of 2⁻⁶³.
      long whole = (long) v;
      double scaled = Math.scalb(v - whole, FRACTION_BITS);
      long fraction = (long) scaled;
      if (fraction == scaled) {
        // whole · 2⁶³ + fraction, as a 128-bit integer.
        long low = (whole << FRACTION_BITS) + fraction;
        long high = (whole >> 1) + (fraction >> 63) + carry(whole << FRACTION_BITS, low);
        addFixed(high, low);
        return;
      }
    }
    otherSum = otherSum.add(new BigDecimal(v));
  }

  /**
   * Adds a 128-bit number of at most 2⁶² in magnitude (its high word) to the fixed-point sum, then
   * moves the sum into the decimal sum when its high word reaches 2⁶², so that it never overflows.
   */
  private void addFixed(long high, long low) {
    long sum = fixedLow + low;
    fixedHigh += high + carry(fixedLow, sum);
    fixedLow = sum;
    if (Math.abs(fixedHigh) >= FIXED_HIGH_LIMIT) {
      otherSum = otherSum.add(fixedSum());
      fixedHigh = 0;
      fixedLow = 0;
    }
  }

  /** The fixed-point sum, exactly. */
  private BigDecimal fixedSum() {
    BigInteger units =
        BigInteger.valueOf(fixedHigh)
            .shiftLeft(64)
            .add(BigInteger.valueOf(fixedLow >>> 1).shiftLeft(1))
            .add(BigInteger.valueOf(fixedLow & 1));
    return new BigDecimal(units.multiply(FIVE_TO_63), FRACTION_BITS);
  }

  /** 1 when adding to {@code before} wrapped around to {@code after}, as unsigned 64-bit words. */
  private static long carry(long before, long after) {
    return Long.compareUnsigned(after, before) < 0 ? 1 : 0;
  }

  /** Adds to the long sum, moving it into the decimal sum first when it would overflow. */
  private void addInteger(long x) {
    long sum = integerSum + x;
    if (((integerSum ^ sum) & (x ^ sum)) < 0) {
      otherSum = otherSum.add(BigDecimal.valueOf(integerSum));
      sum = x;
    }
    integerSum = sum;
  }

  private void copyValues(QuantityStatistics from) {
    for (int i = 0; !overflowed && i < from.direct.length; i++) {
      if (from.direct[i] > 0) {
        countDirect(i, from.direct[i]);
      }
    }
    for (int i = 0; !overflowed && i < from.table.length; i += 2) {
      if (from.table[i + 1] > 0) {
        increment(from.table[i], from.table[i + 1]);
      }
    }
  }

  /**
   * Counts a value, not −0, {@code by} times; drops every value once more than {@link
   * #maxDistinct} are distinct.
   */
  private void count(double v, long by) {
    if (isDirect(v)) {
      countDirect((int) v, by);
    } else {
      increment(Double.doubleToLongBits(v), by);
    }
  }

  /** Whether a value, not −0, is counted in {@link #direct}. */
  private static boolean isDirect(double v) {
    return v >= 0 && v < DIRECT_LIMIT && v == (int) v;
  }

  private void countDirect(int value, long by) {
    if (value >= direct.length) {
      int length = Math.max(DIRECT_INITIAL, direct.length);
      while (length <= value) {
        length *= 2;
      }
      direct = Arrays.copyOf(direct, length);
    }
    if (direct[value] > 0) {
      direct[value] = Math.addExact(direct[value], by);
      return;
    }
    if (distinct == maxDistinct) {
      dropValues();
      return;
    }
    direct[value] = by;
    distinct++;
  }

  private void increment(long bits, long by) {
    int i = slot(bits);
    if (table[i + 1] > 0) {
      table[i + 1] = Math.addExact(table[i + 1], by);
      return;
    }
    if (distinct == maxDistinct) {
      dropValues();
      return;
    }
    table[i] = bits;
    table[i + 1] = by;
    distinct++;
    hashed++;
    if (4 * hashed > table.length) {
      grow();
    }
  }

  private void dropValues() {
    overflowed = true;
    table = NONE;
    direct = NONE;
    distinct = 0;
    hashed = 0;
  }

  /** The index of the slot holding the value, or of the free slot where it goes. */
  private int slot(long bits) {
    int mask = table.length - 2;
    int i = (int) Hashing.mix64(bits) << 1 & mask;
    while (table[i + 1] > 0 && table[i] != bits) {
      i = (i + 2) & mask;
    }
    return i;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    for (int i = 0; i < old.length; i += 2) {
      if (old[i + 1] > 0) {
        int j = slot(old[i]);
        table[j] = old[i];
        table[j + 1] = old[i + 1];
      }
    }
  }

  private void checkNotEmpty() {
    if (count == 0) {
      throw new IllegalStateException(
          "quantity statistics holding no value have no min, max nor mean");
    }
  }
}

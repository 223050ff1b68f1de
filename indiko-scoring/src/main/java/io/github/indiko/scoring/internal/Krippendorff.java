package io.github.indiko.scoring.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Krippendorff's alpha over units of values (analysis.md §A5), nominal or interval, computed
 * exactly: the same units give a bit-identical alpha whatever their order, the order of the values
 * within a unit and the grouping of the units.
 *
 * <p>The spec's sums over the coincidences o_ck reduce to sums over units. A unit of m ≥ 2 values
 * v₁…v_m adds Σ_{i≠j} δ²(v_i, v_j) / (m − 1) to n · D_o: with δ² = (c − k)² that is 2 · (m Σv² −
 * (Σv)²) / (m − 1), and with the nominal δ² (0 or 1) it is (m² − Σ_c m_c²) / (m − 1), m_c being
 * the unit's values equal to c. Likewise n(n − 1) · D_e is 2 · (n Σ n_c c² − (Σ n_c c)²), or n² −
 * Σ_c n_c², over the n values of those units (n_c of them equal to c). So α = 1 − (n − 1) · Σ_m
 * X_m / (m − 1) / Y, where X_m sums m Σv² − (Σv)² (or m² − Σ_c m_c²) over the units of m values
 * and Y is n Σv² − (Σv)² (or n² − Σ_c n_c²): the factor 2 cancels. Every value being a binary
 * fraction, X_m and Y are kept exactly ({@link BigDecimal}, integers for nominal values), and α is
 * that exact rational rounded once to the nearest double. It is null when n &lt; 2 or Y = 0 (D_e =
 * 0: every value the same).
 *
 * <p>Nominal values are categories, equal when {@link Double#equals} says so (the checks' {@code
 * met} and {@code not_met} as 1 and 0). Mutable and not thread-safe.
 */
public final class Krippendorff {
  private final boolean nominal;
  private long units;
  private long values;

  /** X_m by m, the values of a unit. */
  private final Map<Integer, BigDecimal> byUnitSize = new TreeMap<>();

  /** Interval: Σv and Σv² over the values of units of two or more. */
  private BigDecimal sum = BigDecimal.ZERO;

  private BigDecimal squares = BigDecimal.ZERO;

  /** Nominal: n_c by category c. */
  private final Map<Double, Long> categories = new HashMap<>();

  private Krippendorff(boolean nominal) {
    this.nominal = nominal;
  }

  /**
   * @return an alpha with δ²(c, k) = 0 when c equals k, else 1
   */
  public static Krippendorff nominal() {
    return new Krippendorff(true);
  }

  /**
   * @return an alpha with δ²(c, k) = (c − k)²
   */
  public static Krippendorff interval() {
    return new Krippendorff(false);
  }

  /**
   * Adds a unit.
   *
   * @param unit holds the unit's values, finite, in {@code unit[0, count)}; not kept
   * @param count m, its number of values; a unit of none is not one, a unit of one counts among
   *     the units but gives no pair
   * @throws IllegalArgumentException when a value is not finite or {@code count} is out of range
   */
  public void add(double[] unit, int count) {
    if (count < 0 || count > unit.length) {
      throw new IllegalArgumentException("no " + count + " values in a unit of " + unit.length);
    }
    for (int i = 0; i < count; i++) {
      if (!Double.isFinite(unit[i])) {
        throw new IllegalArgumentException("a value is not finite: " + unit[i]);
      }
    }
    if (count == 0) {
      return;
    }
    units++;
    if (count < 2) {
      return;
    }
    values += count;
    BigDecimal m = BigDecimal.valueOf(count);
    BigDecimal disagreement;
    if (nominal) {
      double[] sorted = Arrays.copyOf(unit, count);
      Arrays.sort(sorted);
      long same = 0;
      int from = 0;
      while (from < count) {
        Double category = sorted[from];
        int to = from + 1;
        while (to < count && category.equals(sorted[to])) {
          to++;
        }
        same += (long) (to - from) * (to - from);
        categories.merge(category, (long) (to - from), Long::sum);
        from = to;
      }
      disagreement = m.multiply(m).subtract(BigDecimal.valueOf(same));
    } else {
      BigDecimal unitSum = BigDecimal.ZERO;
      BigDecimal unitSquares = BigDecimal.ZERO;
      for (int i = 0; i < count; i++) {
        BigDecimal value = new BigDecimal(unit[i]);
        unitSum = unitSum.add(value);
        unitSquares = unitSquares.add(value.multiply(value));
      }
      sum = sum.add(unitSum);
      squares = squares.add(unitSquares);
      disagreement = m.multiply(unitSquares).subtract(unitSum.multiply(unitSum));
    }
    byUnitSize.merge(count, disagreement, BigDecimal::add);
  }

  /**
   * @return the units added with at least one value
   */
  public long units() {
    return units;
  }

  /**
   * @return n, the values of the units with at least two
   */
  public long values() {
    return values;
  }

  /**
   * @return α = 1 − D_o / D_e, the exact value rounded to the nearest double; null when n &lt; 2
   *     or D_e = 0
   */
  public @Nullable Double alpha() {
    if (values < 2) {
      return null;
    }
    BigDecimal n = BigDecimal.valueOf(values);
    BigDecimal expected;
    if (nominal) {
      BigDecimal same = BigDecimal.ZERO;
      for (long count : categories.values()) {
        same = same.add(BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(count)));
      }
      expected = n.multiply(n).subtract(same);
    } else {
      expected = n.multiply(squares).subtract(sum.multiply(sum));
    }
    if (expected.signum() == 0) {
      return null;
    }
    // Every term to integers at one scale, then α = (L·Y − (n − 1)·Σ_m X_m·L/(m − 1)) / (L·Y)
    // with L the least common multiple of the m − 1.
    int scale = expected.scale();
    BigInteger lcm = BigInteger.ONE;
    for (Map.Entry<Integer, BigDecimal> size : byUnitSize.entrySet()) {
      scale = Math.max(scale, size.getValue().scale());
      BigInteger m1 = BigInteger.valueOf(size.getKey() - 1L);
      lcm = lcm.divide(lcm.gcd(m1)).multiply(m1);
    }
    BigInteger observed = BigInteger.ZERO;
    for (Map.Entry<Integer, BigDecimal> size : byUnitSize.entrySet()) {
      BigInteger x = size.getValue().setScale(scale).unscaledValue();
      observed = observed.add(x.multiply(lcm.divide(BigInteger.valueOf(size.getKey() - 1L))));
    }
    BigInteger denominator = expected.setScale(scale).unscaledValue().multiply(lcm);
    BigInteger numerator =
        denominator.subtract(observed.multiply(BigInteger.valueOf(values - 1)));
    return nearest(numerator, denominator);
  }

  /**
   * @param numerator any integer
   * @param denominator a positive integer
   * @return numerator / denominator rounded to the nearest double, ties to even (a quotient below
   *     2⁻¹⁰²² in magnitude may be rounded twice)
   */
  static double nearest(BigInteger numerator, BigInteger denominator) {
    if (numerator.signum() == 0) {
      return 0;
    }
    BigInteger magnitude = numerator.abs();
    // Scale so that the integer quotient has 55 or 56 bits, then keep a sticky bit for the rest:
    // one rounding of 57 significant bits to 53 is then exact to the nearest, ties to even.
    int shift = 55 - (magnitude.bitLength() - denominator.bitLength());
    BigInteger[] quotient =
        shift >= 0
            ? magnitude.shiftLeft(shift).divideAndRemainder(denominator)
            : magnitude.divideAndRemainder(denominator.shiftLeft(-shift));
    BigInteger bits = quotient[0].shiftLeft(1);
    if (quotient[1].signum() != 0) {
      bits = bits.setBit(0);
    }
    double value = Math.scalb(bits.doubleValue(), -shift - 1);
    return numerator.signum() < 0 ? -value : value;
  }
}

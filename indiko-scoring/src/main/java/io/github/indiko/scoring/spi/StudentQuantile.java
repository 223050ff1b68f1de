package io.github.indiko.scoring.spi;

import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.special.Beta;

/**
 * The upper quantile of Student's t to the precision of binary64 (analysis.md §A1): a root-finder
 * stopped at an absolute 10⁻⁹ moves interval bounds in their ninth digit, so the quantile is made
 * in one of two ways, each accurate to a few units in the last place.
 *
 * <ul>
 *   <li>Below {@value #ASYMPTOTIC_FROM} degrees of freedom (and for extreme levels): Newton's
 *       method on the upper tail P(T &gt; t) = I_x(ν/2, 1/2) / 2, x = ν/(ν + t²), from Hipparchus's
 *       estimate. The regularised incomplete beta is evaluated by its continued fraction on the
 *       side where the fraction converges, with x and 1 − x = t²/(ν + t²) both computed directly
 *       so that neither loses digits when the other is near 1.
 *   <li>From {@value #ASYMPTOTIC_FROM} on: the Cornish–Fisher expansion of t in powers of 1/ν
 *       around the normal quantile (Abramowitz and Stegun 26.7.5, five terms), whose next term is
 *       below 10⁻¹⁶ of t there.
 * </ul>
 *
 * Pure Java arithmetic ({@link StrictMath}, Hipparchus's own functions), so the quantile is the
 * same bits on every JVM.
 */
final class StudentQuantile {
  /** Degrees of freedom from which the expansion is used, for normal quantiles up to 4.5. */
  static final int ASYMPTOTIC_FROM = 1000;

  private static final int MAX_NEWTON_STEPS = 30;
  private static final int MAX_FRACTION_TERMS = 100_000;
  private static final double FRACTION_EPSILON = 1e-17;
  private static final double TINY = 1e-300;

  private StudentQuantile() {}

  /**
   * @param degreesOfFreedom at least 1
   * @param upper the upper-tail probability (1 − c)/2, in (0, 1/2)
   * @param z the normal quantile of 1 − upper
   * @return t such that P(T &gt; t) = upper
   */
  static double of(long degreesOfFreedom, double upper, double z) {
    double nu = degreesOfFreedom;
    double reach = Math.max(1, z * z * z / 91);
    if (nu >= ASYMPTOTIC_FROM * reach) {
      return expansion(nu, z);
    }
    TDistribution distribution = new TDistribution(nu);
    double t = distribution.inverseCumulativeProbability(1 - upper);
    double previous = Double.POSITIVE_INFINITY;
    for (int i = 0; i < MAX_NEWTON_STEPS; i++) {
      double step = (tail(t, nu) - upper) / distribution.density(t);
      // Once a step no longer shrinks, the tail's own rounding drives it: t is as good as it gets.
      if (!(Math.abs(step) < previous)) {
        break;
      }
      t += step;
      previous = Math.abs(step);
      if (previous <= 2 * Math.ulp(t)) {
        break;
      }
    }
    return t;
  }

  /** t = z + g₁/ν + g₂/ν² + g₃/ν³ + g₄/ν⁴ + g₅/ν⁵ (Abramowitz and Stegun 26.7.5). */
  private static double expansion(double nu, double z) {
    double z2 = z * z;
    double g1 = (z2 + 1) * z / 4;
    double g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
    double g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
    double g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;
    double g5 =
        (((((27 * z2 + 339) * z2 + 930) * z2 - 1782) * z2 - 765) * z2 + 17955) * z / 368640;
    return z + (g1 + (g2 + (g3 + (g4 + g5 / nu) / nu) / nu) / nu) / nu;
  }

  /** P(T &gt; t) for t ≥ 0: I_x(ν/2, 1/2) / 2. */
  static double tail(double t, double nu) {
    double t2 = t * t;
    return regularizedBeta(nu / (nu + t2), t2 / (nu + t2), nu / 2, 0.5) / 2;
  }

  /**
   * I_x(a, b), given x and y = 1 − x each to full relative precision: the continued fraction in x
   * when x &lt; (a + 1)/(a + b + 2), else 1 − I_y(b, a).
   */
  private static double regularizedBeta(double x, double y, double a, double b) {
    double logX = x < 0.5 ? StrictMath.log(x) : StrictMath.log1p(-y);
    double logY = y < 0.5 ? StrictMath.log(y) : StrictMath.log1p(-x);
    double logBeta = Beta.logBeta(a, b);
    if (x < (a + 1) / (a + b + 2)) {
      return StrictMath.exp(a * logX + b * logY - StrictMath.log(a) - logBeta) * fraction(x, a, b);
    }
    return 1 - StrictMath.exp(b * logY + a * logX - StrictMath.log(b) - logBeta) * fraction(y, b, a);
  }

  /** The continued fraction of I_x(a, b), by the modified Lentz method. */
  private static double fraction(double x, double a, double b) {
    double sum = a + b;
    double c = 1;
    double d = nonZero(1 - sum * x / (a + 1));
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= MAX_FRACTION_TERMS; m++) {
      int m2 = 2 * m;
      double even = m * (b - m) * x / ((a - 1 + m2) * (a + m2));
      d = 1 / nonZero(1 + even * d);
      c = nonZero(1 + even / c);
      h *= d * c;
      double odd = -(a + m) * (sum + m) * x / ((a + m2) * (a + 1 + m2));
      d = 1 / nonZero(1 + odd * d);
      c = nonZero(1 + odd / c);
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) <= FRACTION_EPSILON) {
        return h;
      }
    }
    throw new ArithmeticException("the incomplete beta fraction did not converge: a " + a);
  }

  private static double nonZero(double value) {
    return Math.abs(value) < TINY ? TINY : value;
  }
}

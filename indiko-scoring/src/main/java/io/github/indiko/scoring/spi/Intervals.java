package io.github.indiko.scoring.spi;

import java.util.Locale;
import java.util.Optional;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * The confidence intervals of scoring.md §5, on the scale of the value they bound. Every method is
 * a pure function of its arguments: quantiles are computed per call, nothing is cached. The normal
 * and Student t quantiles are those of binary64 (analysis.md §A1), within a relative 10⁻¹³ of
 * scipy's and the same bits on every JVM.
 */
public final class Intervals {
  private Intervals() {}

  /**
   * The two-sided normal quantile, Φ⁻¹((1 + c)/2): 1.959964 at 0.95.
   *
   * @param confidence the confidence level c, in (0, 1)
   * @return the quantile, positive
   * @throws IllegalArgumentException when the level is not in (0, 1)
   */
  public static double z(double confidence) {
    return new NormalDistribution().inverseCumulativeProbability(upperTail(confidence));
  }

  /**
   * The two-sided Student t quantile with {@code degreesOfFreedom} degrees of freedom: the
   * quantile of (1 + c)/2, t₍₃₎ = 3.182446 at 0.95 (scoring.md §5).
   *
   * @param degreesOfFreedom at least 1
   * @param confidence the confidence level c, in (0, 1)
   * @return the quantile, positive
   * @throws IllegalArgumentException when an argument is out of its range
   */
  public static double t(long degreesOfFreedom, double confidence) {
    double tail = upperTail(confidence);
    if (degreesOfFreedom < 1) {
      throw new IllegalArgumentException(
          format("degrees of freedom must be at least 1: %d", degreesOfFreedom));
    }
    return StudentQuantile.of(degreesOfFreedom, 1 - tail, z(confidence));
  }

  /**
   * The Student t interval of a mean: mean ± t₍ₙ₋₁₎ · sd/√n, t₍ₙ₋₁₎ being the two-sided quantile
   * of Student's t with n − 1 degrees of freedom, clipped to [0, 100].
   *
   * @param mean the sample mean
   * @param sd the sample standard deviation (n − 1 in the denominator), not negative
   * @param n the sample size, not negative
   * @param confidence the confidence level, in (0, 1)
   * @return the interval, or empty when n &lt; 2
   * @throws IllegalArgumentException when an argument is out of its range
   */
  public static Optional<Interval> studentT(double mean, double sd, long n, double confidence) {
    // The level is checked first, as the other intervals check it.
    upperTail(confidence);
    if (!Double.isFinite(mean)) {
      throw new IllegalArgumentException(format("a mean must be finite: %s", mean));
    }
    if (!(sd >= 0) || sd == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(
          format("a standard deviation must be finite and not negative: %s", sd));
    }
    checkSize(n);
    if (n < 2) {
      return Optional.empty();
    }
    double halfWidth = t(n - 1, confidence) * sd / Math.sqrt(n);
    return Optional.of(clipped(mean - halfWidth, mean + halfWidth, 0, 100));
  }

  /**
   * The Wilson score interval of the share x/n, times 100 and clipped to [0, 100]; its lower bound
   * is 0 when x = 0 and its upper bound 100 when x = n.
   *
   * @param x the number of successes, in [0, n]
   * @param n the number of trials, not negative
   * @param confidence the confidence level, in (0, 1)
   * @return the interval on the 0–100 scale, or empty when n = 0
   * @throws IllegalArgumentException when an argument is out of its range
   */
  public static Optional<Interval> wilson(long x, long n, double confidence) {
    double z = z(confidence);
    checkSize(n);
    if (x < 0 || x > n) {
      throw new IllegalArgumentException(format("successes must lie in [0, %d]: %d", n, x));
    }
    if (n == 0) {
      return Optional.empty();
    }
    return Optional.of(wilson((double) x / n, n, z, x == 0, x == n));
  }

  /**
   * The Wilson score interval of a weighted share (analysis.md §A3, Weighted statistics): the
   * interval of {@link #wilson(long, long, double)} with p the weighted share and the effective
   * sample size in place of n, the same operations in the same order; its lower bound is 0 when p
   * = 0 and its upper bound 100 when p = 1.
   *
   * @param share the weighted share p, in [0, 1]
   * @param nEffective the effective sample size (Σw)² / Σw², positive and finite
   * @param confidence the confidence level, in (0, 1)
   * @return the interval on the 0–100 scale
   * @throws IllegalArgumentException when an argument is out of its range
   */
  public static Interval weightedWilson(double share, double nEffective, double confidence) {
    double z = z(confidence);
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException(format("a share must lie in [0, 1]: %s", share));
    }
    if (!(nEffective > 0) || nEffective == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(
          format("an effective sample size must be positive and finite: %s", nEffective));
    }
    return wilson(share, nEffective, z, share == 0, share == 1);
  }

  /**
   * The Student t interval of a weighted mean (analysis.md §A3, Weighted statistics): mean ±
   * fl(t₍ₙ₋₁₎ · se), clipped to [0, 100].
   *
   * @param mean the weighted mean, finite
   * @param standardError its linearised standard error, finite and not negative
   * @param n the number of scores (unweighted), not negative
   * @param confidence the confidence level, in (0, 1)
   * @return the interval, or empty when n &lt; 2
   * @throws IllegalArgumentException when an argument is out of its range
   */
  public static Optional<Interval> weightedStudentT(
      double mean, double standardError, long n, double confidence) {
    upperTail(confidence);
    checkCentre(mean, standardError);
    checkSize(n);
    if (n < 2) {
      return Optional.empty();
    }
    double halfWidth = t(n - 1, confidence) * standardError;
    return Optional.of(clipped(mean - halfWidth, mean + halfWidth, 0, 100));
  }

  /**
   * The interval of a weighted net promoter score (analysis.md §A3, Weighted statistics): nps ±
   * fl(z · se), clipped to [−100, 100].
   *
   * @param nps the weighted NPS, finite
   * @param standardError its linearised standard error, finite and not negative
   * @param n the number of answers (unweighted), not negative
   * @param confidence the confidence level, in (0, 1)
   * @return the interval on the −100…100 scale, or empty when n &lt; 2
   * @throws IllegalArgumentException when an argument is out of its range
   */
  public static Optional<Interval> weightedNps(
      double nps, double standardError, long n, double confidence) {
    double z = z(confidence);
    checkCentre(nps, standardError);
    checkSize(n);
    if (n < 2) {
      return Optional.empty();
    }
    double halfWidth = z * standardError;
    return Optional.of(clipped(nps - halfWidth, nps + halfWidth, -100, 100));
  }

  /** Wilson's bounds of the share p of n trials; exactly 0 when none and 100 when all. */
  private static Interval wilson(double p, double n, double z, boolean none, boolean all) {
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double halfWidth = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    // The bounds are exactly 0 when none and exactly 1 when all; floating point may miss them.
    double low = none ? 0 : 100 * (centre - halfWidth);
    double high = all ? 100 : 100 * (centre + halfWidth);
    return clipped(low, high, 0, 100);
  }

  private static void checkCentre(double centre, double standardError) {
    if (!Double.isFinite(centre)) {
      throw new IllegalArgumentException(format("an estimate must be finite: %s", centre));
    }
    if (!(standardError >= 0) || standardError == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(
          format("a standard error must be finite and not negative: %s", standardError));
    }
  }

  /**
   * The interval of a net promoter score 100 · (P − D): with se = 100 · √((P + D − (P − D)²)/n),
   * nps ± z · se, clipped to [−100, 100].
   *
   * @param promoters the share P of promoters (9–10), in [0, 1]
   * @param detractors the share D of detractors (0–6), in [0, 1], with P + D ≤ 1
   * @param n the number of answers, not negative
   * @param confidence the confidence level, in (0, 1)
   * @return the interval on the −100…100 scale, or empty when n &lt; 2
   * @throws IllegalArgumentException when an argument is out of its range
   */
  public static Optional<Interval> nps(
      double promoters, double detractors, long n, double confidence) {
    double z = z(confidence);
    checkShares(promoters, detractors);
    checkSize(n);
    if (n < 2) {
      return Optional.empty();
    }
    double nps = 100 * (promoters - detractors);
    double halfWidth = z * 100 * Math.sqrt(npsVariance(promoters, detractors) / n);
    return Optional.of(clipped(nps - halfWidth, nps + halfWidth, -100, 100));
  }

  /**
   * The standard error of a net promoter score, se = 100 · √((P + D − (P − D)²)/n): the interval of
   * {@link #nps} is nps ± z · se before clipping.
   *
   * @param promoters the share P of promoters (9–10), in [0, 1]
   * @param detractors the share D of detractors (0–6), in [0, 1], with P + D ≤ 1
   * @param n the number of answers, at least 1
   * @return the standard error, on the −100…100 scale of the NPS
   * @throws IllegalArgumentException when an argument is out of its range
   */
  public static double npsStandardError(double promoters, double detractors, long n) {
    checkShares(promoters, detractors);
    if (n < 1) {
      throw new IllegalArgumentException(format("a standard error needs n >= 1: %d", n));
    }
    return 100 * Math.sqrt(npsVariance(promoters, detractors) / n);
  }

  private static void checkShares(double promoters, double detractors) {
    if (!(promoters >= 0 && promoters <= 1) || !(detractors >= 0 && detractors <= 1)) {
      throw new IllegalArgumentException(
          format("shares must lie in [0, 1]: promoters %s, detractors %s", promoters, detractors));
    }
    // Shares computed as counts / n may sum to 1 plus a rounding error of a few ulps.
    if (promoters + detractors > 1 + 4 * Math.ulp(1.0)) {
      throw new IllegalArgumentException(
          format(
              "promoters and detractors cannot exceed 1 together: %s + %s", promoters, detractors));
    }
  }

  /** P + D − (P − D)², the variance of one answer's score −1, 0 or 1; never below 0. */
  private static double npsVariance(double promoters, double detractors) {
    double difference = promoters - detractors;
    return Math.max(0, promoters + detractors - difference * difference);
  }

  private static double upperTail(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          format("a confidence level must lie in (0, 1): %s", confidence));
    }
    return (1 + confidence) / 2;
  }

  private static void checkSize(long n) {
    if (n < 0) {
      throw new IllegalArgumentException(format("a sample size cannot be negative: %d", n));
    }
  }

  private static Interval clipped(double low, double high, double min, double max) {
    return new Interval(Math.min(Math.max(low, min), max), Math.max(Math.min(high, max), min));
  }

  private static String format(String template, Object... arguments) {
    return String.format(Locale.ROOT, template, arguments);
  }
}

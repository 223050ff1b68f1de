package io.github.indiko.scoring.spi;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * The weighted statistics of one item (analysis.md §A3, Weighted statistics) over terms (score s,
 * weight w, count, polarity): {@code count} responses that give the item the score s and weigh w.
 * Every sum below is over the terms, each term's value added {@code count} times, correctly
 * rounded once ({@link FSum}); fl(·) is the rounding of one operation to binary64:
 *
 * <ul>
 *   <li>n = Σ count (unweighted); W = Σ w; Q = Σ fl(w·w); S = Σ fl(w·s);
 *   <li>{@link #mean()} m = fl(S / W), kept within the least and greatest score of positive weight
 *       (which it can leave only by rounding);
 *   <li>{@link #nEffective()} = fl(fl(W·W) / Q);
 *   <li>{@link #standardError()} SE = fl(√fl(fl(n / (n − 1)) · R) / W) with R = Σ fl(fl(w·w) ·
 *       fl(fl(s − m) · fl(s − m))), n and n − 1 as binary64;
 *   <li>{@link #share()} = fl(fl(100·F) / W) with F = Σ w over the favourable terms, at most 100;
 *       its Wilson interval takes p = fl(F / W) and n_eff;
 *   <li>{@link #net()} = fl(fl(100·N) / W) with N = Σ w over the favourable terms − Σ w over the
 *       unfavourable ones (one correctly rounded sum), within [−100, 100];
 *   <li>{@link #nps()} = fl(100 · fl(P − D)) with P = fl(F / W) and D = fl(U / W), U = Σ w over
 *       the unfavourable terms (promoters favourable, detractors unfavourable); its standard
 *       error is SE above with the values v = 100, 0, −100 in place of s and the NPS in place of m.
 * </ul>
 *
 * Every result depends only on the multiset of terms: not on the order of the additions nor on how
 * they were split between merged statistics, bit for bit. Multiplying every weight by a power of
 * two changes no result. Memory grows with the number of distinct (s, w, polarity) terms, which
 * the engine bounds by the item's values times the weighting cells.
 *
 * <p>Public because a strategy of the SPI that accepts weights computes them as the built-in
 * strategies do. Mutable and not thread-safe: one per thread, combined with {@link #merge}.
 */
public final class WeightedStatistics {
  /** Where a term counts beside the mean: in the share, on the negative side, or neither. */
  public enum Polarity {
    /** Counts in F: favourable, retained by a share's rule, or a promoter (value 100). */
    FAVOURABLE,
    /** Counts in neither F nor U (an NPS value of 0). */
    NEUTRAL,
    /** Counts in U: unfavourable, or a detractor (value −100). */
    UNFAVOURABLE
  }

  private record Term(double score, double weight, Polarity polarity) {}

  private final Map<Term, Long> terms;
  private long count;

  private WeightedStatistics(Map<Term, Long> terms, long count) {
    this.terms = terms;
    this.count = count;
  }

  /**
   * @return statistics holding no term
   */
  public static WeightedStatistics empty() {
    return new WeightedStatistics(new HashMap<>(), 0);
  }

  /**
   * Adds {@code count} responses of score {@code score} and weight {@code weight}.
   *
   * @param score a finite score (an item score in [0, 100] for the built-in strategies)
   * @param weight the responses' weight, finite and not negative
   * @param count how many responses, from 1 to {@link FSum#MAX_TIMES}
   * @param polarity where they count beside the mean
   * @return these statistics
   * @throws IllegalArgumentException when an argument is out of its range
   * @throws ArithmeticException when n would exceed {@link FSum#MAX_TIMES}
   */
  public WeightedStatistics add(double score, double weight, long count, Polarity polarity) {
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException(format("a weighted score must be finite: %s", score));
    }
    if (!(weight >= 0) || weight == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(
          format("a weight must be finite and not negative: %s", weight));
    }
    if (count < 1 || count > FSum.MAX_TIMES) {
      throw new IllegalArgumentException(format("a term is added 1 to 2^53 times: %d", count));
    }
    this.count = checkTotal(Math.addExact(this.count, count));
    // -0.0 and 0.0 give the same products and sums: one key for both.
    terms.merge(new Term(score + 0.0, weight + 0.0, polarity), count, Math::addExact);
    return this;
  }

  /**
   * @param other other statistics; may be these
   * @return new statistics holding the terms of both; neither changes
   * @throws ArithmeticException when n would exceed {@link FSum#MAX_TIMES}
   */
  public WeightedStatistics merge(WeightedStatistics other) {
    Map<Term, Long> merged = new HashMap<>(terms);
    other.terms.forEach((term, times) -> merged.merge(term, times, Math::addExact));
    return new WeightedStatistics(merged, checkTotal(Math.addExact(count, other.count)));
  }

  /**
   * @return n, the number of responses added (unweighted)
   */
  public long count() {
    return count;
  }

  /**
   * @return W = Σw, correctly rounded; 0 when nothing was added
   */
  public double weightSum() {
    FSum sum = FSum.empty();
    terms.forEach((term, times) -> sum.add(term.weight(), times));
    return sum.sum();
  }

  /**
   * @return n_eff = fl(fl(W·W) / Q); empty when W = 0
   */
  public OptionalDouble nEffective() {
    double w = weightSum();
    if (w == 0) {
      return OptionalDouble.empty();
    }
    FSum squares = FSum.empty();
    terms.forEach((term, times) -> squares.add(term.weight() * term.weight(), times));
    return OptionalDouble.of((w * w) / squares.sum());
  }

  /**
   * @return the weighted mean m = fl(S / W), kept within the scores of positive weight; empty when
   *     W = 0
   */
  public OptionalDouble mean() {
    double w = weightSum();
    if (w == 0) {
      return OptionalDouble.empty();
    }
    FSum products = FSum.empty();
    double least = Double.POSITIVE_INFINITY;
    double greatest = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Term, Long> entry : terms.entrySet()) {
      Term term = entry.getKey();
      products.add(term.weight() * term.score(), entry.getValue());
      if (term.weight() > 0) {
        least = Math.min(least, term.score());
        greatest = Math.max(greatest, term.score());
      }
    }
    return OptionalDouble.of(Math.min(Math.max(products.sum() / w, least), greatest));
  }

  /**
   * @return the linearised standard error of {@link #mean()}; empty when n &lt; 2 or W = 0
   */
  public OptionalDouble standardError() {
    OptionalDouble mean = mean();
    if (count < 2 || mean.isEmpty()) {
      return OptionalDouble.empty();
    }
    double m = mean.getAsDouble();
    return OptionalDouble.of(linearisedError(term -> term.score() - m));
  }

  /**
   * @param confidence the confidence level, in (0, 1)
   * @return m ± fl(t₍ₙ₋₁₎ · SE), clipped to [0, 100]; empty when n &lt; 2 or W = 0
   * @throws IllegalArgumentException when the level is not in (0, 1)
   */
  public Optional<Interval> meanInterval(double confidence) {
    OptionalDouble error = standardError();
    if (error.isEmpty()) {
      return Intervals.weightedStudentT(0, 0, 0, confidence);
    }
    return Intervals.weightedStudentT(
        mean().getAsDouble(), error.getAsDouble(), count, confidence);
  }

  /**
   * @return the weighted share fl(fl(100·F) / W) of the favourable terms, in [0, 100]; empty when
   *     W = 0
   */
  public OptionalDouble share() {
    double w = weightSum();
    return w == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(Math.min(100 * sumOf(Polarity.FAVOURABLE) / w, 100));
  }

  /**
   * @param confidence the confidence level, in (0, 1)
   * @return the Wilson interval of the share with p = fl(F / W) and {@link #nEffective()} in place
   *     of n; empty when W = 0
   * @throws IllegalArgumentException when the level is not in (0, 1)
   */
  public Optional<Interval> shareInterval(double confidence) {
    double w = weightSum();
    if (w == 0) {
      Intervals.z(confidence);
      return Optional.empty();
    }
    return Optional.of(
        Intervals.weightedWilson(
            sumOf(Polarity.FAVOURABLE) / w, nEffective().getAsDouble(), confidence));
  }

  /**
   * @return the weighted net fl(fl(100·N) / W), in [−100, 100]; empty when W = 0
   */
  public OptionalDouble net() {
    double w = weightSum();
    if (w == 0) {
      return OptionalDouble.empty();
    }
    FSum net = FSum.empty();
    terms.forEach(
        (term, times) -> {
          if (term.polarity() == Polarity.FAVOURABLE) {
            net.add(term.weight(), times);
          } else if (term.polarity() == Polarity.UNFAVOURABLE) {
            net.add(-term.weight(), times);
          }
        });
    return OptionalDouble.of(Math.min(Math.max(100 * net.sum() / w, -100), 100));
  }

  /**
   * @return the weighted NPS fl(100 · fl(P − D)), promoters favourable and detractors
   *     unfavourable, in [−100, 100]; empty when W = 0
   */
  public OptionalDouble nps() {
    double w = weightSum();
    if (w == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(
        100 * (sumOf(Polarity.FAVOURABLE) / w - sumOf(Polarity.UNFAVOURABLE) / w));
  }

  /**
   * @return the linearised standard error of {@link #nps()}, over the values 100 (favourable), 0
   *     and −100 (unfavourable); empty when n &lt; 2 or W = 0
   */
  public OptionalDouble npsStandardError() {
    OptionalDouble nps = nps();
    if (count < 2 || nps.isEmpty()) {
      return OptionalDouble.empty();
    }
    double centre = nps.getAsDouble();
    return OptionalDouble.of(linearisedError(term -> npsValue(term.polarity()) - centre));
  }

  /**
   * @param confidence the confidence level, in (0, 1)
   * @return nps ± fl(z · SE), clipped to [−100, 100]; empty when n &lt; 2 or W = 0
   * @throws IllegalArgumentException when the level is not in (0, 1)
   */
  public Optional<Interval> npsInterval(double confidence) {
    OptionalDouble error = npsStandardError();
    if (error.isEmpty()) {
      return Intervals.weightedNps(0, 0, 0, confidence);
    }
    return Intervals.weightedNps(nps().getAsDouble(), error.getAsDouble(), count, confidence);
  }

  @Override
  public String toString() {
    return format("WeightedStatistics[n=%d, W=%s, terms=%d]", count, weightSum(), terms.size());
  }

  /** fl(√fl(fl(n / (n − 1)) · R) / W), R = Σ fl(fl(w·w) · fl(d·d)), d = fl(s − m) per term. */
  private double linearisedError(ToDoubleFunction<Term> deviation) {
    FSum residuals = FSum.empty();
    terms.forEach(
        (term, times) -> {
          double d = deviation.applyAsDouble(term);
          residuals.add((term.weight() * term.weight()) * (d * d), times);
        });
    double n = count;
    return Math.sqrt((n / (n - 1)) * residuals.sum()) / weightSum();
  }

  private double sumOf(Polarity polarity) {
    FSum sum = FSum.empty();
    terms.forEach(
        (term, times) -> {
          if (term.polarity() == polarity) {
            sum.add(term.weight(), times);
          }
        });
    return sum.sum();
  }

  private static double npsValue(Polarity polarity) {
    return switch (polarity) {
      case FAVOURABLE -> 100;
      case NEUTRAL -> 0;
      case UNFAVOURABLE -> -100;
    };
  }

  private static long checkTotal(long total) {
    if (total > FSum.MAX_TIMES) {
      throw new ArithmeticException(
          format("weighted statistics hold at most 2^53 responses: %d", total));
    }
    return total;
  }

  private static String format(String template, Object... arguments) {
    return String.format(Locale.ROOT, template, arguments);
  }
}

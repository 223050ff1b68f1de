package io.github.indiko.scoring;

import io.github.indiko.core.structure.StructureId;
import io.github.indiko.scoring.internal.ItemStatistics;
import io.github.indiko.scoring.internal.ItemStatistics.Polarity;
import io.github.indiko.scoring.spi.ExactSum;
import io.github.indiko.scoring.spi.FSum;
import io.github.indiko.scoring.spi.Interval;
import io.github.indiko.scoring.spi.Intervals;
import io.github.indiko.scoring.spi.RankingInput;
import org.jspecify.annotations.Nullable;

/**
 * The weighted pooled indicators and respondent index of a weighted structure (analysis.md §A3,
 * Weighted statistics), over a slice of its responses ({@link WeightedStructure#terms}): W = Σw,
 * each sum correctly rounded ({@link FSum}) over terms rounded to binary64. Immutable.
 */
final class WeightedScores {
  private static final double PROMOTER = 100;
  private static final double DETRACTOR = -100;

  private final EditionPlan plan;
  private final double confidence;

  WeightedScores(EditionPlan plan) {
    this.plan = plan;
    this.confidence = plan.settings().confidence();
  }

  /** The weighted sums of a pooled indicator over a slice. */
  private static final class Pooled {
    final FSum all = FSum.empty();
    final FSum squares = FSum.empty();
    final FSum favourable = FSum.empty();
    final FSum unfavourable = FSum.empty();
    long n;

    /** W² / Σw². */
    double nEffective() {
      double w = all.sum();
      return (w * w) / squares.sum();
    }
  }

  private Pooled pooled(WeightedStructure weighted, int channel, int segment, boolean nps) {
    Pooled pooled = new Pooled();
    for (int q = 0; q < plan.questionCount; q++) {
      if (nps ? !plan.items[q].isNps() : !plan.pooled[q]) {
        continue;
      }
      weighted.terms(
          q,
          channel,
          segment,
          (weight, score, polarity, count) -> {
            pooled.all.add(weight, count);
            pooled.squares.add(weight * weight, count);
            pooled.n = Math.addExact(pooled.n, count);
            boolean up =
                nps ? score >= ItemStatistics.PROMOTER_SCORE : polarity == Polarity.FAVOURABLE;
            boolean down =
                nps ? score <= ItemStatistics.DETRACTOR_SCORE : polarity == Polarity.UNFAVOURABLE;
            if (up) {
              pooled.favourable.add(weight, count);
            } else if (down) {
              pooled.unfavourable.add(weight, count);
            }
          });
    }
    return pooled;
  }

  /**
   * Satisfaction = 100 · Σ_{favourable} w / W, with the Wilson interval of that share and {@code
   * nEffective} in place of n; empty when no pooled item was answered.
   */
  Indicator satisfaction(WeightedStructure weighted, int channel, int segment) {
    Pooled pooled = pooled(weighted, channel, segment, false);
    if (pooled.n == 0) {
      return Indicator.empty();
    }
    double p = pooled.favourable.sum() / pooled.all.sum();
    return new Indicator(100 * p, pooled.n, wilson(p, pooled.nEffective()));
  }

  /** Net = 100 · (Σ_{favourable} w − Σ_{unfavourable} w) / W, without interval. */
  Indicator net(WeightedStructure weighted, int channel, int segment) {
    Pooled pooled = pooled(weighted, channel, segment, false);
    if (pooled.n == 0) {
      return Indicator.empty();
    }
    double w = pooled.all.sum();
    double share = pooled.favourable.sum() / w - pooled.unfavourable.sum() / w;
    return new Indicator(100 * share, pooled.n, null);
  }

  /**
   * NPS = 100 · (P_w − D_w), with the interval nps ± z · SE, SE that of a weighted mean of the
   * values 100, 0 and −100; clipped to [−100, 100], none when n &lt; 2.
   */
  Indicator nps(WeightedStructure weighted, int channel, int segment) {
    Pooled pooled = pooled(weighted, channel, segment, true);
    if (pooled.n == 0) {
      return Indicator.empty();
    }
    double w = pooled.all.sum();
    double nps = 100 * (pooled.favourable.sum() / w - pooled.unfavourable.sum() / w);
    if (pooled.n < 2) {
      return new Indicator(nps, pooled.n, null);
    }
    FSum deviations = FSum.empty();
    for (int q = 0; q < plan.questionCount; q++) {
      if (plan.items[q].isNps()) {
        weighted.terms(
            q,
            channel,
            segment,
            (weight, score, polarity, count) -> {
              double value =
                  score >= ItemStatistics.PROMOTER_SCORE
                      ? PROMOTER
                      : score <= ItemStatistics.DETRACTOR_SCORE ? DETRACTOR : 0;
              deviations.add(term(weight, value, nps), count);
            });
      }
    }
    double se = standardError(pooled.n, deviations.sum(), w);
    double half = Intervals.z(confidence) * se;
    return new Indicator(nps, pooled.n, clipped(nps - half, nps + half, -100, 100));
  }

  /**
   * The ranking input of the {@code lower-bound} policy (scoring.md §7) with the respondent index
   * weighted: its weighted mean and the Student t interval of its linearised standard error.
   * Each cell's indices enter through their exact count, mean and sample deviation ({@link
   * ExactSum}): Σ w·x is Σ_c n_c · fl(w_c · x̄_c) and Σ w²(x − m)² is Σ_c fl(w_c²) · ((n_c − 1) ·
   * s_c² + n_c · (x̄_c − m)²), the same sums regrouped by cell rather than rounded term by term
   * (a decision recorded in docs/decisions.md).
   */
  RankingInput rankingInput(
      WeightedStructure weighted, StructureId id, @Nullable Double composite) {
    FSum all = FSum.empty();
    FSum scores = FSum.empty();
    long n = 0;
    for (int c = 0; c < weighted.cells().size(); c++) {
      ExactSum index = weighted.cells().get(c).index;
      if (index.count() > 0) {
        double w = weighted.weight(c);
        all.add(w, index.count());
        scores.add(w * index.mean(), index.count());
        n = Math.addExact(n, index.count());
      }
    }
    if (n == 0) {
      return new RankingInput(id, composite, 0, null, null);
    }
    double w = all.sum();
    double mean = Math.min(100, Math.max(0, scores.sum() / w));
    if (n < 2) {
      return new RankingInput(id, composite, n, mean, null);
    }
    FSum deviations = FSum.empty();
    for (int c = 0; c < weighted.cells().size(); c++) {
      ExactSum index = weighted.cells().get(c).index;
      if (index.count() > 0) {
        double w2 = weighted.weight(c) * weighted.weight(c);
        double sd = index.sampleStandardDeviation();
        deviations.add(w2 * ((index.count() - 1) * (sd * sd)));
        deviations.add(term(weighted.weight(c), index.mean(), mean), index.count());
      }
    }
    double half = Intervals.t(n - 1, confidence) * standardError(n, deviations.sum(), w);
    return new RankingInput(id, composite, n, mean, clipped(mean - half, mean + half, 0, 100));
  }

  /** fl(fl(w·w) · fl(fl(s − m) · fl(s − m))). */
  private static double term(double weight, double score, double mean) {
    double deviation = score - mean;
    return (weight * weight) * (deviation * deviation);
  }

  /** √( n/(n − 1) · Σ w²·(s − m)² ) / W. */
  private static double standardError(long n, double deviations, double w) {
    return Math.sqrt((double) n / (n - 1) * deviations) / w;
  }

  /** The Wilson interval of a share p with n the effective size, on the 0–100 scale. */
  private Interval wilson(double p, double n) {
    double z = Intervals.z(confidence);
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double halfWidth = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    double low = p == 0 ? 0 : 100 * (centre - halfWidth);
    double high = p == 1 ? 100 : 100 * (centre + halfWidth);
    return clipped(low, high, 0, 100);
  }

  private static Interval clipped(double low, double high, double min, double max) {
    return new Interval(Math.min(Math.max(low, min), max), Math.max(Math.min(high, max), min));
  }
}

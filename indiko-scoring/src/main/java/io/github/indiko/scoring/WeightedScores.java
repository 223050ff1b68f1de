package io.github.indiko.scoring;

import io.github.indiko.core.structure.StructureId;
import io.github.indiko.scoring.spi.ExactSum;
import io.github.indiko.scoring.spi.FSum;
import io.github.indiko.scoring.spi.Interval;
import io.github.indiko.scoring.spi.Intervals;
import io.github.indiko.scoring.spi.RankingInput;
import io.github.indiko.scoring.spi.WeightedStatistics;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The weighted pooled indicators and respondent index of a weighted structure (analysis.md §A3,
 * Weighted statistics), over a slice of its responses ({@link WeightedStructure#terms}): the
 * indicators as {@link WeightedStatistics} computes every weighted share, the respondent index
 * with each sum correctly rounded ({@link FSum}). Immutable.
 */
final class WeightedScores {
  private final double confidence;

  WeightedScores(EditionPlan plan) {
    this.confidence = plan.settings().confidence();
  }

  /**
   * Satisfaction = 100 · Σ_{favourable} w / W, with the Wilson interval of that share and {@code
   * nEffective} in place of n; empty when no pooled item was answered.
   */
  Indicator satisfaction(WeightedStructure weighted, int channel, int segment) {
    WeightedStatistics pooled = weighted.pooled(channel, segment, false);
    return indicator(pooled, pooled.share(), pooled.shareInterval(confidence));
  }

  /** Net = 100 · (Σ_{favourable} w − Σ_{unfavourable} w) / W, without interval. */
  Indicator net(WeightedStructure weighted, int channel, int segment) {
    WeightedStatistics pooled = weighted.pooled(channel, segment, false);
    return indicator(pooled, pooled.net(), Optional.empty());
  }

  /**
   * NPS = 100 · (P_w − D_w), with the interval nps ± z · SE, SE that of a weighted mean of the
   * values 100, 0 and −100; clipped to [−100, 100], none when n &lt; 2.
   */
  Indicator nps(WeightedStructure weighted, int channel, int segment) {
    WeightedStatistics pooled = weighted.pooled(channel, segment, true);
    return indicator(pooled, pooled.nps(), pooled.npsInterval(confidence));
  }

  /** The indicator of the pooled answers: n unweighted, no value when every weight is 0. */
  private static Indicator indicator(
      WeightedStatistics pooled, OptionalDouble value, Optional<Interval> interval) {
    if (pooled.count() == 0) {
      return Indicator.empty();
    }
    return new Indicator(
        value.isPresent() ? value.getAsDouble() : null, pooled.count(), interval.orElse(null));
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

  private static Interval clipped(double low, double high, double min, double max) {
    return new Interval(Math.min(Math.max(low, min), max), Math.max(Math.min(high, max), min));
  }
}

package io.github.indiko.scoring;

import io.github.indiko.scoring.internal.ItemStatistics;
import io.github.indiko.scoring.spi.Interval;
import io.github.indiko.scoring.spi.ItemAccumulator;
import io.github.indiko.scoring.spi.ItemValue;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The rules shared by a structure's numbers and its breakdowns (a channel, a segment cell): theme
 * and source scores (scoring.md §4), item values and the pooled indicators with their intervals
 * (§5). Immutable.
 */
final class Scores {
  private final EditionPlan plan;
  private final double confidence;

  /** Per item, whether it is a question: the members of the survey source. */
  private final boolean[] questions;

  Scores(EditionPlan plan) {
    this.plan = plan;
    this.confidence = plan.settings().confidence();
    questions = new boolean[plan.items.length];
    Arrays.fill(questions, 0, plan.questionCount, true);
  }

  /**
   * The survey source score of some responses, from each question's accumulator over them: a
   * channel score, a segment cell's score (scoring.md §4).
   *
   * @param accumulators per question, its accumulator over the responses, or null when none
   * @return the score, or null when no weighted theme has one
   */
  @Nullable Double surveyScore(IntFunction<@Nullable ItemAccumulator> accumulators) {
    double[] values = new double[plan.items.length];
    Arrays.fill(values, Double.NaN);
    for (int q = 0; q < plan.questionCount; q++) {
      ItemAccumulator accumulator = accumulators.apply(q);
      if (accumulator != null && accumulator.count() > 0) {
        values[q] = finish(accumulator).value();
      }
    }
    return sourceScore(themeScores(values, questions));
  }

  /**
   * @return per theme, Σ wᵢ · valueᵢ / Σ wᵢ over the member items with a value, in item order; NaN
   *     for a theme without one
   */
  double[] themeScores(double[] values, boolean[] member) {
    int themes = plan.themes.size();
    double[] sums = new double[themes];
    double[] weights = new double[themes];
    for (int i = 0; i < values.length; i++) {
      ItemPlan item = plan.items[i];
      if (member[i] && item.themeIndex >= 0 && !Double.isNaN(values[i])) {
        sums[item.themeIndex] += item.weight * values[i];
        weights[item.themeIndex] += item.weight;
      }
    }
    double[] scores = new double[themes];
    for (int t = 0; t < themes; t++) {
      scores[t] = weights[t] > 0 ? sums[t] / weights[t] : Double.NaN;
    }
    return scores;
  }

  /**
   * @return Σ W_t · theme_t / Σ W_t over the weighted themes with a score, or null when none
   */
  @Nullable Double sourceScore(double[] themeScores) {
    double sum = 0;
    double weights = 0;
    for (int t = 0; t < themeScores.length; t++) {
      double weight = plan.themeWeights[t];
      if (weight > 0 && !Double.isNaN(themeScores[t])) {
        sum += weight * themeScores[t];
        weights += weight;
      }
    }
    return weights > 0 ? sum / weights : null;
  }

  ItemValue finish(ItemAccumulator accumulator) {
    Optional<ItemValue> value = accumulator.finish(confidence);
    return value.orElseThrow(
        () -> new IllegalStateException("an accumulator holding scores finished to no value"));
  }

  /** Satisfaction over pooled answers, with its Wilson interval; empty when there is none. */
  Indicator satisfaction(@Nullable ItemStatistics pooled) {
    if (pooled == null || pooled.count() == 0) {
      return Indicator.empty();
    }
    Interval interval = pooled.satisfactionInterval(confidence).orElse(null);
    return new Indicator(pooled.satisfaction().orElseThrow(), pooled.count(), interval);
  }

  /** Net satisfaction over the same answers, without interval; empty when there is none. */
  Indicator net(@Nullable ItemStatistics pooled) {
    if (pooled == null || pooled.count() == 0) {
      return Indicator.empty();
    }
    return new Indicator(pooled.net().orElseThrow(), pooled.count(), null);
  }

  /** NPS over pooled nps answers, with its interval; empty when there is none. */
  Indicator nps(@Nullable ItemStatistics promoters) {
    if (promoters == null || promoters.count() == 0) {
      return Indicator.empty();
    }
    return new Indicator(
        promoters.nps().orElseThrow(),
        promoters.count(),
        promoters.npsInterval(confidence).orElse(null));
  }
}

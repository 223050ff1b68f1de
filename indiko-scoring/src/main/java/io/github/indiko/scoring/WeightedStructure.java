package io.github.indiko.scoring;

import io.github.indiko.core.structure.StructureId;
import io.github.indiko.scoring.internal.ItemStatistics;
import io.github.indiko.scoring.internal.ItemStatistics.Polarity;
import io.github.indiko.scoring.internal.Raking;
import io.github.indiko.scoring.spi.ItemAccumulator;
import io.github.indiko.scoring.spi.WeightedStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One structure's weights (analysis.md §A3, Weights) and the weighted terms of its survey items:
 * per weighting cell, its weight w_c (1 for the cell of the responses lacking a key) and its
 * answers, each scored value given once with its count. Terms are given in cell order, then value
 * order, over a slice of the responses: all of them, one channel's or one segment cell's.
 * Immutable once made.
 */
final class WeightedStructure {
  /** A slice's channel or segment cell meaning every one. */
  static final int ALL = -1;

  private final EditionPlan plan;
  private final Raking.Result result;
  private final List<WeightTally.Cell> cells;
  private final double[] weights;

  private WeightedStructure(
      EditionPlan plan, Raking.Result result, List<WeightTally.Cell> cells, double[] weights) {
    this.plan = plan;
    this.result = result;
    this.cells = cells;
    this.weights = weights;
  }

  /**
   * Rakes the structure's cells with its margins.
   *
   * @param s the structure's index in the plan
   */
  static WeightedStructure of(EditionPlan plan, WeightTally tally, int s, StructureId id) {
    TreeMap<Long, WeightTally.Cell> byCode = tally.cells(s);
    WeightingPlan weighting = tally.weighting();
    List<Raking.Cell> raked = new ArrayList<>();
    long unweighted = 0;
    for (Map.Entry<Long, WeightTally.Cell> entry : byCode.entrySet()) {
      long responses = entry.getValue().responses;
      if (entry.getKey() == 0) {
        unweighted = responses;
      } else {
        raked.add(new Raking.Cell(weighting.positions(entry.getKey()), responses));
      }
    }
    Raking.Result result = Raking.rake(weighting.keys(id), raked, unweighted);
    List<WeightTally.Cell> cells = new ArrayList<>(byCode.values());
    double[] weights = new double[cells.size()];
    // The cell of the responses lacking a key, code 0, comes first and keeps weight 1.
    int offset = byCode.containsKey(0L) ? 1 : 0;
    for (int c = 0; c < weights.length; c++) {
      weights[c] = c < offset ? 1.0 : result.weights().get(c - offset);
    }
    return new WeightedStructure(plan, result, cells, weights);
  }

  /** How the weighting of the structure ended, with its design summaries. */
  Raking.Result result() {
    return result;
  }

  /** The structure's {@code weighting} of results.json. */
  StructureWeighting summary() {
    return new StructureWeighting(
        StructureWeighting.Status.valueOf(result.status().name()),
        result.cycles(),
        result.weightedResponses(),
        result.unweightedResponses(),
        result.nEffective(),
        result.designEffect(),
        result.key(),
        result.value());
  }

  /** Whether the weights are used: every other status leaves every number unweighted. */
  boolean weighted() {
    return result.status() == Raking.Status.WEIGHTED;
  }

  /** A weighted term: {@code count} answers of one cell with the same item score. */
  interface Term {
    void add(double weight, double score, Polarity polarity, long count);
  }

  /**
   * Gives the weighted terms of a question over a slice.
   *
   * @param channel a channel's index, or {@link #ALL}
   * @param segment a segment cell among the structure's ({@link SegmentTally#structureCell}), or
   *     {@link #ALL}
   */
  void terms(int q, int channel, int segment, Term term) {
    ItemPlan item = plan.items[q];
    boolean counted = ValueCounts.counted(plan, q);
    AnswerPlan answers = plan.answers[q];
    for (int c = 0; c < cells.size(); c++) {
      WeightTally.Cell cell = cells.get(c);
      double weight = weights[c];
      if (counted) {
        for (int slot = 0; slot < answers.values.size(); slot++) {
          long count = count(cell, channel, segment, answers.offset + slot);
          if (count > 0 && !Double.isNaN(item.score(slot))) {
            term.add(weight, item.score(slot), item.polarity(slot), count);
          }
        }
      } else {
        numbers(cell, channel, segment, q)
            .forEach((score, count) -> term.add(weight, score, ItemPlan.byScore(score), count));
      }
    }
  }

  private long count(WeightTally.Cell cell, int channel, int segment, int slot) {
    if (segment != ALL) {
      long[] counts = cell.segmentCounts[segment];
      return counts == null ? 0 : counts[slot];
    }
    long count = 0;
    for (int ch = 0; ch < cell.counts.length; ch++) {
      long[] counts = cell.counts[ch];
      if (counts != null && (channel == ALL || channel == ch)) {
        count = Math.addExact(count, counts[slot]);
      }
    }
    return count;
  }

  private TreeMap<Double, Long> numbers(WeightTally.Cell cell, int channel, int segment, int q) {
    TreeMap<Double, Long> all = new TreeMap<>();
    int questions = plan.questionCount;
    if (segment != ALL) {
      TreeMap<Double, Long> found = cell.segmentNumbers[segment * questions + q];
      return found == null ? all : found;
    }
    for (int ch = 0; ch < plan.channels.size(); ch++) {
      TreeMap<Double, Long> found = cell.numbers[ch * questions + q];
      if (found != null && (channel == ALL || channel == ch)) {
        found.forEach((score, count) -> all.merge(score, count, Math::addExact));
      }
    }
    return all;
  }

  /**
   * A fresh accumulator of the survey strategy fed the question's weighted terms over a slice,
   * with the weighted statistics of the same terms.
   *
   * @param accumulator the accumulator, fed
   * @param statistics the question's weighted mean, nEffective, share and net over the slice
   *     (analysis.md §A3, Weighted statistics)
   */
  record Value(ItemAccumulator accumulator, WeightedStatistics statistics) {}

  /**
   * @return the accumulator of {@link #value}, or null when no answer has a score
   */
  @Nullable ItemAccumulator accumulator(int q, int channel, int segment) {
    Value value = value(q, channel, segment);
    return value == null ? null : value.accumulator();
  }

  /**
   * @return the question's weighted value over the slice, or null when no answer has a score
   */
  @Nullable Value value(int q, int channel, int segment) {
    ItemAccumulator accumulator = plan.surveyStrategy.empty();
    WeightedStatistics statistics = WeightedStatistics.empty();
    terms(
        q,
        channel,
        segment,
        (weight, score, polarity, count) -> {
          accumulator.add(score, polarity == Polarity.FAVOURABLE, count, weight);
          statistics.add(score, weight, count, of(polarity));
        });
    return statistics.count() == 0 ? null : new Value(accumulator, statistics);
  }

  /**
   * The weighted statistics of the pooled items over a slice: the overall items with their
   * polarity, or the nps items with promoters favourable and detractors unfavourable.
   */
  WeightedStatistics pooled(int channel, int segment, boolean nps) {
    WeightedStatistics pooled = WeightedStatistics.empty();
    for (int q = 0; q < plan.questionCount; q++) {
      if (nps ? !plan.items[q].isNps() : !plan.pooled[q]) {
        continue;
      }
      terms(
          q,
          channel,
          segment,
          (weight, score, polarity, count) ->
              pooled.add(score, weight, count, nps ? promoter(score) : of(polarity)));
    }
    return pooled;
  }

  private static WeightedStatistics.Polarity of(Polarity polarity) {
    switch (polarity) {
      case FAVOURABLE:
        return WeightedStatistics.Polarity.FAVOURABLE;
      case UNFAVOURABLE:
        return WeightedStatistics.Polarity.UNFAVOURABLE;
      default:
        return WeightedStatistics.Polarity.NEUTRAL;
    }
  }

  /** A promoter (9–10) counts as 100, a detractor (0–6) as −100 (scoring.md §2). */
  private static WeightedStatistics.Polarity promoter(double score) {
    return score >= ItemStatistics.PROMOTER_SCORE
        ? WeightedStatistics.Polarity.FAVOURABLE
        : score <= ItemStatistics.DETRACTOR_SCORE
            ? WeightedStatistics.Polarity.UNFAVOURABLE
            : WeightedStatistics.Polarity.NEUTRAL;
  }

  /** The cells' respondent indices with their weights, in cell order. */
  List<WeightTally.Cell> cells() {
    return cells;
  }

  /** The weight of each of {@link #cells()}. */
  double weight(int cell) {
    return weights[cell];
  }
}

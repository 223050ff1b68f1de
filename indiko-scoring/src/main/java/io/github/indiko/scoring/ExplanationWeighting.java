package io.github.indiko.scoring;

import io.github.indiko.scoring.Explanation.IntervalFormula;
import io.github.indiko.scoring.Explanation.Method;
import io.github.indiko.scoring.Explanation.WeightedItem;
import io.github.indiko.scoring.internal.ItemStatistics;
import io.github.indiko.scoring.internal.Raking;
import io.github.indiko.scoring.spi.FSum;
import io.github.indiko.scoring.spi.Intervals;
import io.github.indiko.scoring.spi.WeightedStatistics;
import io.github.indiko.scoring.spi.WeightedStatistics.Polarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The weighting of one structure as its explanation shows it (analysis.md §A3; cli.md,
 * Explanation of a structure): its cells with their counts and weights, and how its weighted
 * survey numbers were made. Everything is recomputed from the tally's weighting cells with the
 * weights and the operations of the results ({@link WeightedStatistics}: each sum correctly
 * rounded over the terms), so that every number equals the results' bit for bit.
 */
final class ExplanationWeighting {
  private final EditionPlan plan;
  private final WeightedStructure structure;
  private final Explanation.Weighting block;

  private ExplanationWeighting(
      EditionPlan plan, WeightedStructure structure, Explanation.Weighting block) {
    this.plan = plan;
    this.structure = structure;
    this.block = block;
  }

  /**
   * @param tally the tally of an edition that asks for weighting
   * @param s the structure's index in the plan
   * @param result the structure's results, with their {@code weighting}
   */
  static ExplanationWeighting of(Tally tally, int s, StructureResult result) {
    WeightTally cells = Objects.requireNonNull(tally.weightCells(), "weighting cells");
    WeightingPlan weighting = cells.weighting();
    WeightedStructure structure = WeightedStructure.of(tally.plan, cells, s, result.id());
    List<Raking.Key> keys = weighting.keys(result.id());
    List<Explanation.Cell> shown = new ArrayList<>();
    // The cells in code order, as the weights of WeightedStructure; code 0 lacks a key.
    int c = 0;
    for (Map.Entry<Long, WeightTally.Cell> cell : cells.cells(s).entrySet()) {
      if (cell.getKey() != 0) {
        List<Integer> positions = weighting.positions(cell.getKey());
        List<String> values = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
          values.add(keys.get(k).values().get(positions.get(k)));
        }
        shown.add(new Explanation.Cell(values, cell.getValue().responses, structure.weight(c)));
      }
      c++;
    }
    Explanation.Weighting block =
        new Explanation.Weighting(
            weighting.method().code(),
            keys.stream().map(Raking.Key::name).toList(),
            Objects.requireNonNull(result.weighting(), "weighting"),
            shown);
    return new ExplanationWeighting(tally.plan, structure, block);
  }

  /** The structure's weighting: method, keys, summary and cells. */
  Explanation.Weighting block() {
    return block;
  }

  /** Whether the weights are used: with any other status every number is unweighted. */
  boolean weighted() {
    return structure.weighted();
  }

  /**
   * @param q a question
   * @return the weighted statistics of the question over the structure's responses, or null when
   *     no answer has a score
   */
  @Nullable WeightedItem item(int q) {
    WeightedStatistics statistics = WeightedStatistics.empty();
    FSum products = FSum.empty();
    structure.terms(
        q,
        WeightedStructure.ALL,
        WeightedStructure.ALL,
        (weight, score, polarity, count) -> {
          statistics.add(score, weight, count, Polarity.NEUTRAL);
          products.add(weight * score, count);
        });
    if (statistics.count() == 0) {
      return null;
    }
    OptionalDouble error = statistics.standardError();
    return new WeightedItem(
        statistics.weightSum(),
        products.sum(),
        statistics.mean().orElseThrow(),
        statistics.nEffective().orElseThrow(),
        error.isPresent() ? error.getAsDouble() : null);
  }

  /**
   * The weighted mean's Student t interval: mean ± t₍ₙ₋₁₎ · SE, the linearised SE.
   *
   * @param item a question's weighted statistics, with a standard error
   * @param n its answers with a score
   */
  IntervalFormula meanFormula(WeightedItem item, long n) {
    return new IntervalFormula(
        Method.STUDENT_T,
        item.mean(),
        Intervals.t(n - 1, plan.settings().confidence()),
        Objects.requireNonNull(item.standardError(), "standard error"));
  }

  /**
   * The weighted NPS's interval: nps ± z · SE, SE the linearised one of the values 100
   * (promoter), 0 and −100 (detractor) over the pooled nps items.
   *
   * @param nps the structure's weighted NPS, with an interval
   */
  IntervalFormula npsFormula(double nps) {
    WeightedStatistics pooled = WeightedStatistics.empty();
    for (int q = 0; q < plan.questionCount; q++) {
      if (plan.items[q].isNps()) {
        structure.terms(
            q,
            WeightedStructure.ALL,
            WeightedStructure.ALL,
            (weight, score, polarity, count) ->
                pooled.add(score, weight, count, npsPolarity(score)));
      }
    }
    return new IntervalFormula(
        Method.NPS,
        nps,
        Intervals.z(plan.settings().confidence()),
        pooled.npsStandardError().orElseThrow());
  }

  private static Polarity npsPolarity(double score) {
    if (score >= ItemStatistics.PROMOTER_SCORE) {
      return Polarity.FAVOURABLE;
    }
    return score <= ItemStatistics.DETRACTOR_SCORE ? Polarity.UNFAVOURABLE : Polarity.NEUTRAL;
  }
}

package io.github.indiko.scoring;

import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.scoring.internal.ItemStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Computes a structure's segment breakdown from its {@link SegmentTally} (analysis.md §A2,
 * Breakdown): every cell, unsuppressed, with the same rules as the structure's own numbers.
 */
final class SegmentBreakdown {
  private SegmentBreakdown() {}

  /**
   * @param s the structure's index in the plan
   * @param weighted the structure's weights when it is weighted (analysis.md §A3), else null
   * @return segment key → value → cell, keys and values in declared order, {@link
   *     StructureResult#NO_SEGMENT_VALUE} last; empty when the questionnaire declares no segment
   */
  static Map<String, Map<String, SegmentCell>> cells(
      SegmentTally tally,
      int s,
      Scores scores,
      @Nullable WeightedStructure weighted,
      WeightedScores weightedScores) {
    Map<String, Map<String, SegmentCell>> breakdown = new LinkedHashMap<>();
    List<Segment> segments = tally.segments();
    for (int k = 0; k < segments.size(); k++) {
      Segment segment = segments.get(k);
      int values = segment.values().size();
      Map<String, SegmentCell> cells = new LinkedHashMap<>();
      for (int v = 0; v <= values; v++) {
        int key = k;
        int value = v;
        SegmentCell cell;
        if (weighted == null) {
          ItemStatistics pooled = tally.satisfaction(s, k, v);
          cell =
              new SegmentCell(
                  tally.responses(s, k, v),
                  scores.surveyScore(q -> tally.value(s, key, value, q)),
                  scores.satisfaction(pooled),
                  scores.net(pooled),
                  scores.nps(tally.nps(s, k, v)));
        } else {
          int at = tally.structureCell(k, v);
          int all = WeightedStructure.ALL;
          cell =
              new SegmentCell(
                  tally.responses(s, k, v),
                  scores.surveyScore(q -> weighted.accumulator(q, all, at)),
                  weightedScores.satisfaction(weighted, all, at),
                  weightedScores.net(weighted, all, at),
                  weightedScores.nps(weighted, all, at));
        }
        String name =
            v < values ? segment.values().get(v).value() : StructureResult.NO_SEGMENT_VALUE;
        cells.put(name, cell);
      }
      breakdown.put(segment.key(), cells);
    }
    return breakdown;
  }
}

package io.github.indiko.scoring;

import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.validation.ResponseRow;
import io.github.indiko.scoring.internal.ItemStatistics;
import io.github.indiko.scoring.spi.ItemAccumulator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The part of a {@link Tally} that the segment breakdown needs (analysis.md §A2, Breakdown): per
 * structure × declared segment key × cell (each declared value of the key in declared order, then
 * the responses without the key), the cell's accepted responses, the answers of its value questions
 * counted per value slot (from which its satisfaction, net, nps and value items are made, as the
 * structure's own, scoring.md §4) and the survey strategy's accumulators of its scored number
 * questions (as a channel's). A cell's state is null until it has a response, and an edition whose
 * questionnaire declares no segment holds none. Mutable and not thread-safe, as its tally.
 */
final class SegmentTally {
  private final EditionPlan plan;
  private final List<Segment> segments;

  /** Per key, the index of its first cell among a structure's cells. */
  private final int[] firstCell;

  /** A structure's cells: per key, its declared values and the cell without the key. */
  private final int cellsPerStructure;

  /** Per structure × cell. */
  private final long[] responses;

  /** Per structure × cell, null until the cell has a response: per value slot, the answers. */
  private final long[] @Nullable [] valueCounts;

  /**
   * Per structure × cell, null until the cell has a scored number answer: per question, the survey
   * strategy's accumulator of its scores.
   */
  private final @Nullable ItemAccumulator[] @Nullable [] numbers;

  /** Per key, the cell of the response being added ({@link #enter}), as structure × cell. */
  private final int[] current;

  /** Per key, scratch for the position of the value of the response being added, or −1. */
  private final int[] values;

  SegmentTally(EditionPlan plan) {
    this.plan = plan;
    segments = plan.definitions.questionnaire().segments();
    firstCell = new int[segments.size()];
    int cells = 0;
    for (int k = 0; k < segments.size(); k++) {
      firstCell[k] = cells;
      cells += segments.get(k).values().size() + 1;
    }
    cellsPerStructure = cells;
    int all = plan.structures.size() * cells;
    responses = new long[all];
    valueCounts = new long[all][];
    numbers = new ItemAccumulator[all][];
    current = new int[segments.size()];
    values = new int[segments.size()];
  }

  /**
   * Starts adding a response of structure {@code s}: counts it in its cell of each key, read from
   * {@link ResponseRow#segmentValue}.
   *
   * @throws IllegalArgumentException when a value is beyond its key's values; nothing is counted
   */
  void enter(int s, ResponseRow row) {
    if (segments.isEmpty()) {
      return;
    }
    for (int k = 0; k < values.length; k++) {
      values[k] = row.segmentValue(k);
      if (values[k] < -1 || values[k] >= segments.get(k).values().size()) {
        throw new IllegalArgumentException(
            "segment " + segments.get(k).key() + ": no value " + values[k] + " among its values");
      }
    }
    enter(s);
  }

  /** Counts the response in the cells of {@link #values}. */
  private void enter(int s) {
    for (int k = 0; k < values.length; k++) {
      int cell = s * cellsPerStructure + firstCell[k];
      cell += values[k] < 0 ? segments.get(k).values().size() : values[k];
      current[k] = cell;
      responses[cell]++;
      if (valueCounts[cell] == null) {
        valueCounts[cell] = new long[plan.valueSlots];
      }
    }
  }

  /**
   * @param k a key's position
   * @return the cell of that key of the response being added, among its structure's cells ({@link
   *     #structureCell})
   */
  int currentCell(int k) {
    return current[k] % cellsPerStructure;
  }

  /** The number of a structure's cells: per key, its declared values and the cell without it. */
  int cellsPerStructure() {
    return cellsPerStructure;
  }

  /** Counts an answer of the response being added in a value slot, in each of its cells. */
  void count(int slot) {
    for (int cell : current) {
      valueCounts[cell][slot]++;
    }
  }

  /** Adds a scored number answer of the response being added, in each of its cells. */
  void number(int question, double score, boolean favourable) {
    for (int cell : current) {
      if (numbers[cell] == null) {
        numbers[cell] = new ItemAccumulator[plan.questionCount];
      }
      ItemAccumulator[] accumulators = numbers[cell];
      if (accumulators[question] == null) {
        accumulators[question] = plan.surveyStrategy.empty();
      }
      accumulators[question].add(score, favourable);
    }
  }

  /**
   * Puts the sum of this tally's cells and {@code other}'s in {@code merged}, a new segment tally
   * of the same plan; neither changes.
   */
  void merge(SegmentTally other, SegmentTally merged) {
    for (int cell = 0; cell < responses.length; cell++) {
      merged.responses[cell] = Math.addExact(responses[cell], other.responses[cell]);
      long[] mine = valueCounts[cell];
      long[] theirs = other.valueCounts[cell];
      if (mine != null || theirs != null) {
        long[] sum = new long[plan.valueSlots];
        for (int slot = 0; slot < sum.length; slot++) {
          sum[slot] =
              Math.addExact(mine == null ? 0 : mine[slot], theirs == null ? 0 : theirs[slot]);
        }
        merged.valueCounts[cell] = sum;
      }
      merged.numbers[cell] = merge(numbers[cell], other.numbers[cell]);
    }
  }

  private @Nullable ItemAccumulator @Nullable [] merge(
      @Nullable ItemAccumulator @Nullable [] mine, @Nullable ItemAccumulator @Nullable [] theirs) {
    if (mine == null && theirs == null) {
      return null;
    }
    ItemAccumulator[] merged = new ItemAccumulator[plan.questionCount];
    for (int q = 0; q < merged.length; q++) {
      merged[q] =
          Tally.merge(
              mine == null ? null : mine[q],
              theirs == null ? null : theirs[q],
              plan.surveyStrategy);
    }
    return merged;
  }

  // Read access for the results.

  /** The declared segment keys, in order. */
  List<Segment> segments() {
    return segments;
  }

  /**
   * @param key a key's position
   * @param value a value's position among the key's values, or the number of its values for the
   *     responses without the key
   */
  long responses(int s, int key, int value) {
    return responses[cell(s, key, value)];
  }

  /** The accumulator of a question over the cell's responses, or null when none has a score. */
  @Nullable ItemAccumulator value(int s, int key, int value, int question) {
    int cell = cell(s, key, value);
    if (ValueCounts.counted(plan, question)) {
      return ValueCounts.accumulator(plan, valueCounts, cell, cell + 1, question);
    }
    ItemAccumulator[] accumulators = numbers[cell];
    return accumulators == null ? null : accumulators[question];
  }

  /** The cell's pooled satisfaction items (scoring.md §4), or null when none was answered. */
  @Nullable ItemStatistics satisfaction(int s, int key, int value) {
    int cell = cell(s, key, value);
    return ValueCounts.satisfaction(plan, valueCounts, cell, cell + 1);
  }

  /** The cell's pooled nps items, or null when none was answered. */
  @Nullable ItemStatistics nps(int s, int key, int value) {
    int cell = cell(s, key, value);
    return ValueCounts.nps(plan, valueCounts, cell, cell + 1);
  }

  private int cell(int s, int key, int value) {
    return s * cellsPerStructure + structureCell(key, value);
  }

  /**
   * @param key a key's position
   * @param value as in {@link #responses}
   * @return the cell's position among a structure's cells
   */
  int structureCell(int key, int value) {
    if (value < 0 || value > segments.get(key).values().size()) {
      throw new IndexOutOfBoundsException("no cell " + value + " of segment key " + key);
    }
    return firstCell[key] + value;
  }
}

package io.github.indiko.scoring;

import io.github.indiko.core.validation.ResponseRow;
import io.github.indiko.scoring.spi.ExactSum;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The part of a {@link Tally} that weighting needs (analysis.md §A3), held only when the edition
 * asks for weighting: per structure × weighting cell ({@link WeightingPlan#cell}), the cell's
 * accepted survey responses, their value answers counted per value slot and their scored number answers as
 * exact score → count, per channel and per segment cell ({@link SegmentTally}), and their
 * respondent indices. A cell's state exists once it has a response. Merging adds counts, so the
 * weighted numbers depend neither on the order of the responses nor on how they were split.
 * Mutable and not thread-safe, as its tally.
 */
final class WeightTally {
  private final EditionPlan plan;
  private final WeightingPlan weighting;
  private final int channelCount;

  /** A structure's segment cells ({@link SegmentTally}), 0 when none is declared. */
  private final int segmentCells;

  /** Per structure: cell code → the cell's state. */
  private final Map<Long, Cell>[] cells;

  /** The cell of the response being added ({@link #enter}). */
  private @Nullable Cell current;

  private int currentChannel;

  /** Per segment key, the segment cell of the response being added. */
  private final int[] currentSegments;

  /** What one weighting cell of one structure holds. */
  static final class Cell {
    long responses;

    /** Per channel, null until the channel has a response: per value slot, the answers. */
    final long[] @Nullable [] counts;

    /** Per channel × question, null until it has a scored number answer: score → count. */
    final @Nullable TreeMap<Double, Long>[] numbers;

    /** Per segment cell, as {@link #counts}. */
    final long[] @Nullable [] segmentCounts;

    /** Per segment cell × question, as {@link #numbers}. */
    final @Nullable TreeMap<Double, Long>[] segmentNumbers;

    /** The respondent indices of the cell's responses that have one (scoring.md §7). */
    ExactSum index = ExactSum.empty();

    @SuppressWarnings("unchecked")
    Cell(int channels, int questions, int segmentCells) {
      counts = new long[channels][];
      numbers = new TreeMap[channels * questions];
      segmentCounts = new long[segmentCells][];
      segmentNumbers = new TreeMap[segmentCells * questions];
    }
  }

  @SuppressWarnings("unchecked")
  WeightTally(EditionPlan plan, WeightingPlan weighting, int segmentCells) {
    this.plan = plan;
    this.weighting = weighting;
    this.channelCount = plan.channels.size();
    this.segmentCells = segmentCells;
    cells = new Map[plan.structures.size()];
    for (int s = 0; s < cells.length; s++) {
      cells[s] = new HashMap<>();
    }
    currentSegments = new int[plan.definitions.questionnaire().segments().size()];
  }

  /**
   * Starts adding a response of structure {@code s} on channel {@code c}: counts it in its cell.
   *
   * @param segments the segment tally, already {@link SegmentTally#enter entered} with the response
   */
  void enter(int s, int c, ResponseRow row, SegmentTally segments) {
    long code = weighting.cell(row);
    Cell cell = cells[s].computeIfAbsent(code, k -> newCell());
    cell.responses++;
    if (cell.counts[c] == null) {
      cell.counts[c] = new long[plan.valueSlots];
    }
    for (int k = 0; k < currentSegments.length; k++) {
      currentSegments[k] = segments.currentCell(k);
      if (cell.segmentCounts[currentSegments[k]] == null) {
        cell.segmentCounts[currentSegments[k]] = new long[plan.valueSlots];
      }
    }
    current = cell;
    currentChannel = c;
  }

  private Cell newCell() {
    return new Cell(channelCount, plan.questionCount, segmentCells);
  }

  /** Counts an answer of the response being added in a value slot. */
  void count(int slot) {
    Cell cell = current();
    cell.counts[currentChannel][slot]++;
    for (int segment : currentSegments) {
      cell.segmentCounts[segment][slot]++;
    }
  }

  /** Adds a scored number answer of the response being added. */
  void number(int question, double score) {
    Cell cell = current();
    add(cell.numbers, currentChannel * plan.questionCount + question, score, 1);
    for (int segment : currentSegments) {
      add(cell.segmentNumbers, segment * plan.questionCount + question, score, 1);
    }
  }

  /** Adds the respondent index of the response being added. */
  void respondentIndex(double index) {
    current().index.add(index);
  }

  private Cell current() {
    if (current == null) {
      throw new IllegalStateException("no response entered");
    }
    return current;
  }

  private static void add(@Nullable TreeMap<Double, Long>[] maps, int at, double score, long n) {
    if (maps[at] == null) {
      maps[at] = new TreeMap<>();
    }
    maps[at].merge(score, n, Math::addExact);
  }

  /**
   * Puts the sum of this tally's cells and {@code other}'s in {@code merged}, a new weight tally of
   * the same plan; neither changes.
   */
  void merge(WeightTally other, WeightTally merged) {
    for (int s = 0; s < cells.length; s++) {
      for (Map<Long, Cell> source : java.util.List.of(cells[s], other.cells[s])) {
        for (Map.Entry<Long, Cell> entry : source.entrySet()) {
          Cell into = merged.cells[s].computeIfAbsent(entry.getKey(), k -> merged.newCell());
          add(entry.getValue(), into);
        }
      }
    }
  }

  /** Adds {@code from}'s counts to {@code into}'s; {@code from} does not change. */
  private static void add(Cell from, Cell into) {
    into.responses = Math.addExact(into.responses, from.responses);
    add(from.counts, into.counts);
    add(from.segmentCounts, into.segmentCounts);
    add(from.numbers, into.numbers);
    add(from.segmentNumbers, into.segmentNumbers);
    into.index = into.index.merge(from.index);
  }

  private static void add(long[] @Nullable [] from, long[] @Nullable [] into) {
    for (int i = 0; i < from.length; i++) {
      long[] counts = from[i];
      if (counts == null) {
        continue;
      }
      if (into[i] == null) {
        into[i] = new long[counts.length];
      }
      for (int slot = 0; slot < counts.length; slot++) {
        into[i][slot] = Math.addExact(into[i][slot], counts[slot]);
      }
    }
  }

  private static void add(
      @Nullable TreeMap<Double, Long>[] from, @Nullable TreeMap<Double, Long>[] into) {
    for (int i = 0; i < from.length; i++) {
      TreeMap<Double, Long> scores = from[i];
      if (scores != null) {
        int at = i;
        scores.forEach((score, n) -> add(into, at, score, n));
      }
    }
  }

  // Read access for the results.

  WeightingPlan weighting() {
    return weighting;
  }

  /**
   * @return the structure's cells by code, in code order (that of analysis.md, Weights)
   */
  TreeMap<Long, Cell> cells(int s) {
    return new TreeMap<>(cells[s]);
  }
}

package io.github.indiko.scoring;

import io.github.indiko.scoring.internal.ItemStatistics;
import io.github.indiko.scoring.internal.ItemStatistics.Polarity;
import io.github.indiko.scoring.spi.ItemAccumulator;
import org.jspecify.annotations.Nullable;

/**
 * Reads counts per value slot ({@link AnswerPlan#offset}): the statistics and accumulators of the
 * questions whose answers are values (rating, nps, yes/no, single choice), and the pooled
 * satisfaction and nps of scoring.md §4, over a range of count arrays (the channels of a structure
 * in a {@link Tally}, or one cell of a {@link SegmentTally}). Each scored value is given once with
 * its count summed over the range ({@link ItemAccumulator#add(double, boolean, long)}), so a range
 * of one array and a range of several holding the same answers give the same numbers.
 */
final class ValueCounts {
  private ValueCounts() {}

  /** Whether the item is a question whose scores are made from counts per value slot. */
  static boolean counted(EditionPlan plan, int item) {
    return item < plan.questionCount && plan.answers[item].kind == AnswerPlan.Kind.VALUE;
  }

  /**
   * @param counts count arrays, null where nothing was counted
   * @param from the first array of the range
   * @param to the end of the range, excluded
   * @param q a question that is {@link #counted}
   * @return the question's statistics over the range, or null when no answer holds a score
   */
  static @Nullable ItemStatistics statistics(
      EditionPlan plan, long[] @Nullable [] counts, int from, int to, int q) {
    ItemStatistics made =
        plan.items[q].isNps() ? ItemStatistics.emptyNps() : ItemStatistics.empty();
    return add(plan, counts, from, to, q, made) ? made : null;
  }

  /**
   * @return the survey strategy's accumulator of a {@link #counted} question over the range, or
   *     null when no answer holds a score
   */
  static @Nullable ItemAccumulator accumulator(
      EditionPlan plan, long[] @Nullable [] counts, int from, int to, int q) {
    ItemAccumulator made = plan.surveyStrategy.empty();
    ItemPlan item = plan.items[q];
    Sink sink =
        (slot, count) ->
            made.add(item.score(slot), item.polarity(slot) == Polarity.FAVOURABLE, count);
    return add(plan, counts, from, to, q, sink) ? made : null;
  }

  /** The pooled satisfaction items over the range, or null when none was answered. */
  static @Nullable ItemStatistics satisfaction(
      EditionPlan plan, long[] @Nullable [] counts, int from, int to) {
    ItemStatistics pooled = ItemStatistics.empty();
    boolean any = false;
    for (int q = 0; q < plan.questionCount; q++) {
      if (plan.pooled[q]) {
        any |= add(plan, counts, from, to, q, pooled);
      }
    }
    return any ? pooled : null;
  }

  /** The pooled nps items over the range, or null when none was answered. */
  static @Nullable ItemStatistics nps(
      EditionPlan plan, long[] @Nullable [] counts, int from, int to) {
    ItemStatistics pooled = ItemStatistics.emptyNps();
    boolean any = false;
    for (int q = 0; q < plan.questionCount; q++) {
      if (plan.items[q].isNps()) {
        any |= add(plan, counts, from, to, q, pooled);
      }
    }
    return any ? pooled : null;
  }

  /**
   * Adds the scored answers of a {@link #counted} question over the range.
   *
   * @return whether there was one
   */
  private static boolean add(
      EditionPlan plan,
      long[] @Nullable [] counts,
      int from,
      int to,
      int q,
      ItemStatistics statistics) {
    ItemPlan item = plan.items[q];
    return add(
        plan,
        counts,
        from,
        to,
        q,
        (slot, count) -> statistics.add(item.score(slot), item.polarity(slot), count));
  }

  /** Gives each scored value slot of the question with its count over the range, when not 0. */
  private static boolean add(
      EditionPlan plan, long[] @Nullable [] counts, int from, int to, int q, Sink sink) {
    ItemPlan item = plan.items[q];
    AnswerPlan detail = plan.answers[q];
    boolean any = false;
    for (int slot = 0; slot < detail.values.size(); slot++) {
      if (Double.isNaN(item.score(slot))) {
        continue;
      }
      long count = 0;
      for (int i = from; i < to; i++) {
        long[] slots = counts[i];
        if (slots != null) {
          count = Math.addExact(count, slots[detail.offset + slot]);
        }
      }
      if (count > 0) {
        sink.add(slot, count);
        any = true;
      }
    }
    return any;
  }

  /** A value slot's count, given to some statistics. */
  private interface Sink {
    void add(int slot, long count);
  }
}

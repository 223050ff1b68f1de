package io.github.indiko.scoring;

import java.util.List;

/**
 * Which cells of one survey breakdown a report withholds (scoring.md §6, extended by analysis.md
 * §A2, Disclosure): the cells of one segment key, or the channels of one structure's survey.
 *
 * <ul>
 *   <li>A cell with n = 0 has no response: it is neither suppressed nor published.
 *   <li>Primary: a cell with n from 1 to threshold − 1 is suppressed.
 *   <li>Secondary: when exactly one cell is suppressed by the primary rule, the published cell
 *       with the smallest n is suppressed too (ties: the earliest in the order given), so that
 *       the suppressed cell cannot be recovered by subtracting the others from the published
 *       total.
 * </ul>
 *
 * A pure function of its arguments; {@code results.json} is never suppressed (it is the operator's
 * working file), reports are.
 */
public final class Disclosure {
  private Disclosure() {}

  /**
   * @param counts each cell's n, in the breakdown's order (declared values, then {@code (none)};
   *     or channels)
   * @param threshold the edition's disclosure threshold, at least 1
   * @return for each cell, whether a report withholds its numbers
   * @throws IllegalArgumentException when a count is negative or the threshold below 1
   */
  public static boolean[] suppressed(List<Long> counts, int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("a disclosure threshold is at least 1: " + threshold);
    }
    boolean[] suppressed = new boolean[counts.size()];
    int primary = 0;
    for (int i = 0; i < suppressed.length; i++) {
      long n = counts.get(i);
      if (n < 0) {
        throw new IllegalArgumentException("a cell count cannot be negative: " + n);
      }
      if (n >= 1 && n < threshold) {
        suppressed[i] = true;
        primary++;
      }
    }
    if (primary == 1) {
      int smallest = -1;
      for (int i = 0; i < suppressed.length; i++) {
        long n = counts.get(i);
        if (n >= threshold && (smallest < 0 || n < counts.get(smallest))) {
          smallest = i;
        }
      }
      if (smallest >= 0) {
        suppressed[smallest] = true;
      }
    }
    return suppressed;
  }
}

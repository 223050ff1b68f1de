package io.github.indiko.reports;

/**
 * A structure's place in its category, shown only when the category has at least three eligible
 * structures (a peer benchmark aggregating at least two others, scoring.md §6).
 *
 * @param rank 1-based
 * @param of eligible structures in the category
 * @param percentile 100 · (of − rank) / (of − 1)
 */
public record Ranking(int rank, int of, double percentile) {
  /** Checks that 1 ≤ rank ≤ of. */
  public Ranking {
    if (rank < 1 || rank > of) {
      throw new IllegalArgumentException("rank " + rank + " must lie in 1.." + of);
    }
  }
}

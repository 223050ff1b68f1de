package io.github.indiko.store;

/**
 * What importing an edition folder did, over its two data files. The counts reconcile: {@code read
 * == stored + alreadyThere + refused}.
 *
 * @param read lines read, blank lines aside
 * @param stored lines stored by this import
 * @param alreadyThere lines that an earlier import of the same line at the same place stored
 * @param refused lines refused, by the validator (formats.md, Rejects) or as duplicates of lines
 *     stored from elsewhere
 */
public record ImportCounts(long read, long stored, long alreadyThere, long refused) {
  /** Checks that the counts reconcile. */
  public ImportCounts {
    if (stored < 0 || alreadyThere < 0 || refused < 0 || read != stored + alreadyThere + refused) {
      throw new IllegalArgumentException(
          "counts do not reconcile: read "
              + read
              + ", stored "
              + stored
              + ", already there "
              + alreadyThere
              + ", refused "
              + refused);
    }
  }

  /**
   * @param other the counts of another file
   * @return both together
   */
  ImportCounts plus(ImportCounts other) {
    return new ImportCounts(
        read + other.read,
        stored + other.stored,
        alreadyThere + other.alreadyThere,
        refused + other.refused);
  }
}

package io.github.indiko.core.validation;

import java.util.EnumMap;
import java.util.Map;

/** The counts of one read of a source, line by line: accepted, and rejected by reason. */
final class LineCounts {
  private long accepted;
  private long rejected;
  private final Map<RejectReason, Long> byReason = new EnumMap<>(RejectReason.class);

  void accepted() {
    accepted++;
  }

  void rejected(RejectReason reason) {
    rejected++;
    byReason.merge(reason, 1L, Long::sum);
  }

  /**
   * @return the counts of the lines so far
   */
  SourceCounts counts() {
    return new SourceCounts(accepted + rejected, accepted, rejected, byReason);
  }
}

package io.github.indiko.core.validation;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What reading one source gave: lines read (blank lines aside), accepted and rejected, and the
 * rejects per reason. Immutable; the counts always reconcile: {@code read == accepted + rejected}
 * and the reasons' counts add up to {@code rejected}.
 *
 * @param read lines read, blank lines (only JSON whitespace) aside
 * @param accepted lines accepted
 * @param rejected lines rejected
 * @param byReason rejects per reason, sorted by code ({@code invalid_answer} before {@code
 *     malformed}), zero counts omitted
 */
public record SourceCounts(
    long read, long accepted, long rejected, Map<RejectReason, Long> byReason) {
  /** Checks that the counts reconcile, and copies the reasons sorted by code without zeros. */
  public SourceCounts {
    if (accepted < 0 || rejected < 0 || read != accepted + rejected) {
      throw new IllegalArgumentException(
          "counts do not reconcile: read "
              + read
              + ", accepted "
              + accepted
              + ", rejected "
              + rejected);
    }
    TreeMap<RejectReason, Long> sorted = new TreeMap<>(Comparator.comparing(RejectReason::code));
    long sum = 0;
    for (Map.Entry<RejectReason, Long> entry : byReason.entrySet()) {
      long count = entry.getValue();
      if (count < 0) {
        throw new IllegalArgumentException(
            "count of " + entry.getKey().code() + " must not be negative: " + count);
      }
      sum += count;
      if (count > 0) {
        sorted.put(entry.getKey(), count);
      }
    }
    if (sum != rejected) {
      throw new IllegalArgumentException(
          "reasons count " + sum + " rejects, not the " + rejected + " rejected");
    }
    byReason = Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
  }

  /**
   * @return nothing read
   */
  public static SourceCounts empty() {
    return new SourceCounts(0, 0, 0, Map.of());
  }

  /**
   * @param other counts of another part of the same kind of source
   * @return the counts of both together
   */
  public SourceCounts plus(SourceCounts other) {
    Map<RejectReason, Long> reasons = new EnumMap<>(RejectReason.class);
    reasons.putAll(byReason);
    other.byReason.forEach((reason, count) -> reasons.merge(reason, count, Long::sum));
    return new SourceCounts(
        read + other.read, accepted + other.accepted, rejected + other.rejected, reasons);
  }
}

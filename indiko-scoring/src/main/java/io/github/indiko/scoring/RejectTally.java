package io.github.indiko.scoring;

import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.SourceCounts;
import java.util.EnumMap;
import java.util.Map;

/**
 * The refused lines of a {@link Tally}: per source and reason in all, per enrolled structure named
 * by a line refused for a later reason than {@code not_enrolled}, and which structures a line
 * named while refused as not enrolled (cli.md). Merges exactly; mutable and not thread-safe, as
 * the tally.
 */
final class RejectTally {
  private static final int REASONS = RejectReason.values().length;

  private final EditionPlan plan;
  private final long[] responses = new long[REASONS];
  private final long[] audits = new long[REASONS];

  /** Per structure × reason. */
  private final long[] structureResponses;

  private final long[] structureAudits;

  /** Per structure: whether a line naming it was rejected as not enrolled. */
  private final boolean[] named;

  RejectTally(EditionPlan plan) {
    this.plan = plan;
    int structures = plan.structures.size();
    structureResponses = new long[structures * REASONS];
    structureAudits = new long[structures * REASONS];
    named = new boolean[structures];
  }

  /** As {@link Tally#add(Reject)}. */
  void add(Reject reject) {
    byReason(reject.source())[reject.reason().ordinal()]++;
  }

  /** As {@link Tally#add(LineResult.Rejected)}. */
  void add(LineResult.Rejected<?> rejected) {
    Reject reject = rejected.reject();
    long[] totals = byReason(reject.source());
    totals[reject.reason().ordinal()]++;
    StructureId structure = rejected.structure();
    boolean later = structure != null && reject.reason().compareTo(RejectReason.NOT_ENROLLED) >= 0;
    if (later && reject.reason() == RejectReason.NOT_ENROLLED) {
      named[plan.structure(structure)] = true;
    } else if (later) {
      int s = plan.structureOrNone(structure);
      if (s >= 0 && plan.levels[s] != null) {
        long[] counts = totals == responses ? structureResponses : structureAudits;
        counts[s * REASONS + reject.reason().ordinal()]++;
      }
    }
  }

  private long[] byReason(String source) {
    if (source.equals(DataValidator.RESPONSES)) {
      return responses;
    }
    if (source.equals(DataValidator.AUDITS)) {
      return audits;
    }
    throw new IllegalArgumentException(
        "a reject of "
            + source
            + ", neither "
            + DataValidator.RESPONSES
            + " nor "
            + DataValidator.AUDITS);
  }

  /** Adds the counts of this and {@code other} into {@code merged}, which holds none. */
  void merge(RejectTally other, RejectTally merged) {
    add(responses, other.responses, merged.responses);
    add(audits, other.audits, merged.audits);
    add(structureResponses, other.structureResponses, merged.structureResponses);
    add(structureAudits, other.structureAudits, merged.structureAudits);
    for (int s = 0; s < named.length; s++) {
      merged.named[s] = named[s] || other.named[s];
    }
  }

  private static void add(long[] mine, long[] theirs, long[] merged) {
    for (int i = 0; i < mine.length; i++) {
      merged[i] = Math.addExact(mine[i], theirs[i]);
    }
  }

  boolean named(int s) {
    return named[s];
  }

  /** The structure's lines of one source: {@code accepted}, and those rejected naming it. */
  SourceCounts structure(int s, boolean ofResponses, long accepted) {
    return counts(ofResponses ? structureResponses : structureAudits, s, accepted);
  }

  /** All lines of one source: {@code accepted}, and every rejected one. */
  SourceCounts total(boolean ofResponses, long accepted) {
    return counts(ofResponses ? responses : audits, 0, accepted);
  }

  private static SourceCounts counts(long[] rejects, int s, long accepted) {
    Map<RejectReason, Long> byReason = new EnumMap<>(RejectReason.class);
    long rejected = 0;
    for (RejectReason reason : RejectReason.values()) {
      long count = rejects[s * REASONS + reason.ordinal()];
      byReason.put(reason, count);
      rejected += count;
    }
    return new SourceCounts(accepted + rejected, accepted, rejected, byReason);
  }
}

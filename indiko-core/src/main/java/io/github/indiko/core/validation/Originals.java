package io.github.indiko.core.validation;

import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.internal.data.JsonValue;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a double, an audit record naming in {@code of} the record it doubles
 * (analysis.md §A5), for one read: {@code unknown_original}, then {@code same_auditor}. They run
 * in line order, after {@code duplicate_id}, on the records accepted so far.
 *
 * <p>Kept per accepted record, by id: for an original, the positions of its structure and channel,
 * its auditor and the auditors of its accepted doubles, each auditor as its position among the
 * distinct auditors of the lines checked (whose texts are kept once); for a double, only that it
 * is one. That is about 80 bytes besides the id, and 4 bytes more per accepted double
 * (docs/limits.md): audit files hold hundreds or thousands of records. Every accepted
 * record is of the edition's grid and version ({@code unknown_grid} comes first), so they need no
 * keeping. Messages name the original by its {@code of}, as JSON cut after 60 code points, and
 * never an auditor, which may be a person's name.
 *
 * <p>Not thread-safe: one per read, on the thread that reads in line order.
 */
final class Originals {
  /** Where a double is kept: it has no structure of its own to compare, it doubles no other. */
  private static final Original DOUBLE = new Original(-1, -1, -1);

  private static final int NO_AUDITOR = -1;

  private static final int[] NO_DOUBLE = {};

  private final EditionIndex index;
  private final Map<String, Original> accepted = new HashMap<>();
  private final Map<String, Integer> auditors = new HashMap<>();

  /** An accepted original; {@code doubles} grows as its doubles are accepted. */
  private static final class Original {
    final int structure;
    final int channel;
    final int auditor;
    int[] doubles = NO_DOUBLE;

    Original(int structure, int channel, int auditor) {
      this.structure = structure;
      this.channel = channel;
      this.auditor = auditor;
    }
  }

  /**
   * @param index the edition's definitions, which name the structures and channels
   */
  Originals(EditionIndex index) {
    this.index = index;
  }

  /**
   * Checks a record, its id not accepted before, and keeps it when it passes.
   *
   * @param record a record that every earlier check accepted
   * @return {@code unknown_original} or {@code same_auditor}, or null when the record passes (it
   *     then counts as accepted)
   */
  @Nullable Fault admit(AuditRecord record) {
    AuditId of = record.of();
    int auditor = auditor(record.auditor());
    if (of == null) {
      accepted.put(
          record.id().value(), new Original(structure(record), channel(record), auditor));
      return null;
    }
    String named = JsonValue.shown(of.value());
    Original original = accepted.get(of.value());
    Fault fault = unknown(record, original, named);
    if (fault == null) {
      fault = same(original, auditor, named);
    }
    if (fault != null) {
      return fault;
    }
    original.doubles = Arrays.copyOf(original.doubles, original.doubles.length + 1);
    original.doubles[original.doubles.length - 1] = auditor;
    accepted.put(record.id().value(), DOUBLE);
    return null;
  }

  /**
   * @return {@code unknown_original}, or null when {@code original} is one the record may double
   */
  private @Nullable Fault unknown(AuditRecord record, @Nullable Original original, String named) {
    if (original == null) {
      return unknownOriginal("of " + named + " names no record accepted before");
    }
    if (original == DOUBLE) {
      return unknownOriginal("of " + named + " names a double, not an original");
    }
    if (original.structure != structure(record)) {
      return unknownOriginal(
          "of "
              + named
              + " names a record of structure "
              + index.structures().get(original.structure).id()
              + ", not "
              + record.structure());
    }
    if (original.channel != channel(record)) {
      return unknownOriginal(
          "of "
              + named
              + " names a record of channel "
              + index.channels().get(original.channel)
              + ", not "
              + record.channel());
    }
    return null;
  }

  /**
   * @return {@code same_auditor}, or null when the double's auditor and its original's are given
   *     and differ, and no earlier double of the original has that auditor
   */
  private static @Nullable Fault same(Original original, int auditor, String named) {
    if (auditor == NO_AUDITOR) {
      return sameAuditor("the double names no auditor");
    }
    if (original.auditor == NO_AUDITOR) {
      return sameAuditor("its original " + named + " names no auditor");
    }
    if (auditor == original.auditor) {
      return sameAuditor("same auditor as its original " + named);
    }
    for (int earlier : original.doubles) {
      if (auditor == earlier) {
        return sameAuditor("same auditor as an earlier double of " + named);
      }
    }
    return null;
  }

  private int structure(AuditRecord record) {
    return index.structurePosition(record.structure().value());
  }

  private int channel(AuditRecord record) {
    return index.channelPosition(record.channel());
  }

  /**
   * @return the auditor's position among the distinct auditors met, kept from now on; {@link
   *     #NO_AUDITOR} for none
   */
  private int auditor(@Nullable String auditor) {
    if (auditor == null) {
      return NO_AUDITOR;
    }
    return auditors.computeIfAbsent(auditor, unused -> auditors.size());
  }

  private static Fault unknownOriginal(String message) {
    return new Fault(RejectReason.UNKNOWN_ORIGINAL, message);
  }

  private static Fault sameAuditor(String message) {
    return new Fault(RejectReason.SAME_AUDITOR, message);
  }
}

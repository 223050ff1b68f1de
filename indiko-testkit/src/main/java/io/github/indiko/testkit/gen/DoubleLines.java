package io.github.indiko.testkit.gen;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.testkit.property.Gen;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The lines of {@link InvalidLines} for the checks of a double (analysis.md §A5): a valid line
 * with an {@code of} that no accepted original answers to, or an original and then a double of it
 * by the same auditor or without one. No double is ever accepted, so an edition made of these
 * lines has no agreement of auditors to report. Deterministic for a seed; immutable and
 * thread-safe.
 */
final class DoubleLines {
  private DoubleLines() {}

  /**
   * @return one line doubling itself, or a valid original then a double of it naming another
   *     structure or channel ({@code unknown_original})
   */
  static Gen<String> unknownOriginal(EditionDefinitions definitions) {
    Gen<AuditRecord> valid = DataGen.audits(definitions);
    return source -> {
      AuditRecord first = valid.generate(source);
      AuditRecord second = valid.generate(source);
      boolean elsewhere =
          !second.structure().equals(first.structure())
              || !second.channel().equals(first.channel());
      if (!elsewhere || Draws.coin(source)) {
        return DataGen.line(doubling(first, first.auditor(), first.id()));
      }
      AuditRecord twice = doubling(renamed(second, first), second.auditor(), first.id());
      return DataGen.line(first) + "\n" + DataGen.line(twice);
    };
  }

  /**
   * @return a valid original then a double of the same visit naming no auditor, or the original's
   *     auditor, or doubling an original without auditor ({@code same_auditor})
   */
  static Gen<String> sameAuditor(EditionDefinitions definitions) {
    DataGen.Context context = new DataGen.Context(definitions);
    Gen<AuditRecord> valid = DataGen.audits(definitions);
    return source -> {
      AuditRecord drawn = valid.generate(source);
      String auditor = DomainGen.identifier(source);
      AuditRecord first;
      String second;
      switch ((int) source.next(2)) {
        case 0:
          first = withAuditor(drawn, auditor);
          second = auditor;
          break;
        case 1:
          first = drawn;
          second = null;
          break;
        default:
          first = withAuditor(drawn, null);
          second = auditor;
          break;
      }
      AuditRecord twice =
          new AuditRecord(
              new AuditId(other(DomainGen.identifier(source), first)),
              first.grid(),
              first.structure(),
              first.channel(),
              second,
              first.performedAt(),
              context.observations(source, first.channel()),
              null,
              first.id());
      return DataGen.line(first) + "\n" + DataGen.line(twice);
    };
  }

  /** A record's line values as a double of {@code of}, by {@code auditor}. */
  private static AuditRecord doubling(AuditRecord record, @Nullable String auditor, AuditId of) {
    return new AuditRecord(
        record.id(),
        record.grid(),
        record.structure(),
        record.channel(),
        auditor,
        record.performedAt(),
        record.observations(),
        record.comment(),
        of);
  }

  private static AuditRecord withAuditor(AuditRecord record, @Nullable String auditor) {
    return new AuditRecord(
        record.id(),
        record.grid(),
        record.structure(),
        record.channel(),
        auditor,
        record.performedAt(),
        record.observations(),
        record.comment());
  }

  /** {@code record} under an id that is not {@code first}'s. */
  private static AuditRecord renamed(AuditRecord record, AuditRecord first) {
    return new AuditRecord(
        new AuditId(other(record.id().value(), first)),
        record.grid(),
        record.structure(),
        record.channel(),
        record.auditor(),
        record.performedAt(),
        record.observations(),
        record.comment());
  }

  /** {@code id}, or a variant of it when it is {@code first}'s. */
  private static String other(String id, AuditRecord first) {
    return Draws.unique(id, new HashSet<>(Set.of(first.id().value())), '-');
  }
}

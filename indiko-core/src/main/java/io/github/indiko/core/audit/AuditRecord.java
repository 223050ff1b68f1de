package io.github.indiko.core.audit;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.structure.StructureId;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A mystery audit's record (a line of {@code audits.jsonl}). Immutable.
 *
 * @param id its identifier
 * @param grid the grid and version used
 * @param structure the structure audited
 * @param channel the channel audited
 * @param auditor the auditor's identifier, or null
 * @param performedAt when the audit was performed, with the offset given
 * @param observations criterion to observation, in document order
 * @param comment the auditor's comment, or null
 * @param of the record this one doubles, a calibration audit of the same interaction by another
 *     auditor (analysis.md §A5), or null for an original record
 */
public record AuditRecord(
    AuditId id,
    DefinitionRef grid,
    StructureId structure,
    Channel channel,
    @Nullable String auditor,
    OffsetDateTime performedAt,
    Map<CriterionId, Observation> observations,
    @Nullable String comment,
    @Nullable AuditId of) {

  /** Checks that nothing required is null, and copies the observations. */
  public AuditRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(performedAt, "performedAt");
    observations = Collections.unmodifiableMap(new LinkedHashMap<>(observations));
  }

  /**
   * An original record: one that doubles no other.
   *
   * @param id its identifier
   * @param grid the grid and version used
   * @param structure the structure audited
   * @param channel the channel audited
   * @param auditor the auditor's identifier, or null
   * @param performedAt when the audit was performed, with the offset given
   * @param observations criterion to observation, in document order
   * @param comment the auditor's comment, or null
   */
  public AuditRecord(
      AuditId id,
      DefinitionRef grid,
      StructureId structure,
      Channel channel,
      @Nullable String auditor,
      OffsetDateTime performedAt,
      Map<CriterionId, Observation> observations,
      @Nullable String comment) {
    this(id, grid, structure, channel, auditor, performedAt, observations, comment, null);
  }

  /**
   * @return whether this record doubles another (analysis.md §A5)
   */
  public boolean isDouble() {
    return of != null;
  }
}

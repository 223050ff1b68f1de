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
 */
public record AuditRecord(
    AuditId id,
    DefinitionRef grid,
    StructureId structure,
    Channel channel,
    @Nullable String auditor,
    OffsetDateTime performedAt,
    Map<CriterionId, Observation> observations,
    @Nullable String comment) {

  /** Checks that nothing required is null, and copies the observations. */
  public AuditRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(performedAt, "performedAt");
    observations = Collections.unmodifiableMap(new LinkedHashMap<>(observations));
  }
}

package io.github.indiko.reports;

import io.github.indiko.core.structure.Level;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The reports of one enrolled structure: the levels its enrolment allows, and no other.
 *
 * @param structure who they are about
 * @param raw raw results, which every enrolled structure receives
 * @param analysis the results analysis, or null below level {@code analysis}
 * @param organisation the organisation audit, or null below level {@code organisation}
 */
public record StructureReports(
    StructureInfo structure,
    RawReport raw,
    @Nullable AnalysisReport analysis,
    @Nullable OrganisationReport organisation) {
  /** Checks that nothing required is null, and that the levels match the enrolment. */
  public StructureReports {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(raw, "raw");
    if ((analysis != null)
        != structure.level().includes(Level.ANALYSIS)) {
      throw new IllegalArgumentException(
          "an analysis exists exactly for levels analysis and organisation, not "
              + structure.level().id());
    }
    if ((organisation != null)
        != structure.level().includes(Level.ORGANISATION)) {
      throw new IllegalArgumentException(
          "an organisation audit exists exactly for level organisation, not "
              + structure.level().id());
    }
  }
}

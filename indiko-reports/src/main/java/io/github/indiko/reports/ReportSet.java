package io.github.indiko.reports;

import io.github.indiko.core.structure.StructureId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every report of an edition: the public overview, each enrolled structure's levels, and the
 * auditors' agreement when the edition accepted calibration audits.
 *
 * @param overview the public overview
 * @param structures per enrolled structure, sorted by id
 * @param agreement the auditors' agreement (analysis.md §A5), or null when no calibration audit
 *     was accepted
 */
public record ReportSet(
    Overview overview, List<StructureReports> structures, @Nullable AgreementReport agreement) {
  /** Checks that nothing required is null, and copies. */
  public ReportSet {
    Objects.requireNonNull(overview, "overview");
    structures = List.copyOf(structures);
  }

  /**
   * The reports of an edition without calibration audits.
   *
   * @param overview the public overview
   * @param structures per enrolled structure, sorted by id
   */
  public ReportSet(Overview overview, List<StructureReports> structures) {
    this(overview, structures, null);
  }

  /**
   * @param id a structure
   * @return its reports, if it is enrolled
   */
  public Optional<StructureReports> structure(StructureId id) {
    return structures.stream().filter(r -> r.structure().id().equals(id)).findFirst();
  }
}

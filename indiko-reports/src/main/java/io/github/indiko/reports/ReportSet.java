package io.github.indiko.reports;

import io.github.indiko.core.structure.StructureId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every report of an edition: the public overview and each enrolled structure's levels.
 *
 * @param overview the public overview
 * @param structures per enrolled structure, sorted by id
 */
public record ReportSet(Overview overview, List<StructureReports> structures) {
  /** Checks that nothing is null, and copies. */
  public ReportSet {
    Objects.requireNonNull(overview, "overview");
    structures = List.copyOf(structures);
  }

  /**
   * @param id a structure
   * @return its reports, if it is enrolled
   */
  public Optional<StructureReports> structure(StructureId id) {
    return structures.stream().filter(r -> r.structure().id().equals(id)).findFirst();
  }
}

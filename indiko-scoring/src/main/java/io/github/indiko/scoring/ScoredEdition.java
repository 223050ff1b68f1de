package io.github.indiko.scoring;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.structure.StructureId;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An edition scored in full: its definitions, every number of {@code results.json}, and the details
 * of each enrolled structure from which the reports of scoring.md §8 are made. Immutable.
 *
 * @param definitions the edition's definitions
 * @param results the results
 * @param details per enrolled structure, sorted by id
 */
public record ScoredEdition(
    EditionDefinitions definitions, Results results, Map<StructureId, StructureDetail> details) {

  /** Checks that nothing is null, and copies the details. */
  public ScoredEdition {
    Objects.requireNonNull(definitions, "definitions");
    Objects.requireNonNull(results, "results");
    details = Collections.unmodifiableMap(new TreeMap<>(details));
  }

  /**
   * @param structure a structure
   * @return its details, if it is enrolled
   */
  public Optional<StructureDetail> detail(StructureId structure) {
    return Optional.ofNullable(details.get(structure));
  }
}

package io.github.indiko.core.structure;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A structure's enrolment in an edition.
 *
 * @param structure the structure
 * @param at the day it enrolled
 * @param level the analysis level it subscribed to
 */
public record Enrolment(StructureId structure, LocalDate at, Level level) {
  /** Checks that no part is null. */
  public Enrolment {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(level, "level");
  }
}

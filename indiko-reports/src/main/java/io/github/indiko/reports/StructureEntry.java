package io.github.indiko.reports;

import io.github.indiko.core.structure.Category;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.StructureId;
import java.util.Objects;

/**
 * An enrolled structure as the overview lists it: who, and which report levels exist. No number.
 *
 * @param id the structure
 * @param name its name
 * @param category its category
 * @param level its enrolment's level: its reports are this level and those below
 */
public record StructureEntry(StructureId id, String name, Category category, Level level) {
  /** Checks that nothing is null. */
  public StructureEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(level, "level");
  }
}

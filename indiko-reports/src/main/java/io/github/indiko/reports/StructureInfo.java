package io.github.indiko.reports;

import io.github.indiko.core.edition.EditionId;
import io.github.indiko.core.structure.Category;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.scoring.AsOf;
import java.util.Objects;

/**
 * Who a report is about, at the head of every level.
 *
 * @param edition the edition
 * @param id the structure
 * @param name its name
 * @param category its category
 * @param level the level of its enrolment
 * @param asOf the day the results are scored as of, and whether they are provisional
 */
public record StructureInfo(
    EditionId edition,
    StructureId id,
    String name,
    Category category,
    Level level,
    AsOf asOf) {
  /** Checks that nothing is null. */
  public StructureInfo {
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(asOf, "asOf");
  }
}

package io.github.indiko.core;

import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Structure;
import java.util.List;
import java.util.Objects;

/**
 * The five definition documents of an edition folder, read and checked together: everything a
 * data line is validated against. Immutable.
 *
 * @param edition {@code edition.json}
 * @param structures {@code structures.json}, in document order
 * @param enrolments {@code enrolments.json}, in document order
 * @param questionnaire {@code questionnaire.json}
 * @param grid {@code grid.json}
 */
public record EditionDefinitions(
    Edition edition,
    List<Structure> structures,
    List<Enrolment> enrolments,
    Questionnaire questionnaire,
    Grid grid) {
  /** Checks that nothing is null, and copies the lists. */
  public EditionDefinitions {
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(questionnaire, "questionnaire");
    Objects.requireNonNull(grid, "grid");
    structures = List.copyOf(structures);
    enrolments = List.copyOf(enrolments);
  }
}

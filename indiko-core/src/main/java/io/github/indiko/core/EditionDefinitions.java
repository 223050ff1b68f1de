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
 * @param structures {@code structures.json}, in document order, at most {@value #MAX_STRUCTURES}
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
  /**
   * Most structures of an edition: France has about 35 000 communes and a few thousand other
   * public-service sites, so a national barometer fits with room to spare, while the per-structure
   * state of scoring stays bounded.
   */
  public static final int MAX_STRUCTURES = 100_000;

  /** Checks that nothing is null and the number of structures, and copies the lists. */
  public EditionDefinitions {
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(questionnaire, "questionnaire");
    Objects.requireNonNull(grid, "grid");
    structures = List.copyOf(structures);
    enrolments = List.copyOf(enrolments);
    if (structures.size() > MAX_STRUCTURES) {
      throw new IllegalArgumentException(
          "an edition has at most " + MAX_STRUCTURES + " structures: " + structures.size());
    }
  }
}

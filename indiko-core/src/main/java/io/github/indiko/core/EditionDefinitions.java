package io.github.indiko.core;

import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.Population;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.internal.validation.RecordValidator;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Structure;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The five definition documents of an edition folder, read and checked together: everything a
 * data line is validated against, and what scoring, the forms and the reports are given. Immutable.
 * Checked on construction: nothing is null, at most {@value #MAX_STRUCTURES} structures, and the
 * Bean Validation constraints of every record (as {@code IndikoValidation.check} runs them), so
 * that definitions built in Java are held to the rules of definitions read from files. The checks
 * across documents (a reference, a known channel or theme) are {@link EditionFolder}'s.
 *
 * @param edition {@code edition.json}
 * @param structures {@code structures.json}, in document order, at most {@value #MAX_STRUCTURES}
 * @param enrolments {@code enrolments.json}, in document order
 * @param questionnaire {@code questionnaire.json}
 * @param grid {@code grid.json}
 * @param population {@code population.json}, or null when the edition folder has none; required
 *     when the edition asks for weighting (analysis.md §A3, Declaration)
 */
public record EditionDefinitions(
    Edition edition,
    List<Structure> structures,
    List<Enrolment> enrolments,
    Questionnaire questionnaire,
    Grid grid,
    @Nullable Population population) {
  /**
   * Most structures of an edition: France has about 35 000 communes and a few thousand other
   * public-service sites, so a national barometer fits with room to spare, while the per-structure
   * state of scoring stays bounded.
   */
  public static final int MAX_STRUCTURES = 100_000;

  /**
   * Checks that nothing is null and the number of structures, copies the lists, checks every
   * record by Bean Validation and, when the edition asks for weighting, the weighting against the
   * questionnaire's segments and the population's margins.
   *
   * @throws DefinitionException listing every violation as a problem of the document that would
   *     hold the record ({@code edition.json}, {@code structures.json} at {@code /structures/i}…)
   */
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
    List<DefinitionProblem> problems =
        new ArrayList<>(RecordValidator.problems(edition, EditionFolder.EDITION, ""));
    for (int i = 0; i < structures.size(); i++) {
      String at = "/structures/" + i;
      problems.addAll(RecordValidator.problems(structures.get(i), EditionFolder.STRUCTURES, at));
    }
    problems.addAll(RecordValidator.problems(questionnaire, EditionFolder.QUESTIONNAIRE, ""));
    problems.addAll(RecordValidator.problems(grid, EditionFolder.GRID, ""));
    if (problems.isEmpty()) {
      problems.addAll(
          WeightingChecks.check(
              edition.scoring().weighting(), population, questionnaire, structures, enrolments));
    }
    if (!problems.isEmpty()) {
      throw new DefinitionException(problems);
    }
  }

  /**
   * Definitions without a population: an edition that does not ask for weighting.
   *
   * @param edition {@code edition.json}
   * @param structures {@code structures.json}
   * @param enrolments {@code enrolments.json}
   * @param questionnaire {@code questionnaire.json}
   * @param grid {@code grid.json}
   */
  public EditionDefinitions(
      Edition edition,
      List<Structure> structures,
      List<Enrolment> enrolments,
      Questionnaire questionnaire,
      Grid grid) {
    this(edition, structures, enrolments, questionnaire, grid, null);
  }
}

package io.github.indiko.core;

import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.Population;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.internal.validation.RecordValidator;
import io.github.indiko.core.questionnaire.QuestionPool;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Structure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The five definition documents of an edition folder, read and checked together: everything a
 * data line is validated against, and what scoring, the forms and the reports are given. Immutable.
 * Checked on construction: nothing is null, at most {@value #MAX_STRUCTURES} structures, and the
 * Bean Validation constraints of every record (as {@code IndikoValidation.check} runs them), so
 * that definitions built in Java are held to the rules of definitions read from files. The checks
 * across documents (a reference, a known channel or theme) are {@link EditionFolder}'s, but for
 * the versions of the questionnaire when the edition names several (analysis.md §A4), checked
 * here: each version the edition names is one of {@code questionnaires}, where two versions define
 * a question id they agree on what scores it (its type, scale, {@code topBox}, {@code favourable},
 * options' values, scores and {@code favourable}, {@code target}, theme and weight; labels may
 * differ), they declare the same segments, and they ask at most {@value
 * Questionnaire#MAX_QUESTIONS} distinct questions together.
 *
 * @param edition {@code edition.json}
 * @param structures {@code structures.json}, in document order, at most {@value #MAX_STRUCTURES}
 * @param enrolments {@code enrolments.json}, in document order
 * @param questionnaire the newest version of the questionnaire: {@code questionnaire.json}, or the
 *     newest of {@code questionnaires}
 * @param questionnaires every version of the questionnaire, in the order the edition names them
 *     (analysis.md §A4): {@code questionnaire} alone, or the documents of {@code questionnaires/}
 * @param grid {@code grid.json}
 * @param population {@code population.json}, or null when the edition folder has none; required
 *     when the edition asks for weighting (analysis.md §A3, Declaration)
 */
public record EditionDefinitions(
    Edition edition,
    List<Structure> structures,
    List<Enrolment> enrolments,
    Questionnaire questionnaire,
    List<Questionnaire> questionnaires,
    Grid grid,
    @Nullable Population population) {
  /**
   * Most structures of an edition: France has about 35 000 communes and a few thousand other
   * public-service sites, so a national barometer fits with room to spare, while the per-structure
   * state of scoring stays bounded.
   */
  public static final int MAX_STRUCTURES = 100_000;

  /**
   * Checks that nothing is null, the number of structures and that {@code questionnaire} is the
   * newest of {@code questionnaires}, copies the lists, checks every record by Bean Validation,
   * the versions of the questionnaire against each other and, when the edition asks for
   * weighting, the weighting against the questionnaire's segments and the population's margins.
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
    questionnaires = List.copyOf(questionnaires);
    if (structures.size() > MAX_STRUCTURES) {
      throw new IllegalArgumentException(
          "an edition has at most " + MAX_STRUCTURES + " structures: " + structures.size());
    }
    if (!questionnaires.contains(questionnaire)
        || questionnaires.stream().anyMatch(q -> q.version() > questionnaire.version())) {
      throw new IllegalArgumentException(
          "questionnaire " + questionnaire.ref() + " is not the newest of the versions given");
    }
    List<DefinitionProblem> problems =
        new ArrayList<>(RecordValidator.problems(edition, EditionFolder.EDITION, ""));
    for (int i = 0; i < structures.size(); i++) {
      String at = "/structures/" + i;
      problems.addAll(RecordValidator.problems(structures.get(i), EditionFolder.STRUCTURES, at));
    }
    for (Questionnaire version : questionnaires) {
      String file = EditionFolder.questionnaireFile(edition, version.ref());
      problems.addAll(RecordValidator.problems(version, file, ""));
    }
    problems.addAll(RecordValidator.problems(grid, EditionFolder.GRID, ""));
    if (problems.isEmpty()) {
      problems.addAll(VersionChecks.check(edition, questionnaires));
    }
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
   * Definitions of an edition that names one version of its questionnaire.
   *
   * @param edition {@code edition.json}
   * @param structures {@code structures.json}
   * @param enrolments {@code enrolments.json}
   * @param questionnaire {@code questionnaire.json}
   * @param grid {@code grid.json}
   * @param population {@code population.json}, or null
   */
  public EditionDefinitions(
      Edition edition,
      List<Structure> structures,
      List<Enrolment> enrolments,
      Questionnaire questionnaire,
      Grid grid,
      @Nullable Population population) {
    this(
        edition,
        structures,
        enrolments,
        questionnaire,
        List.of(Objects.requireNonNull(questionnaire, "questionnaire")),
        grid,
        population);
  }

  /**
   * Definitions of an edition that names several versions of its questionnaire (analysis.md §A4),
   * the newest of them as {@link #questionnaire()}.
   *
   * @param edition {@code edition.json}
   * @param structures {@code structures.json}
   * @param enrolments {@code enrolments.json}
   * @param questionnaires every version, in the order the edition names them
   * @param grid {@code grid.json}
   * @param population {@code population.json}, or null
   * @return the definitions, checked as the canonical constructor checks them
   * @throws IllegalArgumentException when {@code questionnaires} is empty
   */
  public static EditionDefinitions ofVersions(
      Edition edition,
      List<Structure> structures,
      List<Enrolment> enrolments,
      List<Questionnaire> questionnaires,
      Grid grid,
      @Nullable Population population) {
    Questionnaire newest =
        questionnaires.stream()
            .max(Comparator.comparingInt(Questionnaire::version))
            .orElseThrow(() -> new IllegalArgumentException("no version of the questionnaire"));
    return new EditionDefinitions(
        edition, structures, enrolments, newest, questionnaires, grid, population);
  }

  /**
   * The survey's items: every version's questions pooled by id (analysis.md §A4), in the order
   * of {@link QuestionPool}; with one version, its questions in order. Made on each call: keep it.
   *
   * @return the questions of {@link #questionnaires()} pooled
   */
  public QuestionPool questionPool() {
    return QuestionPool.of(questionnaires);
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

package io.github.indiko.reports;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Organisation audit (scoring.md §8.3, level {@code organisation}).
 *
 * @param structure who it is about
 * @param criteria every scored criterion with n ≥ 1, in grid order
 * @param themes every theme of {@code scoring.themes}, sorted by id
 * @param meanImportance Ī, the mean importance of the themes that have one, or null when none has
 * @param meanPerformance P̄, the survey source score, or null
 * @param actionPlan the priority themes, then the failing criteria, each by its own priority
 *     descending (ties by id), never interleaved: a theme's index and a criterion's do not compare
 *     (scoring.md §8.3)
 */
public record OrganisationReport(
    StructureInfo structure,
    List<CriterionConformity> criteria,
    List<ThemeImportance> themes,
    @Nullable Double meanImportance,
    @Nullable Double meanPerformance,
    List<Action> actionPlan) {
  /** Checks that nothing required is null, and copies the lists. */
  public OrganisationReport {
    Objects.requireNonNull(structure, "structure");
    criteria = List.copyOf(criteria);
    themes = List.copyOf(themes);
    actionPlan = List.copyOf(actionPlan);
  }
}

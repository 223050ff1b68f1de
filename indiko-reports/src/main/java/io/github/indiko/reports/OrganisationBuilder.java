package io.github.indiko.reports;

import io.github.indiko.core.edition.ScoringSettings;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.scoring.CriterionDetail;
import io.github.indiko.scoring.Importance;
import io.github.indiko.scoring.ItemResult;
import io.github.indiko.scoring.StructureDetail;
import io.github.indiko.scoring.StructureResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Makes the organisation audit of scoring.md §8.3 for one structure. */
final class OrganisationBuilder {
  /**
   * Priority descending, then id ascending. Adding 0.0 turns −0.0 into 0.0, so that two priorities
   * of zero tie and fall to the id.
   */
  private static final Comparator<Action> PLAN_ORDER =
      Comparator.<Action>comparingDouble(a -> -(a.priority() + 0.0)).thenComparing(Action::id);

  private OrganisationBuilder() {}

  static OrganisationReport report(
      StructureInfo structure,
      ScoringSettings settings,
      StructureResult result,
      StructureDetail detail) {
    List<CriterionConformity> criteria = criteria(result, detail);
    List<ThemeImportance> themes = new ArrayList<>();
    double importances = 0;
    int counted = 0;
    for (Theme theme : settings.themes().keySet()) {
      Importance importance = detail.importance().get(theme);
      if (importance != null && importance.correlation() != null) {
        importances += importance.correlation();
        counted++;
      }
    }
    Double meanImportance = counted == 0 ? null : importances / counted;
    Double meanPerformance = result.survey().score();
    for (Theme theme : settings.themes().keySet()) {
      Importance importance = detail.importance().get(theme);
      Double correlation = importance == null ? null : importance.correlation();
      Double performance = result.survey().themes().get(theme);
      themes.add(
          new ThemeImportance(
              theme,
              correlation,
              importance == null ? 0 : importance.n(),
              performance,
              quadrant(correlation, performance, meanImportance, meanPerformance)));
    }
    return new OrganisationReport(
        structure, criteria, themes, meanImportance, meanPerformance, actionPlan(themes, criteria));
  }

  private static List<CriterionConformity> criteria(
      StructureResult result, StructureDetail detail) {
    List<CriterionConformity> criteria = new ArrayList<>();
    for (CriterionDetail criterion : detail.criteria()) {
      ItemResult item = result.items().get(criterion.id().value());
      if (!criterion.scored() || item == null || item.source() != Source.AUDIT) {
        continue;
      }
      long observations = criterion.observed();
      long failed = criterion.failing();
      criteria.add(
          new CriterionConformity(
              criterion.id(),
              criterion.channel(),
              criterion.theme(),
              criterion.weight(),
              item.value(),
              100 - item.value(),
              observations,
              failed,
              2 * failed >= observations));
    }
    return criteria;
  }

  static @Nullable Quadrant quadrant(
      @Nullable Double importance,
      @Nullable Double performance,
      @Nullable Double meanImportance,
      @Nullable Double meanPerformance) {
    if (importance == null
        || performance == null
        || meanImportance == null
        || meanPerformance == null) {
      return null;
    }
    boolean important = importance >= meanImportance;
    boolean below = performance < meanPerformance;
    if (important) {
      return below ? Quadrant.PRIORITY : Quadrant.STRENGTH;
    }
    return below ? Quadrant.SECONDARY : Quadrant.SURPLUS;
  }

  /**
   * The priority themes by importance · (100 − performance), then the failing criteria by weight ·
   * (100 − conformity), each descending, ties by id.
   */
  static List<Action> actionPlan(List<ThemeImportance> themes, List<CriterionConformity> criteria) {
    Stream<Action> priorities =
        themes.stream()
            .filter(t -> t.quadrant() == Quadrant.PRIORITY)
            .map(
                t -> {
                  // A theme is in a quadrant only when both numbers exist.
                  double importance = t.importance();
                  double performance = t.performance();
                  return new Action(
                      Action.Kind.THEME,
                      t.theme().id(),
                      importance * (100 - performance),
                      performance);
                })
            .sorted(PLAN_ORDER);
    Stream<Action> failing =
        criteria.stream()
            .filter(CriterionConformity::failing)
            .map(
                c ->
                    new Action(
                        Action.Kind.CRITERION,
                        c.id().value(),
                        c.weight() * (100 - c.conformity()),
                        c.conformity()))
            .sorted(PLAN_ORDER);
    return Stream.concat(priorities, failing).toList();
  }
}

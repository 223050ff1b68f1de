package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.grid.CriterionId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class OrganisationBuilderProperties {
  /** Few values, so that priorities tie often; negative importances and −0.0 included. */
  private static final double[] IMPORTANCES = {-0.5, -0.0, 0.0, 0.25, 0.5, 1.0};

  private static final double[] SCORES = {0.0, 25.0, 50.0, 80.0, 100.0};
  private static final double[] WEIGHTS = {0.0, 0.5, 1.0, 2.0};

  @Test
  void actionPlan_priorityThemesThenFailingCriteria() {
    qt().forAll(themes(), criteria())
        .checkAssert(
            (themes, criteria) -> {
              List<Action> plan = OrganisationBuilder.actionPlan(themes, criteria);

              long priorities =
                  themes.stream().filter(t -> t.quadrant() == Quadrant.PRIORITY).count();
              long failing = criteria.stream().filter(CriterionConformity::failing).count();
              assertThat(plan).hasSize((int) (priorities + failing));
              for (int i = 0; i < plan.size(); i++) {
                assertThat(plan.get(i).kind())
                    .isEqualTo(i < priorities ? Action.Kind.THEME : Action.Kind.CRITERION);
              }
            });
  }

  @Test
  void actionPlan_eachKindByPriorityDescendingThenId() {
    qt().forAll(themes(), criteria())
        .checkAssert(
            (themes, criteria) -> {
              List<Action> plan = OrganisationBuilder.actionPlan(themes, criteria);

              for (int i = 1; i < plan.size(); i++) {
                Action before = plan.get(i - 1);
                Action after = plan.get(i);
                if (before.kind() != after.kind()) {
                  continue;
                }
                assertThat(before.priority()).isGreaterThanOrEqualTo(after.priority());
                if (before.priority() == after.priority()) {
                  assertThat(before.id()).isLessThanOrEqualTo(after.id());
                }
              }
            });
  }

  @Test
  void actionPlan_prioritiesFromTheirFormulas() {
    qt().forAll(themes(), criteria())
        .checkAssert(
            (themes, criteria) -> {
              List<Action> expected = new ArrayList<>();
              for (ThemeImportance t : themes) {
                if (t.quadrant() == Quadrant.PRIORITY) {
                  expected.add(
                      new Action(
                          Action.Kind.THEME,
                          t.theme().id(),
                          t.importance() * (100 - t.performance()),
                          t.performance()));
                }
              }
              for (CriterionConformity c : criteria) {
                if (c.failing()) {
                  expected.add(
                      new Action(
                          Action.Kind.CRITERION,
                          c.id().value(),
                          c.weight() * (100 - c.conformity()),
                          c.conformity()));
                }
              }

              assertThat(OrganisationBuilder.actionPlan(themes, criteria))
                  .containsExactlyInAnyOrderElementsOf(expected);
            });
  }

  private static Gen<List<ThemeImportance>> themes() {
    Gen<Quadrant> quadrants =
        integers().between(0, 4).map(i -> i == 4 ? null : Quadrant.values()[i]);
    Gen<ThemeImportance> theme =
        integers()
            .between(0, 5)
            .zip(
                pick(IMPORTANCES),
                pick(SCORES),
                quadrants,
                (id, importance, performance, quadrant) ->
                    new ThemeImportance(
                        new Theme("t" + id), importance, 10, performance, quadrant));
    return lists().of(theme).ofSizeBetween(0, 8);
  }

  private static Gen<List<CriterionConformity>> criteria() {
    Gen<CriterionConformity> criterion =
        integers()
            .between(0, 5)
            .zip(
                pick(WEIGHTS),
                pick(SCORES),
                booleans().all(),
                (id, weight, conformity, failing) ->
                    new CriterionConformity(
                        new CriterionId("c" + id),
                        Channel.IN_PERSON,
                        null,
                        weight,
                        conformity,
                        100 - conformity,
                        4,
                        failing ? 2 : 1,
                        failing));
    return lists().of(criterion).ofSizeBetween(0, 8);
  }

  private static Gen<Double> pick(double[] values) {
    return integers().between(0, values.length - 1).map(i -> values[i]);
  }
}

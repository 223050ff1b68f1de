package io.github.indiko.reports.internal;

import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.internal.Markup;
import io.github.indiko.reports.Action;
import io.github.indiko.reports.CriterionConformity;
import io.github.indiko.reports.OrganisationReport;
import io.github.indiko.reports.Quadrant;
import io.github.indiko.reports.ThemeImportance;
import java.util.ArrayList;
import java.util.List;

/** The organisation audit page (scoring.md §8.3). */
final class OrganisationHtml {
  private final Html page = new Html();
  private final HtmlText text;

  private OrganisationHtml(HtmlText text) {
    this.text = text;
  }

  static Html render(OrganisationReport report, HtmlText text) {
    return new OrganisationHtml(text).page(report);
  }

  private Html page(OrganisationReport report) {
    HtmlPages.start(
        page,
        text,
        report.structure(),
        text.msg("org.title"),
        List.of(
            new Html.Link("#conformity", text.msg("org.conformity")),
            new Html.Link("#importance", text.msg("org.importance")),
            new Html.Link("#actions", text.msg("org.actions"))));
    conformity(report.criteria());
    importance(report);
    actions(report.actionPlan());
    return page.end(text);
  }

  private void conformity(List<CriterionConformity> criteria) {
    page.section("conformity", 2, text.msg("org.conformity"));
    if (criteria.isEmpty()) {
      page.paragraph(text.msg("org.noCriterion"));
      page.endSection();
      return;
    }
    long failing = criteria.stream().filter(CriterionConformity::failing).count();
    page.paragraph(text.msg("org.failingCount", text.count(failing), text.count(criteria.size())));
    List<List<String>> rows = new ArrayList<>();
    for (CriterionConformity criterion : criteria) {
      String status =
          criterion.failing()
              ? "<span class=\"badge fail\">✗ " + Markup.escape(text.msg("org.failing")) + "</span>"
              : "<span class=\"ok\">✓ " + Markup.escape(text.msg("org.passing")) + "</span>";
      rows.add(
          List.of(
              Markup.label(text.criterion(criterion.id()), text.language()),
              Markup.escape(text.channel(criterion.channel())),
              Markup.escape(text.theme(criterion.theme())),
              Markup.escape(text.decimal(criterion.weight())),
              Markup.escape(text.score(criterion.conformity())),
              Markup.escape(text.scoreBare(criterion.gap())),
              Markup.escape(text.count(criterion.observations())),
              Markup.escape(text.count(criterion.failed())),
              status));
    }
    page.table(
        text.msg("org.conformity.caption"),
        List.of(
            text.msg("col.criterion"),
            text.msg("col.channel"),
            text.msg("col.theme"),
            text.msg("col.weight"),
            text.msg("col.conformity"),
            text.msg("col.gap"),
            text.msg("col.observations"),
            text.msg("col.failed"),
            text.msg("col.status")),
        rows);
    page.endSection();
  }

  private void importance(OrganisationReport report) {
    page.section("importance", 2, text.msg("org.importance"));
    Double meanImportance = report.meanImportance();
    Double meanPerformance = report.meanPerformance();
    page.facts(
        List.of(
            List.of(
                text.msg("org.meanImportance"),
                Markup.escape(meanImportance == null ? text.none() : text.decimal2(meanImportance))),
            List.of(text.msg("org.meanPerformance"), Markup.escape(text.score(meanPerformance)))));
    List<List<String>> rows = new ArrayList<>();
    List<HtmlCharts.Point> points = new ArrayList<>();
    List<String> description = new ArrayList<>();
    double low = 0;
    double high = 1;
    for (ThemeImportance theme : report.themes()) {
      Double importance = theme.importance();
      Double performance = theme.performance();
      Quadrant quadrant = theme.quadrant();
      String quadrantName = quadrant == null ? text.none() : text.msg("quadrant." + quadrant.id());
      boolean drawn = importance != null && performance != null && quadrant != null;
      String mark = drawn ? text.count(points.size() + 1) : text.none();
      rows.add(
          List.of(
              Markup.escape(text.theme(theme.theme())),
              Markup.escape(mark),
              Markup.escape(importance == null ? text.none() : text.decimal2(importance)),
              Markup.escape(text.count(theme.respondents())),
              Markup.escape(text.score(performance)),
              Markup.escape(quadrantName)));
      if (drawn) {
        points.add(
            new HtmlCharts.Point(
                mark, text.theme(theme.theme()), importance, performance, quadrant.ordinal()));
        description.add(
            text.msg(
                "org.point",
                text.theme(theme.theme()),
                mark,
                text.decimal2(importance),
                text.score(performance),
                quadrantName));
        low = Math.min(low, Math.floor(importance * 10) / 10);
        high = Math.max(high, Math.ceil(importance * 10) / 10);
      }
    }
    String table =
        page.tableMarkup(
            text.msg("org.importance.table"),
            List.of(
                text.msg("col.theme"),
                text.msg("col.marker"),
                text.msg("col.importance"),
                text.msg("col.respondents"),
                text.msg("col.performance"),
                text.msg("col.quadrant")),
            rows);
    if (points.isEmpty() || meanImportance == null || meanPerformance == null) {
      page.paragraph(text.msg("org.noMatrix"));
      page.html(table);
    } else {
      List<Double> ticks = new ArrayList<>();
      for (double tick = low; tick <= high + 1e-9; tick += 0.25) {
        ticks.add(Math.round(tick * 100) / 100.0);
      }
      HtmlCharts.Frame frame =
          new HtmlCharts.Frame(
              new HtmlCharts.Axis(low, high, ticks, text::decimal2),
              HtmlPages.scoreAxis(text),
              text.msg("col.importance"),
              text.msg("org.performanceAxis", text.suffix()),
              meanImportance,
              meanPerformance,
              List.of(
                  text.msg("quadrant." + Quadrant.SURPLUS.id()),
                  text.msg("quadrant." + Quadrant.STRENGTH.id()),
                  text.msg("quadrant." + Quadrant.SECONDARY.id()),
                  text.msg("quadrant." + Quadrant.PRIORITY.id())));
      String summary =
          text.msg("org.matrix.desc", text.decimal2(meanImportance), text.score(meanPerformance))
              + " "
              + String.join(" ; ", description)
              + ".";
      page.html(
          HtmlCharts.scatter(page, text.msg("org.matrix.caption"), frame, points, summary, table));
      page.paragraph(text.msg("org.matrix.shapes"));
    }
    page.endSection();
  }

  /**
   * The action plan in two parts, the priority themes then the failing criteria, each in the
   * plan's order: by its own priority index, which the other's does not compare with (scoring.md
   * §8.3).
   */
  private void actions(List<Action> plan) {
    page.section("actions", 2, text.msg("org.actions"));
    if (plan.isEmpty()) {
      page.paragraph(text.msg("org.noAction"));
    } else {
      page.paragraph(text.msg("org.actions.order"));
      actionList(
          plan, Action.Kind.THEME, "actions-themes", "org.actions.themes", "org.noActionTheme");
      actionList(
          plan,
          Action.Kind.CRITERION,
          "actions-criteria",
          "org.actions.criteria",
          "org.noActionCriterion");
    }
    page.endSection();
  }

  private void actionList(
      List<Action> plan, Action.Kind kind, String id, String heading, String none) {
    page.section(id, 3, text.msg(heading));
    List<Action> actions = plan.stream().filter(action -> action.kind() == kind).toList();
    if (actions.isEmpty()) {
      page.paragraph(text.msg(none));
    } else {
      page.html("<ol class=\"actions\">");
      for (Action action : actions) {
        String subject =
            kind == Action.Kind.THEME
                ? Markup.escape(text.theme(new Theme(action.id())))
                : Markup.label(text.criterion(new CriterionId(action.id())), text.language());
        page.html(
            "<li>"
                + text.markup(
                    "org.action." + kind.id(),
                    subject,
                    Markup.escape(text.score(action.score())),
                    Markup.escape(text.decimal(action.priority())))
                + "</li>");
      }
      page.html("</ol>");
    }
    page.endSection();
  }
}

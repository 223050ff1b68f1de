package io.github.indiko.reports.internal;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.internal.Markup;
import io.github.indiko.reports.AnalysisReport;
import io.github.indiko.reports.ChannelAnalysis;
import io.github.indiko.reports.Comparison;
import io.github.indiko.reports.ItemAnalysis;
import io.github.indiko.reports.Ranking;
import io.github.indiko.reports.SatisfactionChange;
import io.github.indiko.reports.SourceAnalysis;
import io.github.indiko.reports.ThemeAnalysis;
import io.github.indiko.reports.ThemeScore;
import io.github.indiko.scoring.Indicator;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The results analysis page (scoring.md §8.2). */
final class AnalysisHtml {
  private final Html page = new Html();
  private final HtmlText text;

  private AnalysisHtml(HtmlText text) {
    this.text = text;
  }

  static Html render(AnalysisReport report, HtmlText text) {
    return new AnalysisHtml(text).page(report);
  }

  private Html page(AnalysisReport report) {
    List<Html.Link> sections = new ArrayList<>();
    sections.add(new Html.Link("#composite", text.msg("an.composite")));
    sections.add(new Html.Link("#indicators", text.msg("an.indicators")));
    if (report.weighting() != null) {
      sections.add(new Html.Link("#" + WeightingHtml.ANCHOR, text.msg("wt.title")));
    }
    sections.add(new Html.Link("#sources", text.msg("an.sources")));
    sections.add(new Html.Link("#themes", text.msg("an.themes")));
    if (report.previousEdition() != null) {
      sections.add(new Html.Link("#evolution", text.msg("an.evolution")));
    }
    sections.add(new Html.Link("#channels", text.msg("an.channels")));
    if (!report.segments().isEmpty()) {
      sections.add(new Html.Link("#" + SegmentsHtml.ANCHOR, text.msg("seg.title")));
    }
    sections.add(new Html.Link("#strengths", text.msg("an.strengths")));
    sections.add(new Html.Link("#items", text.msg("an.items")));
    HtmlPages.start(page, text, report.structure(), text.msg("an.title"), sections);
    composite(report);
    indicators(report);
    WeightingHtml.render(page, text, report);
    sources(report);
    themes(report);
    if (report.previousEdition() != null) {
      evolution(report);
    }
    channels(report);
    SegmentsHtml.render(page, text, report);
    strengths(report);
    items(report);
    return page.end(text);
  }

  private void composite(AnalysisReport report) {
    page.section("composite", 2, text.msg("an.composite"));
    Comparison composite = report.composite();
    page.facts(
        List.of(
            List.of(text.msg("an.composite.value"), Markup.escape(text.score(composite.value()))),
            List.of(text.msg("an.target"), Markup.escape(text.score(report.target()))),
            List.of(text.msg("col.toTarget"), Markup.escape(text.scoreChange(composite.toTarget()))),
            List.of(text.msg("col.previous"), Markup.escape(text.score(composite.previous()))),
            List.of(text.msg("col.change"), Markup.escape(text.scoreChange(composite.change())))));
    if (report.partial()) {
      page.paragraph(text.msg("an.partial"));
    }
    if (report.previousEdition() != null) {
      page.paragraph(text.msg("an.previousEdition", report.previousEdition().value()));
    }
    page.section("ranking", 3, text.msg("an.ranking"));
    Ranking ranking = report.ranking();
    if (ranking != null) {
      page.paragraph(
          text.msg(
              "an.rank",
              text.count(ranking.rank()),
              text.count(ranking.of()),
              text.decimal(ranking.percentile())));
    } else if (!report.eligible()) {
      page.paragraph(text.msg("an.notEligible"));
    } else {
      page.paragraph(text.msg("an.fewerThanThree"));
    }
    page.endSection();
    page.endSection();
  }

  private void indicators(AnalysisReport report) {
    page.section("indicators", 2, text.msg("an.indicators"));
    List<HtmlCharts.Group> groups = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    indicator(groups, rows, text.msg("ind.satisfaction"), report.satisfaction(), true);
    indicator(groups, rows, text.msg("ind.net"), report.net(), false);
    indicator(groups, rows, text.msg("ind.nps"), report.nps(), false);
    String table =
        page.tableMarkup(
            text.msg("an.indicators.table"),
            List.of(text.msg("col.indicator"), text.msg("col.value"), text.msg("col.interval"), text.msg("col.n")),
            rows);
    HtmlCharts.Axis axis =
        new HtmlCharts.Axis(
            -100, 100, List.of(-100.0, -50.0, 0.0, 50.0, 100.0), v -> text.count((long) v));
    page.html(HtmlCharts.bars(page, text.msg("an.indicators.caption"), List.of(), axis, groups, table));
    SatisfactionChange change = report.satisfactionChange();
    if (change == null) {
      page.paragraph(text.msg("an.change.none"));
    } else {
      String verdict = text.msg(change.significant() ? "an.significant" : "an.notSignificant");
      Double z = change.z();
      page.paragraph(
          text.msg(
              "an.change",
              text.percent(change.previous()),
              text.percent(change.current()),
              text.pointsChange(change.change()),
              z == null ? text.none() : text.decimal2(z),
              verdict));
    }
    page.endSection();
  }

  private void indicator(
      List<HtmlCharts.Group> groups,
      List<List<String>> rows,
      String name,
      Indicator indicator,
      boolean share) {
    String value = share ? text.percent(indicator.value()) : text.signed(indicator.value());
    String interval = text.interval(indicator.ci());
    String shown = indicator.ci() == null ? value : text.msg("withInterval", value, interval);
    groups.add(
        new HtmlCharts.Group(
            name, List.of(new HtmlCharts.Bar(0, indicator.value(), indicator.ci(), shown))));
    rows.add(
        List.of(
            Markup.escape(name),
            Markup.escape(value),
            Markup.escape(interval),
            Markup.escape(text.count(indicator.n()))));
  }

  private void sources(AnalysisReport report) {
    page.section("sources", 2, text.msg("an.sources"));
    List<List<String>> rows = new ArrayList<>();
    for (SourceAnalysis source : report.sources()) {
      rows.add(
          List.of(
              Markup.escape(text.source(source.source())),
              Markup.escape(text.decimal(source.weight())),
              Markup.escape(text.score(source.score().value())),
              Markup.escape(text.scoreChange(source.score().toTarget())),
              Markup.escape(text.score(source.score().previous())),
              Markup.escape(text.scoreChange(source.score().change())),
              Markup.escape(text.msg(source.sufficient() ? "answer.yes" : "answer.no"))));
    }
    page.table(
        text.msg("an.sources.caption"),
        List.of(
            text.msg("col.source"),
            text.msg("col.weight"),
            text.msg("col.score"),
            text.msg("col.toTarget"),
            text.msg("col.previous"),
            text.msg("col.change"),
            text.msg("col.sufficient")),
        rows);
    page.endSection();
  }

  private void themes(AnalysisReport report) {
    page.section("themes", 2, text.msg("an.themes"));
    TreeSet<Theme> themes = new TreeSet<>();
    report.sources().forEach(s -> s.themes().forEach(t -> themes.add(t.theme())));
    List<HtmlCharts.Group> groups = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Theme theme : themes) {
      List<HtmlCharts.Bar> bars = new ArrayList<>();
      for (SourceAnalysis source : report.sources()) {
        for (ThemeAnalysis analysis : source.themes()) {
          if (!analysis.theme().equals(theme)) {
            continue;
          }
          Double value = analysis.score().value();
          bars.add(
              new HtmlCharts.Bar(
                  styleOf(source.source()),
                  value,
                  null,
                  text.msg("series", text.source(source.source()), text.score(value))));
          Double mean = analysis.categoryMean();
          rows.add(
              List.of(
                  Markup.escape(text.theme(theme)),
                  Markup.escape(text.source(source.source())),
                  Markup.escape(text.score(value)),
                  Markup.escape(mean == null ? text.msg("an.noBenchmark") : text.score(mean)),
                  Markup.escape(text.scoreChange(analysis.score().toTarget())),
                  Markup.escape(text.score(analysis.score().previous())),
                  Markup.escape(text.scoreChange(analysis.score().change()))));
        }
      }
      groups.add(new HtmlCharts.Group(text.theme(theme), bars));
    }
    if (themes.isEmpty()) {
      page.paragraph(text.msg("an.noTheme"));
      page.endSection();
      return;
    }
    String table =
        page.tableMarkup(
            text.msg("an.themes.table"),
            List.of(
                text.msg("col.theme"),
                text.msg("col.source"),
                text.msg("col.score"),
                text.msg("col.categoryMean"),
                text.msg("col.toTarget"),
                text.msg("col.previous"),
                text.msg("col.change")),
            rows);
    page.html(
        HtmlCharts.bars(
            page,
            text.msg("an.themes.caption"),
            List.of(text.source(Source.SURVEY), text.source(Source.AUDIT)),
            HtmlPages.scoreAxis(text),
            groups,
            table));
    page.paragraph(text.msg("an.themes.noInterval"));
    page.endSection();
  }

  private static int styleOf(Source source) {
    return source == Source.SURVEY ? 0 : 1;
  }

  private void evolution(AnalysisReport report) {
    page.section("evolution", 2, text.msg("an.evolution"));
    List<HtmlCharts.Group> groups = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    evolutionRow(groups, rows, text.msg("an.composite.value"), report.composite());
    for (SourceAnalysis source : report.sources()) {
      evolutionRow(groups, rows, text.source(source.source()), source.score());
    }
    for (SourceAnalysis source : report.sources()) {
      for (ThemeAnalysis theme : source.themes()) {
        evolutionRow(
            groups,
            rows,
            text.msg("an.sourceTheme", text.source(source.source()), text.theme(theme.theme())),
            theme.score());
      }
    }
    String table =
        page.tableMarkup(
            text.msg("an.evolution.table"),
            List.of(
                text.msg("col.subject"),
                text.msg("col.previous"),
                text.msg("col.current"),
                text.msg("col.change")),
            rows);
    page.html(
        HtmlCharts.bars(
            page,
            text.msg("an.evolution.caption", report.previousEdition().value()),
            List.of(text.msg("col.current"), text.msg("col.previous")),
            HtmlPages.scoreAxis(text),
            groups,
            table));
    page.endSection();
  }

  private void evolutionRow(
      List<HtmlCharts.Group> groups, List<List<String>> rows, String name, Comparison comparison) {
    groups.add(
        new HtmlCharts.Group(
            name,
            List.of(
                new HtmlCharts.Bar(
                    0,
                    comparison.value(),
                    null,
                    text.msg("series", text.msg("col.current"), text.score(comparison.value()))),
                new HtmlCharts.Bar(
                    1,
                    comparison.previous(),
                    null,
                    text.msg("series", text.msg("col.previous"), text.score(comparison.previous()))))));
    rows.add(
        List.of(
            Markup.escape(name),
            Markup.escape(text.score(comparison.previous())),
            Markup.escape(text.score(comparison.value())),
            Markup.escape(text.scoreChange(comparison.change()))));
  }

  private void channels(AnalysisReport report) {
    page.section("channels", 2, text.msg("an.channels"));
    TreeSet<Channel> channels = new TreeSet<>();
    report.sources().forEach(s -> channels.addAll(s.channels().keySet()));
    if (channels.isEmpty()) {
      page.paragraph(text.msg("an.noChannel"));
      page.endSection();
      return;
    }
    List<HtmlCharts.Group> groups = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Channel channel : channels) {
      List<HtmlCharts.Bar> bars = new ArrayList<>();
      for (SourceAnalysis source : report.sources()) {
        ChannelAnalysis score = source.channels().get(channel);
        if (score == null) {
          continue;
        }
        String value = score.suppressed() ? text.msg("an.suppressed") : text.score(score.score());
        bars.add(
            new HtmlCharts.Bar(
                styleOf(source.source()),
                score.suppressed() ? null : score.score(),
                null,
                text.msg("series", text.source(source.source()), value)));
        rows.add(
            List.of(
                Markup.escape(text.channel(channel)),
                Markup.escape(text.source(source.source())),
                Markup.escape(value),
                Markup.escape(score.n() == null ? value : text.count(score.n()))));
      }
      groups.add(new HtmlCharts.Group(text.channel(channel), bars));
    }
    String table =
        page.tableMarkup(
            text.msg("an.channels.table"),
            List.of(text.msg("col.channel"), text.msg("col.source"), text.msg("col.score"), text.msg("col.lines")),
            rows);
    page.html(
        HtmlCharts.bars(
            page,
            text.msg("an.channels.caption"),
            List.of(text.source(Source.SURVEY), text.source(Source.AUDIT)),
            HtmlPages.scoreAxis(text),
            groups,
            table));
    page.paragraph(text.msg("an.suppressed.note"));
    page.endSection();
  }

  private void strengths(AnalysisReport report) {
    page.section("strengths", 2, text.msg("an.strengths"));
    List<List<String>> rows = new ArrayList<>();
    for (ThemeScore theme : report.themes()) {
      rows.add(List.of(Markup.escape(text.theme(theme.theme())), Markup.escape(text.score(theme.score()))));
    }
    page.table(
        text.msg("an.themeScores.caption"),
        List.of(text.msg("col.theme"), text.msg("col.score")),
        rows);
    themeList("strongest", text.msg("an.strongest"), report.strengths());
    themeList("weakest", text.msg("an.weakest"), report.weaknesses());
    page.endSection();
  }

  private void themeList(String id, String heading, List<ThemeScore> themes) {
    page.section(id, 3, heading);
    if (themes.isEmpty()) {
      page.paragraph(text.msg("an.tooFewThemes"));
    } else {
      page.html("<ol>");
      for (ThemeScore theme : themes) {
        page.html(
            "<li>"
                + text.markup(
                    "series",
                    Markup.escape(text.theme(theme.theme())),
                    Markup.escape(text.score(theme.score())))
                + "</li>");
      }
      page.html("</ol>");
    }
    page.endSection();
  }

  private void items(AnalysisReport report) {
    page.section("items", 2, text.msg("an.items"));
    if (report.items().isEmpty()) {
      page.paragraph(text.msg("an.noItem"));
      page.endSection();
      return;
    }
    boolean weighting = report.weighting() != null;
    List<HtmlCharts.Group> groups = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (ItemAnalysis item : report.items()) {
      LocalizedText.Choice label = text.item(item.id(), item.source());
      String value = text.score(item.value());
      String interval = text.scoreInterval(item.ci());
      groups.add(
          new HtmlCharts.Group(
              label.text(),
              List.of(
                  new HtmlCharts.Bar(
                      styleOf(item.source()),
                      item.value(),
                      item.ci(),
                      item.ci() == null ? value : text.msg("withInterval", value, interval)))));
      List<String> row = new ArrayList<>();
      row.add(Markup.label(label, text.language()));
      row.add(Markup.escape(text.source(item.source())));
      row.add(Markup.escape(text.theme(item.theme())));
      row.add(Markup.escape(value));
      row.add(Markup.escape(interval));
      row.add(Markup.escape(text.count(item.n())));
      if (weighting) {
        Double effective = item.nEffective();
        row.add(Markup.escape(effective == null ? text.none() : text.count(Math.round(effective))));
      }
      rows.add(row);
    }
    List<String> headers = new ArrayList<>();
    for (String column : List.of("item", "source", "theme", "value", "interval", "n")) {
      headers.add(text.msg("col." + column));
    }
    if (weighting) {
      headers.add(text.msg("col.nEffective"));
    }
    String table = page.tableMarkup(text.msg("an.items.table"), headers, rows);
    page.html(
        HtmlCharts.bars(
            page,
            text.msg("an.items.caption"),
            List.of(text.source(Source.SURVEY), text.source(Source.AUDIT)),
            HtmlPages.scoreAxis(text),
            groups,
            table));
    page.endSection();
  }
}

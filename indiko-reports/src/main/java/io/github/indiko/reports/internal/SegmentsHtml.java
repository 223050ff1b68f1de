package io.github.indiko.reports.internal;

import io.github.indiko.core.LocalizedText.Choice;
import io.github.indiko.core.internal.Markup;
import io.github.indiko.reports.AnalysisReport;
import io.github.indiko.reports.SegmentAnalysis;
import io.github.indiko.reports.SegmentValueAnalysis;
import io.github.indiko.scoring.Indicator;
import io.github.indiko.scoring.SegmentCell;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The segment breakdowns of the results analysis (analysis.md §A2): per declared key, a chart of
 * the satisfaction rate of each value with its interval, and the data table of n, survey score,
 * satisfaction, net satisfaction and NPS. A suppressed cell shows "suppressed" and no number, not
 * even its n; a cell without response says so.
 */
final class SegmentsHtml {
  /** The section's anchor, for the page's navigation. */
  static final String ANCHOR = "segments";

  private final Html page;
  private final HtmlText text;

  private SegmentsHtml(Html page, HtmlText text) {
    this.page = page;
    this.text = text;
  }

  /** Writes the section on the page; nothing when the report has no segment. */
  static void render(Html page, HtmlText text, AnalysisReport report) {
    if (!report.segments().isEmpty()) {
      new SegmentsHtml(page, text).section(report.segments());
    }
  }

  private void section(List<SegmentAnalysis> segments) {
    page.section(ANCHOR, 2, text.msg("seg.title"));
    for (SegmentAnalysis segment : segments) {
      key(segment);
    }
    page.paragraph(text.msg("seg.note"));
    page.endSection();
  }

  private void key(SegmentAnalysis segment) {
    Choice label = text.segment(segment.key());
    page.sectionHtml(page.id("segment"), 3, Markup.label(label, text.language()));
    // The key's label in a caption is a text: isolated as in the charts' SVG.
    String isolated = "\u2068" + label.text() + "\u2069";
    List<HtmlCharts.Group> groups = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (SegmentValueAnalysis value : segment.values()) {
      Choice name = text.segmentValue(segment.key(), value.value());
      SegmentCell cell = value.cell();
      if (cell == null) {
        String withheld = text.msg("an.suppressed");
        groups.add(bar(name, null, withheld));
        rows.add(row(name, withheld, withheld, withheld, withheld, withheld, withheld, withheld));
      } else if (cell.n() == 0) {
        String none = text.msg("seg.noResponse");
        groups.add(bar(name, null, none));
        rows.add(row(name, text.count(0), none, none, none, none, none, none));
      } else {
        Indicator satisfaction = cell.satisfaction();
        String rate = text.percent(satisfaction.value());
        String interval = text.interval(satisfaction.ci());
        groups.add(
            new HtmlCharts.Group(
                name.text(),
                List.of(
                    new HtmlCharts.Bar(
                        0,
                        satisfaction.value(),
                        satisfaction.ci(),
                        satisfaction.ci() == null
                            ? rate
                            : text.msg("withInterval", rate, interval)))));
        rows.add(
            row(
                name,
                text.count(cell.n()),
                text.score(cell.score()),
                rate,
                interval,
                text.signed(cell.net().value()),
                text.signed(cell.nps().value()),
                text.interval(cell.nps().ci())));
      }
    }
    String table =
        page.tableMarkup(
            text.msg("seg.table", isolated),
            List.of(
                text.msg("col.segmentValue"),
                text.msg("col.responses"),
                text.msg("col.score"),
                text.msg("ind.satisfaction"),
                text.msg("col.satisfactionInterval"),
                text.msg("ind.net"),
                text.msg("ind.nps"),
                text.msg("col.npsInterval")),
            rows);
    page.html(
        HtmlCharts.bars(
            page,
            text.msg("seg.caption", isolated),
            List.of(),
            new HtmlCharts.Axis(
                0, 100, List.of(0.0, 25.0, 50.0, 75.0, 100.0), v -> text.count((long) v)),
            groups,
            table));
    page.endSection();
  }

  private static HtmlCharts.Group bar(Choice name, @Nullable Double value, String shown) {
    return new HtmlCharts.Group(name.text(), List.of(new HtmlCharts.Bar(0, value, null, shown)));
  }

  private List<String> row(Choice name, String... cells) {
    List<String> row = new ArrayList<>();
    row.add(Markup.label(name, text.language()));
    for (String cell : cells) {
      row.add(Markup.escape(cell));
    }
    return row;
  }
}

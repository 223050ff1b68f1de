package io.github.indiko.reports.internal;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.internal.Markup;
import io.github.indiko.reports.AgreementReport;
import io.github.indiko.reports.ReportFolder;
import io.github.indiko.scoring.Agreement;
import java.util.ArrayList;
import java.util.List;

/**
 * The auditors' agreement, {@code agreement.html}: the operator's page of analysis.md §A5, beside
 * the overview. It shows the edition's calibration audits and their alphas, never a structure.
 */
final class AgreementHtml {
  private final Html page = new Html();
  private final HtmlText text;

  private AgreementHtml(HtmlText text) {
    this.text = text;
  }

  static Html render(AgreementReport report, LocalizedText editionName, HtmlText text) {
    return new AgreementHtml(text).page(report, editionName);
  }

  private Html page(AgreementReport report, LocalizedText editionName) {
    LocalizedText.Choice name = text.editionName(editionName);
    page.start(
        text,
        text.msg("agr.title", name.text()),
        text.markup("agr.title", Markup.label(name, text.language())),
        text.markup("page.context", Markup.escape(report.edition().value())),
        new Html.Link(ReportFolder.INDEX, text.msg("nav.home")),
        List.of(
            new Html.Link("#reading", text.msg("agr.reading")),
            new Html.Link("#criteria", text.msg("agr.criteria")),
            new Html.Link("#checks", text.msg("agr.checks"))));
    page.provisional(text, report.asOf());
    page.facts(
        List.of(
            List.of(text.msg("agr.doubles"), Markup.escape(text.count(report.doubles()))),
            List.of(
                text.msg("agr.checksAlpha"),
                Markup.escape(
                    text.msg(
                        "agr.alphaReading",
                        text.alpha(report.checks().alpha()),
                        text.reading(AgreementReport.Reading.of(report.checks().alpha())))))));
    reading();
    criteria(report);
    checks(report);
    return page.end(text);
  }

  private void reading() {
    page.section("reading", 2, text.msg("agr.reading"));
    page.paragraph(text.msg("agr.reading.what"));
    page.html("<ul>");
    for (String key :
        List.of("agr.scale.reliable", "agr.scale.tentative", "agr.scale.unreliable")) {
      page.element("li", text.msg(key));
    }
    page.element("li", text.msg("agr.scale.none"));
    page.html("</ul>");
    page.paragraph(text.msg("agr.reading.source"));
    page.paragraph(text.msg("agr.reading.scope"));
    page.endSection();
  }

  private void criteria(AgreementReport report) {
    page.section("criteria", 2, text.msg("agr.criteria"));
    List<List<String>> rows = new ArrayList<>();
    for (AgreementReport.CriterionReliability criterion : report.criteria()) {
      List<String> row = new ArrayList<>();
      row.add(
          Markup.label(text.criterion(criterion.criterion()), text.language())
              + " <code>"
              + Markup.escape(criterion.criterion().value())
              + "</code>");
      row.add(Markup.escape(text.channel(criterion.channel())));
      row.addAll(numbers(criterion.reliability()));
      rows.add(row);
    }
    page.table(text.msg("agr.criteria.caption"), headers(text.msg("col.criterion")), rows);
    page.endSection();
  }

  private void checks(AgreementReport report) {
    page.section("checks", 2, text.msg("agr.checks"));
    page.paragraph(text.msg("agr.checks.what"));
    List<String> row = new ArrayList<>();
    row.add(Markup.escape(text.msg("agr.checks.row")));
    row.add(Markup.escape(text.none()));
    row.addAll(numbers(report.checks()));
    page.table(text.msg("agr.checks.caption"), headers(text.msg("agr.col.items")), List.of(row));
    page.endSection();
  }

  private List<String> headers(String first) {
    return List.of(
        first,
        text.msg("col.channel"),
        text.msg("agr.col.level"),
        text.msg("agr.col.units"),
        text.msg("agr.col.values"),
        text.msg("agr.col.alpha"),
        text.msg("agr.col.reading"));
  }

  /** The level, units, values, alpha and reading of an alpha, as cells. */
  private List<String> numbers(Agreement.Reliability reliability) {
    return List.of(
        Markup.escape(text.agreementLevel(reliability.level())),
        Markup.escape(text.count(reliability.units())),
        Markup.escape(text.count(reliability.values())),
        Markup.escape(text.alpha(reliability.alpha())),
        Markup.escape(text.reading(AgreementReport.Reading.of(reliability.alpha()))));
  }
}

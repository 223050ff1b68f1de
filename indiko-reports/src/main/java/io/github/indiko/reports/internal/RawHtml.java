package io.github.indiko.reports.internal;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.internal.Markup;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.reports.RawReport;
import io.github.indiko.scoring.CriterionDetail;
import io.github.indiko.scoring.QuantitySummary;
import io.github.indiko.scoring.QuestionDetail;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The raw results page (scoring.md §8.1). */
final class RawHtml {
  private final Html page = new Html();
  private final HtmlText text;

  private RawHtml(HtmlText text) {
    this.text = text;
  }

  static Html render(RawReport report, HtmlText text) {
    return new RawHtml(text).page(report);
  }

  private Html page(RawReport report) {
    HtmlPages.start(
        page,
        text,
        report.structure(),
        text.msg("raw.title"),
        List.of(
            new Html.Link("#counts", text.msg("raw.counts")),
            new Html.Link("#questions", text.msg("raw.questions")),
            new Html.Link("#criteria", text.msg("raw.criteria"))));
    counts(report.responses(), report.audits(), report.versions());
    page.section("questions", 2, text.msg("raw.questions"));
    if (report.questions().isEmpty()) {
      page.paragraph(text.msg("raw.noQuestion"));
    }
    report.questions().forEach(this::question);
    page.endSection();
    criteria(report.criteria());
    return page.end(text);
  }

  private void counts(
      SourceCounts responses, SourceCounts audits, Map<Integer, Long> versions) {
    page.section("counts", 2, text.msg("raw.counts"));
    page.table(
        text.msg("raw.counts.caption"),
        List.of(
            text.msg("col.source"),
            text.msg("col.read"),
            text.msg("col.accepted"),
            text.msg("col.rejected")),
        List.of(
            Html.countRow(text, text.msg("raw.responses"), responses),
            Html.countRow(text, text.msg("raw.audits"), audits)));
    if (!versions.isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      versions.forEach(
          (version, count) ->
              rows.add(
                  List.of(Markup.escape(version.toString()), Markup.escape(text.count(count)))));
      page.table(
          text.msg("raw.versions.caption"),
          List.of(text.msg("raw.version"), text.msg("col.accepted")),
          rows);
    }
    Set<RejectReason> reasons = EnumSet.noneOf(RejectReason.class);
    reasons.addAll(responses.byReason().keySet());
    reasons.addAll(audits.byReason().keySet());
    if (reasons.isEmpty()) {
      page.paragraph(text.msg("raw.noReject"));
    } else {
      List<List<String>> rows = new ArrayList<>();
      reasons.stream()
          .sorted((a, b) -> a.code().compareTo(b.code()))
          .forEach(
              reason ->
                  rows.add(
                      List.of(
                          Markup.escape(text.reason(reason)) + " <code>" + Markup.escape(reason.code()) + "</code>",
                          Markup.escape(text.count(responses.byReason().getOrDefault(reason, 0L))),
                          Markup.escape(text.count(audits.byReason().getOrDefault(reason, 0L))))));
      page.table(
          text.msg("raw.reasons.caption"),
          List.of(text.msg("col.reason"), text.msg("raw.responses"), text.msg("raw.audits")),
          rows);
    }
    page.endSection();
  }

  private void question(QuestionDetail question) {
    LocalizedText.Choice label = text.question(question.id());
    String plain = label.text();
    page.sectionHtml("q-" + question.id().value(), 3, Markup.label(label, text.language()));
    List<List<String>> facts = new ArrayList<>();
    facts.add(List.of(text.msg("raw.type"), Markup.escape(text.msg("type." + question.type()))));
    facts.add(List.of(text.msg("col.theme"), Markup.escape(text.theme(question.theme()))));
    if (!question.versions().isEmpty()) {
      List<String> versions = question.versions().stream().map(Object::toString).toList();
      facts.add(List.of(text.msg("raw.askedIn"), Markup.escape(String.join(", ", versions))));
    }
    facts.add(List.of(text.msg("raw.answered"), Markup.escape(text.count(question.answered()))));
    facts.add(List.of(text.msg("raw.na"), Markup.escape(text.count(question.na()))));
    if (question.scored()) {
      facts.add(List.of(text.msg("col.n"), Markup.escape(text.count(question.n()))));
      facts.add(List.of(text.msg("raw.mean"), Markup.escape(text.score(question.mean()))));
      if (question.type().equals("nps")) {
        facts.add(List.of(text.msg("ind.nps"), Markup.escape(text.signed(question.nps()))));
      } else {
        facts.add(List.of(text.msg("ind.satisfaction"), Markup.escape(text.percent(question.satisfaction()))));
        facts.add(List.of(text.msg("ind.net"), Markup.escape(text.signed(question.net()))));
      }
    }
    page.facts(facts);
    if (!question.distribution().isEmpty()) {
      if (question.theme() == null) {
        page.paragraph(text.msg("raw.distributionOnly"));
      }
      distribution(question, plain);
    }
    QuantitySummary quantities = question.quantities();
    if (quantities != null) {
      page.table(
          text.msg("raw.quantities.caption", plain),
          quantityHeaders(text.msg("col.question")),
          List.of(quantityRow(Markup.label(label, text.language()), quantities)));
    }
    if (question.texts().count() > 0) {
      page.paragraph(
          text.msg(
              "raw.texts",
              text.count(question.texts().count()),
              text.count(question.texts().sample().size())));
      page.html("<ul class=\"texts\">");
      question.texts().sample().forEach(answer -> page.html("<li>" + Markup.bdi(answer) + "</li>"));
      page.html("</ul>");
    }
    page.endSection();
  }

  private void distribution(QuestionDetail question, String label) {
    long total = question.distribution().values().stream().mapToLong(Long::longValue).sum();
    long max = question.distribution().values().stream().mapToLong(Long::longValue).max().orElse(0);
    List<HtmlCharts.Group> groups = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, Long> entry : question.distribution().entrySet()) {
      LocalizedText.Choice value = text.distributionValue(question.id(), entry.getKey());
      long count = entry.getValue();
      String share = text.percent(total == 0 ? 0.0 : 100.0 * count / total);
      String shown = text.msg("raw.countShare", text.count(count), share);
      groups.add(
          new HtmlCharts.Group(
              value.text(), List.of(new HtmlCharts.Bar(0, (double) count, null, shown))));
      rows.add(
          List.of(
              Markup.label(value, text.language()),
              Markup.escape(text.count(count)),
              Markup.escape(share)));
    }
    String table =
        page.tableMarkup(
            text.msg("raw.distribution.table", label),
            List.of(text.msg("col.answer"), text.msg("col.count"), text.msg("col.share")),
            rows);
    page.html(
        HtmlCharts.bars(
            page,
            text.msg("raw.distribution.caption", label),
            List.of(),
            HtmlPages.countAxis(text, max),
            groups,
            table));
  }

  private List<String> quantityHeaders(String first) {
    return List.of(
        first,
        text.msg("col.n"),
        text.msg("col.min"),
        text.msg("col.median"),
        text.msg("col.max"),
        text.msg("col.mean"));
  }

  private List<String> quantityRow(String head, QuantitySummary quantities) {
    Double median = quantities.median();
    return List.of(
        head,
        Markup.escape(text.count(quantities.n())),
        Markup.escape(text.decimal(quantities.min())),
        Markup.escape(median == null ? text.none() : text.decimal(median)),
        Markup.escape(text.decimal(quantities.max())),
        Markup.escape(text.decimal(quantities.mean())));
  }

  private void criteria(List<CriterionDetail> criteria) {
    page.section("criteria", 2, text.msg("raw.criteria"));
    if (criteria.isEmpty()) {
      page.paragraph(text.msg("raw.noCriterion"));
      page.endSection();
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> measures = new ArrayList<>();
    for (CriterionDetail criterion : criteria) {
      String label = Markup.label(text.criterion(criterion.id()), text.language());
      rows.add(
          List.of(
              label,
              Markup.escape(text.channel(criterion.channel())),
              Markup.escape(text.msg("type." + criterion.type())),
              Markup.escape(text.theme(criterion.theme())),
              Markup.escape(text.count(criterion.met())),
              Markup.escape(text.count(criterion.notMet())),
              Markup.escape(text.count(criterion.measured())),
              Markup.escape(text.count(criterion.missed())),
              Markup.escape(text.count(criterion.na())),
              Markup.escape(criterion.scored() ? text.count(criterion.failing()) : text.none())));
      QuantitySummary quantities = criterion.measures();
      if (quantities != null) {
        measures.add(quantityRow(label, quantities));
      }
    }
    page.table(
        text.msg("raw.criteria.caption"),
        List.of(
            text.msg("col.criterion"),
            text.msg("col.channel"),
            text.msg("raw.type"),
            text.msg("col.theme"),
            text.msg("col.met"),
            text.msg("col.notMet"),
            text.msg("col.measured"),
            text.msg("col.missed"),
            text.msg("col.na"),
            text.msg("col.failing")),
        rows);
    if (!measures.isEmpty()) {
      page.table(text.msg("raw.measures.caption"), quantityHeaders(text.msg("col.criterion")), measures);
    }
    page.endSection();
  }
}

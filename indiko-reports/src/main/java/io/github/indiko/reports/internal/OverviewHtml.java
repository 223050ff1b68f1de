package io.github.indiko.reports.internal;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.internal.Markup;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.reports.AgreementReport;
import io.github.indiko.reports.CategorySummary;
import io.github.indiko.reports.Overview;
import io.github.indiko.reports.ReportFolder;
import io.github.indiko.reports.ReportFormat;
import io.github.indiko.reports.StructureEntry;
import io.github.indiko.scoring.NotAwarded;
import io.github.indiko.scoring.Trophy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The public overview, {@code index.html}. */
final class OverviewHtml {
  private final Html page = new Html();
  private final HtmlText text;
  private final Map<StructureId, String> names = new HashMap<>();

  private OverviewHtml(HtmlText text) {
    this.text = text;
  }

  /**
   * @param agreement the auditors' agreement to link to, {@code agreement.html} and its formats
   *     among {@code formats}, or null for none
   */
  static Html render(
      Overview overview,
      List<Structure> structures,
      HtmlText text,
      Set<ReportFormat> formats,
      @Nullable AgreementReport agreement) {
    OverviewHtml html = new OverviewHtml(text);
    structures.forEach(s -> html.names.put(s.id(), s.name()));
    overview.structures().forEach(s -> html.names.put(s.id(), s.name()));
    return html.page(overview, formats, agreement);
  }

  private Html page(
      Overview overview, Set<ReportFormat> formats, @Nullable AgreementReport agreement) {
    LocalizedText.Choice name = text.editionName(overview.name());
    List<Html.Link> sections =
        new ArrayList<>(
            List.of(
                new Html.Link("#counts", text.msg("ov.counts")),
                new Html.Link("#categories", text.msg("ov.categories")),
                new Html.Link("#trophies", text.msg("ov.trophies")),
                new Html.Link("#structures", text.msg("ov.structures"))));
    if (agreement != null) {
      sections.add(new Html.Link("#agreement", text.msg("ov.agreement")));
    }
    page.start(
        text,
        text.msg("ov.title", name.text()),
        text.markup("ov.title", Markup.label(name, text.language())),
        text.markup("page.context", Markup.escape(overview.edition().value())),
        null,
        sections);
    page.provisional(text, overview.asOf());
    counts(overview);
    categories(overview);
    trophies(overview);
    structures(overview, formats);
    if (agreement != null) {
      agreement(agreement, formats);
    }
    return page.end(text);
  }

  /** The link to the auditors' agreement, an operator's page (analysis.md §A5). */
  private void agreement(AgreementReport agreement, Set<ReportFormat> formats) {
    page.section("agreement", 2, text.msg("ov.agreement"));
    page.paragraph(text.msg("ov.agreement.text", text.count(agreement.doubles())));
    List<String> links = new ArrayList<>();
    for (ReportFormat format : List.of(ReportFormat.HTML, ReportFormat.JSON, ReportFormat.CSV)) {
      if (format == ReportFormat.HTML || formats.contains(format)) {
        links.add(
            "<a href=\""
                + Markup.escape(ReportFolder.AGREEMENT + "." + format.id())
                + "\">"
                + Markup.escape(format.id().toUpperCase(Locale.ROOT))
                + "</a>");
      }
    }
    page.paragraphHtml(
        text.markup("series", Markup.escape(text.msg("ov.agreement")), String.join(" · ", links)));
    page.endSection();
  }

  private void counts(Overview overview) {
    page.section("counts", 2, text.msg("ov.counts"));
    page.facts(
        List.of(
            List.of(text.msg("ov.enrolled"), Markup.escape(text.count(overview.structures().size()))),
            List.of(text.msg("ov.acceptedResponses"), Markup.escape(text.count(overview.responses().accepted()))),
            List.of(text.msg("ov.acceptedAudits"), Markup.escape(text.count(overview.audits().accepted())))));
    page.table(
        text.msg("raw.counts.caption"),
        List.of(text.msg("col.source"), text.msg("col.read"), text.msg("col.accepted"), text.msg("col.rejected")),
        List.of(
            Html.countRow(text, text.msg("raw.responses"), overview.responses()),
            Html.countRow(text, text.msg("raw.audits"), overview.audits())));
    page.endSection();
  }

  private void categories(Overview overview) {
    page.section("categories", 2, text.msg("ov.categories"));
    List<List<String>> rows = new ArrayList<>();
    for (CategorySummary category : overview.categories()) {
      Double mean = category.meanComposite();
      rows.add(
          List.of(
              Markup.escape(text.category(category.category())),
              Markup.escape(text.count(category.enrolled())),
              Markup.escape(text.count(category.eligible())),
              Markup.escape(mean == null ? text.msg("ov.fewerThanThree") : text.score(mean))));
    }
    page.table(
        text.msg("ov.categories.caption"),
        List.of(
            text.msg("col.category"),
            text.msg("col.enrolled"),
            text.msg("col.eligible"),
            text.msg("col.meanComposite")),
        rows);
    page.endSection();
  }

  private void trophies(Overview overview) {
    page.section("trophies", 2, text.msg("ov.trophies"));
    page.section("category-trophies", 3, text.msg("ov.categoryTrophies"));
    List<List<String>> winners = new ArrayList<>();
    Trophy.Consultation consultationWinner = null;
    for (Trophy trophy : overview.trophies()) {
      if (trophy instanceof Trophy.CategoryTrophy category) {
        winners.add(
            List.of(
                Markup.escape(text.category(category.category())),
                structure(category.structure()),
                Markup.escape(text.score(category.composite()))));
      } else if (trophy instanceof Trophy.Consultation consultation) {
        consultationWinner = consultation;
      }
    }
    if (winners.isEmpty()) {
      page.paragraph(text.msg("ov.noTrophy"));
    } else {
      page.table(
          text.msg("ov.categoryTrophies.caption"),
          List.of(text.msg("col.category"), text.msg("col.winner"), text.msg("col.composite")),
          winners);
    }
    page.endSection();
    page.section("not-awarded", 3, text.msg("ov.notAwarded"));
    if (overview.notAwarded().isEmpty()) {
      page.paragraph(text.msg("ov.allAwarded"));
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (NotAwarded category : overview.notAwarded()) {
        rows.add(
            List.of(
                Markup.escape(text.category(category.category())),
                Markup.escape(text.count(category.eligible())),
                Markup.escape(reason(category.reason()))));
      }
      page.table(
          text.msg("ov.notAwarded.caption"),
          List.of(text.msg("col.category"), text.msg("col.eligible"), text.msg("col.reason")),
          rows);
    }
    page.endSection();
    page.section("consultation", 3, text.msg("ov.consultation"));
    if (consultationWinner == null) {
      page.paragraph(text.msg("ov.noConsultation"));
    } else {
      page.paragraphHtml(
          text.markup(
              "ov.consultationWinner",
              structure(consultationWinner.structure()),
              Markup.escape(text.decimal(consultationWinner.participation()))));
    }
    if (!overview.consultation().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      int rank = 0;
      for (Trophy.Consultation entry : overview.consultation()) {
        rank++;
        rows.add(
            List.of(
                Markup.escape(text.count(rank)),
                structure(entry.structure()),
                Markup.escape(text.decimal(entry.participation())),
                Markup.escape(text.count(entry.responses()))));
      }
      page.table(
          text.msg("ov.consultation.caption"),
          List.of(
              text.msg("col.rank"),
              text.msg("col.structure"),
              text.msg("col.participation"),
              text.msg("col.responses")),
          rows);
    }
    page.endSection();
    page.endSection();
  }

  private String reason(String reason) {
    return reason.equals("too_few_eligible")
        ? text.msg("ov.reason.tooFewEligible")
        : reason;
  }

  private String structure(StructureId id) {
    String name = names.get(id);
    return name == null ? Markup.escape(id.value()) : Markup.bdi(name);
  }

  private void structures(Overview overview, Set<ReportFormat> formats) {
    page.section("structures", 2, text.msg("ov.structures"));
    List<ReportFormat> linked =
        List.of(ReportFormat.HTML, ReportFormat.JSON, ReportFormat.CSV).stream()
            .filter(formats::contains)
            .toList();
    List<List<String>> rows = new ArrayList<>();
    for (StructureEntry entry : overview.structures()) {
      StringBuilder reports = new StringBuilder();
      if (linked.isEmpty()) {
        reports.append(Markup.escape(text.none()));
      } else {
        reports.append("<ul>");
        for (Level level : Level.values()) {
          if (!entry.level().includes(level)) {
            continue;
          }
          List<String> links = new ArrayList<>();
          for (ReportFormat format : linked) {
            String href =
                ReportFolder.STRUCTURES
                    + "/"
                    + URLEncoder.encode(entry.id().value(), StandardCharsets.UTF_8)
                    + "/"
                    + level.id()
                    + "."
                    + format.id();
            links.add(
                "<a href=\""
                    + Markup.escape(href)
                    + "\">"
                    + Markup.escape(format.id().toUpperCase(Locale.ROOT))
                    + "</a>");
          }
          reports
              .append("<li>")
              .append(text.markup("series", Markup.escape(text.level(level)), String.join(" · ", links)))
              .append("</li>");
        }
        reports.append("</ul>");
      }
      rows.add(
          List.of(
              Markup.bdi(entry.name()) + " <code>" + Markup.escape(entry.id().value()) + "</code>",
              Markup.escape(text.category(entry.category())),
              Markup.escape(text.level(entry.level())),
              reports.toString()));
    }
    if (rows.isEmpty()) {
      page.paragraph(text.msg("ov.noStructure"));
    } else {
      page.table(
          text.msg("ov.structures.caption"),
          List.of(
              text.msg("col.structure"),
              text.msg("col.category"),
              text.msg("col.level"),
              text.msg("col.reports")),
          rows);
    }
    page.endSection();
  }
}

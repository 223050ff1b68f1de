package io.github.indiko.reports;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.reports.internal.HtmlReportWriter;
import java.io.OutputStream;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Renders reports to self-contained HTML pages: no script, no external resource (a content
 * security policy in the head forbids both), charts as inline SVG each with a text alternative and
 * its data table beside it, headings in order, tables with {@code scope}, printable on A4. Every
 * text that comes from data is escaped and isolated in {@code <bdi>}. Pages are in French for a
 * locale of language {@code fr}, else in English; scores are shown on {@link HtmlOptions#scale()},
 * one decimal, half-up; NPS and net satisfaction stay on −100…100 and satisfaction is a
 * percentage. A structure's page links back to {@code ../../index.html}. Provisional results
 * ({@link io.github.indiko.scoring.AsOf#provisional()}) are said so on every page, overview
 * included, in a notice under its heading. Thread-safe: every call renders on its own state.
 */
public final class ReportHtml {
  private ReportHtml() {}

  /**
   * @param report a raw report
   * @param definitions the edition's definitions, for labels
   * @param options language and scale
   * @param out where to write UTF-8 HTML; not closed
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(
      RawReport report, EditionDefinitions definitions, HtmlOptions options, OutputStream out) {
    HtmlReportWriter.raw(report, definitions, options, out);
  }

  /**
   * @param report an analysis
   * @param definitions the edition's definitions, for labels
   * @param options language and scale
   * @param out where to write UTF-8 HTML; not closed
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(
      AnalysisReport report,
      EditionDefinitions definitions,
      HtmlOptions options,
      OutputStream out) {
    HtmlReportWriter.analysis(report, definitions, options, out);
  }

  /**
   * @param report an organisation audit
   * @param definitions the edition's definitions, for labels
   * @param options language and scale
   * @param out where to write UTF-8 HTML; not closed
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(
      OrganisationReport report,
      EditionDefinitions definitions,
      HtmlOptions options,
      OutputStream out) {
    HtmlReportWriter.organisation(report, definitions, options, out);
  }

  /**
   * The overview page, {@code index.html}, linking to every structure's pages at {@code
   * structures/ID/LEVEL.FORMAT} (the id URL-encoded) for each level the structure's enrolment
   * allows and each format of {@code linkedFormats}.
   *
   * @param overview the public overview
   * @param definitions the edition's definitions, for labels
   * @param options language and scale
   * @param linkedFormats the formats written per structure, linked from the page
   * @param out where to write UTF-8 HTML; not closed
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(
      Overview overview,
      EditionDefinitions definitions,
      HtmlOptions options,
      Set<ReportFormat> linkedFormats,
      OutputStream out) {
    HtmlReportWriter.overview(overview, null, definitions, options, linkedFormats, out);
  }

  /**
   * The overview page, {@code index.html}, as {@link #write(Overview, EditionDefinitions,
   * HtmlOptions, Set, OutputStream)} renders it, with, when the edition accepted calibration
   * audits, a last section linking to the auditors' agreement beside it ({@code agreement.html},
   * and {@code agreement.json} and {@code agreement.csv} when {@code linkedFormats} holds them).
   * Without agreement the page is exactly the one that method renders.
   *
   * @param overview the public overview
   * @param agreement the auditors' agreement, or null when there is none
   * @param definitions the edition's definitions, for labels
   * @param options language and scale
   * @param linkedFormats the formats written per structure and for the agreement, linked from the
   *     page
   * @param out where to write UTF-8 HTML; not closed
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(
      Overview overview,
      @Nullable AgreementReport agreement,
      EditionDefinitions definitions,
      HtmlOptions options,
      Set<ReportFormat> linkedFormats,
      OutputStream out) {
    HtmlReportWriter.overview(overview, agreement, definitions, options, linkedFormats, out);
  }

  /**
   * The auditors' agreement, {@code agreement.html} (analysis.md §A5): for the operator, the
   * criteria the auditors agree on least first, each with its level, units, values, alpha and
   * reading, then every check pooled, under a reading aid (Krippendorff's usual thresholds). It
   * links back to {@code index.html} beside it and names no structure.
   *
   * @param report the auditors' agreement
   * @param definitions the edition's definitions, for labels
   * @param options language (the scale is not used: alpha is no score)
   * @param out where to write UTF-8 HTML; not closed
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(
      AgreementReport report,
      EditionDefinitions definitions,
      HtmlOptions options,
      OutputStream out) {
    HtmlReportWriter.agreement(report, definitions, options, out);
  }
}

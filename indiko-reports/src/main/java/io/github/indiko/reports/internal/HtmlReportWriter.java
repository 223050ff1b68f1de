package io.github.indiko.reports.internal;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.reports.AgreementReport;
import io.github.indiko.reports.AnalysisReport;
import io.github.indiko.reports.HtmlOptions;
import io.github.indiko.reports.OrganisationReport;
import io.github.indiko.reports.Overview;
import io.github.indiko.reports.RawReport;
import io.github.indiko.reports.ReportFormat;
import java.io.OutputStream;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes the HTML pages of {@link io.github.indiko.reports.ReportHtml}, whose Javadoc gives their
 * rules: each page is rendered whole, then written. Stateless and thread-safe.
 */
public final class HtmlReportWriter {
  private HtmlReportWriter() {}

  /** Writes a raw report's page; see {@code ReportHtml.write(RawReport, …)}. */
  public static void raw(
      RawReport report, EditionDefinitions definitions, HtmlOptions options, OutputStream out) {
    RawHtml.render(report, HtmlText.of(definitions, options)).writeTo(out);
  }

  /** Writes an analysis's page; see {@code ReportHtml.write(AnalysisReport, …)}. */
  public static void analysis(
      AnalysisReport report,
      EditionDefinitions definitions,
      HtmlOptions options,
      OutputStream out) {
    AnalysisHtml.render(report, HtmlText.of(definitions, options)).writeTo(out);
  }

  /** Writes an organisation audit's page; see {@code ReportHtml.write(OrganisationReport, …)}. */
  public static void organisation(
      OrganisationReport report,
      EditionDefinitions definitions,
      HtmlOptions options,
      OutputStream out) {
    OrganisationHtml.render(report, HtmlText.of(definitions, options)).writeTo(out);
  }

  /** Writes the overview page; see {@code ReportHtml.write(Overview, …)}. */
  public static void overview(
      Overview overview,
      @Nullable AgreementReport agreement,
      EditionDefinitions definitions,
      HtmlOptions options,
      Set<ReportFormat> linkedFormats,
      OutputStream out) {
    OverviewHtml.render(
            overview,
            definitions.structures(),
            HtmlText.of(definitions, options),
            linkedFormats,
            agreement)
        .writeTo(out);
  }

  /** Writes the auditors' agreement page; see {@code ReportHtml.write(AgreementReport, …)}. */
  public static void agreement(
      AgreementReport report,
      EditionDefinitions definitions,
      HtmlOptions options,
      OutputStream out) {
    AgreementHtml.render(report, definitions.edition().name(), HtmlText.of(definitions, options))
        .writeTo(out);
  }
}

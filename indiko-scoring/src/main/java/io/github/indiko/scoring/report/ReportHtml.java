package io.github.indiko.scoring.report;

import io.github.indiko.core.EditionDefinitions;
import java.io.OutputStream;
import java.util.Set;

/**
 * Renders reports to self-contained HTML pages: no script, no external resource, charts as inline
 * SVG each with a text alternative and its data table beside it, headings in order, tables with
 * {@code scope}, printable on A4. Every text that comes from data is escaped.
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
    throw new UnsupportedOperationException("being written: issue 4");
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
    throw new UnsupportedOperationException("being written: issue 4");
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
    throw new UnsupportedOperationException("being written: issue 4");
  }

  /**
   * The overview page, {@code index.html}, linking to every structure's pages at {@code
   * structures/ID/LEVEL.html} when {@code links} says they were written.
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
    throw new UnsupportedOperationException("being written: issue 4");
  }
}

package io.github.indiko.scoring.report;

import java.io.OutputStream;

/**
 * Renders reports to JSON: members in a stable, documented order, numbers unrounded (0–100),
 * {@code null} where a value does not exist. The formats are {@code indiko.report.raw/1}, {@code
 * indiko.report.analysis/1}, {@code indiko.report.organisation/1} and {@code
 * indiko.report.overview/1}.
 */
public final class ReportJson {
  private ReportJson() {}

  /**
   * @param report a raw report
   * @param out where to write UTF-8 JSON; not closed
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(RawReport report, OutputStream out) {
    throw new UnsupportedOperationException("being written: issue 4");
  }

  /**
   * @param report an analysis
   * @param out where to write UTF-8 JSON; not closed
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(AnalysisReport report, OutputStream out) {
    throw new UnsupportedOperationException("being written: issue 4");
  }

  /**
   * @param report an organisation audit
   * @param out where to write UTF-8 JSON; not closed
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(OrganisationReport report, OutputStream out) {
    throw new UnsupportedOperationException("being written: issue 4");
  }

  /**
   * @param overview the public overview
   * @param out where to write UTF-8 JSON; not closed
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(Overview overview, OutputStream out) {
    throw new UnsupportedOperationException("being written: issue 4");
  }
}

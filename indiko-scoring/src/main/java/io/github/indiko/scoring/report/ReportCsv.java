package io.github.indiko.scoring.report;

import java.io.OutputStream;

/**
 * Renders reports to CSV (RFC 4180): UTF-8 with a byte order mark for spreadsheet users, CRLF line
 * ends, a header row, one row per value in long form ({@code section,subject,detail,measure,value}).
 * A text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab, CR or LF is
 * prefixed with a single quote, as OWASP recommends against formula injection; numbers are written
 * as they are.
 */
public final class ReportCsv {
  private ReportCsv() {}

  /**
   * @param report a raw report
   * @param out where to write UTF-8 CSV with a byte order mark; not closed
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(RawReport report, OutputStream out) {
    throw new UnsupportedOperationException("being written: issue 4");
  }

  /**
   * @param report an analysis
   * @param out where to write UTF-8 CSV with a byte order mark; not closed
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(AnalysisReport report, OutputStream out) {
    throw new UnsupportedOperationException("being written: issue 4");
  }

  /**
   * @param report an organisation audit
   * @param out where to write UTF-8 CSV with a byte order mark; not closed
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(OrganisationReport report, OutputStream out) {
    throw new UnsupportedOperationException("being written: issue 4");
  }

  /**
   * @param overview the public overview
   * @param out where to write UTF-8 CSV with a byte order mark; not closed
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(Overview overview, OutputStream out) {
    throw new UnsupportedOperationException("being written: issue 4");
  }
}

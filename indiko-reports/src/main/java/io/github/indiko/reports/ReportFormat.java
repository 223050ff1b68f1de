package io.github.indiko.reports;

import java.util.Locale;

/** The formats a report renders to. */
public enum ReportFormat {
  /** JSON, members in a stable order, numbers unrounded. */
  JSON,
  /** CSV (RFC 4180), UTF-8 with a byte order mark, neutralised against formula injection. */
  CSV,
  /** A self-contained HTML page: no script, no external resource, inline SVG charts. */
  HTML;

  /**
   * @return the file extension and the identifier on the command line, e.g. {@code json}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}

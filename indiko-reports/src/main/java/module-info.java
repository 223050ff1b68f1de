/**
 * Indiko's reports: the three analysis levels of scoring.md §8 (raw results, results analysis,
 * organisation audit) and the public overview of a scored edition, rendered as JSON, CSV and HTML.
 * Built on the public API of {@code io.github.indiko.scoring} only.
 */
module io.github.indiko.reports {
  requires transitive io.github.indiko.scoring;
  requires static transitive org.jspecify;
  requires tools.jackson.core;

  // The reports and what makes them: Reports, the report records, the formats (ReportJson,
  // ReportCsv, ReportHtml, ReportFormat), the HTML options and scale, and ReportFolder, the folder
  // layout of cli.md. The renderers behind the formats stay in reports.internal, not exported.
  exports io.github.indiko.reports;
}

package io.github.indiko.reports;

import io.github.indiko.reports.internal.AgreementDocuments;
import io.github.indiko.reports.internal.CsvReportWriter;
import java.io.OutputStream;

/**
 * Renders reports to CSV (RFC 4180): UTF-8 with a byte order mark for spreadsheet users, CRLF line
 * ends, a header row, one row per value in long form ({@code
 * section,subject,detail,measure,value}). A text cell that starts with {@code =}, {@code +}, {@code
 * -}, {@code @}, tab, CR or LF is prefixed with a single quote, as OWASP recommends against formula
 * injection; numbers are written as they are. Stateless and thread-safe.
 *
 * <h2>Cells</h2>
 *
 * <p>A cell that contains a comma, a double quote, CR or LF is enclosed in double quotes, its
 * double quotes doubled. Every text that comes from data (ids, names, categories, answer values,
 * free-text answers) is a text cell, and so neutralised: an answer value {@code -2} of a rating
 * reads {@code '-2} in the {@code detail} column. Numbers are plain decimals with {@code .}: no
 * exponent, no trailing zero, integral values without a decimal point ({@code 80}, {@code 80.25},
 * {@code 0.00001}, {@code -12.5}); they are unrounded and read back to the same double. Booleans
 * are {@code true} or {@code false}, enumerations their lowercase ids. A value that does not exist
 * is an empty cell; an object that does not exist (a missing ranking, a question's missing
 * quantities) has no row.
 *
 * <h2>Rows</h2>
 *
 * <p>Rows come in the order below, lists in their order in the report. Each number of the report is
 * in exactly one row; a {@code position} is the 1-based place of an entry in its list. Every report
 * starts with its head: {@code report,,,format,…} (e.g. {@code indiko.report.raw/1}, as in {@link
 * ReportJson}), {@code report,,,edition,…}, {@code report,,,asOf,…} (the day the results are
 * scored as of) and {@code report,,,provisional,…} ({@code true} before the collection is
 * closed); a structure's report goes on with {@code report,,,structure,ID}, then {@code name},
 * {@code category}, {@code level}.
 *
 * <table>
 *   <caption>Raw results</caption>
 *   <tr><th>section</th><th>subject</th><th>detail</th><th>measures</th></tr>
 *   <tr><td>{@code responses}, {@code audits}</td><td></td><td></td>
 *       <td>{@code read}, {@code accepted}, {@code rejected}</td></tr>
 *   <tr><td>{@code responses}, {@code audits}</td><td></td><td>reason code</td>
 *       <td>{@code rejected}, one row per reason</td></tr>
 *   <tr><td>{@code version}</td><td>version</td><td></td>
 *       <td>{@code responses}: the accepted responses to that version of the questionnaire, one row
 *       per version, only when the edition names several (analysis.md §A4)</td></tr>
 *   <tr><td>{@code question}</td><td>question id</td><td></td>
 *       <td>{@code type}, {@code theme}, {@code scored}, {@code answered}, {@code na}; then {@code
 *       version}: one row per version that asks it, only when the edition names several</td></tr>
 *   <tr><td>{@code question}</td><td>question id</td><td>answer value</td>
 *       <td>{@code distribution}: the count of that value</td></tr>
 *   <tr><td>{@code question}</td><td>question id</td><td></td>
 *       <td>{@code n}, {@code mean}, {@code satisfaction}, {@code net}, {@code nps}</td></tr>
 *   <tr><td>{@code question}</td><td>question id</td><td>{@code quantities}</td>
 *       <td>{@code n}, {@code min}, {@code median}, {@code max}, {@code mean}</td></tr>
 *   <tr><td>{@code question}</td><td>question id</td><td></td>
 *       <td>{@code texts}: the count of texts; then {@code text}: one row per text kept, the
 *       answer as value</td></tr>
 *   <tr><td>{@code criterion}</td><td>criterion id</td><td></td>
 *       <td>{@code channel}, {@code type}, {@code theme}, {@code weight}, {@code scored},
 *       {@code met}, {@code notMet}, {@code measured}, {@code missed}, {@code na},
 *       {@code failing}</td></tr>
 *   <tr><td>{@code criterion}</td><td>criterion id</td><td>{@code measures}</td>
 *       <td>{@code n}, {@code min}, {@code median}, {@code max}, {@code mean}</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Results analysis</caption>
 *   <tr><th>section</th><th>subject</th><th>detail</th><th>measures</th></tr>
 *   <tr><td>{@code analysis}</td><td></td><td></td>
 *       <td>{@code target}, {@code previousEdition}, {@code partial}, {@code eligible}</td></tr>
 *   <tr><td>{@code composite}</td><td></td><td></td>
 *       <td>{@code value}, {@code toTarget}, {@code previous}, {@code change}</td></tr>
 *   <tr><td>{@code ranking}</td><td></td><td></td>
 *       <td>{@code rank}, {@code of}, {@code percentile}</td></tr>
 *   <tr><td>{@code indicator}</td><td>{@code satisfaction}, {@code net}, {@code nps}</td><td></td>
 *       <td>{@code value}, {@code n}, {@code low}, {@code high}</td></tr>
 *   <tr><td>{@code satisfactionChange}</td><td></td><td></td>
 *       <td>{@code current}, {@code n}, {@code previous}, {@code previousN}, {@code change},
 *       {@code z}, {@code significant}</td></tr>
 *   <tr><td>{@code source}</td><td>source</td><td></td>
 *       <td>{@code weight}, {@code value}, {@code toTarget}, {@code previous}, {@code change},
 *       {@code sufficient}</td></tr>
 *   <tr><td>{@code theme}</td><td>theme</td><td>source</td>
 *       <td>{@code weight}, {@code value}, {@code toTarget}, {@code previous}, {@code change},
 *       {@code categoryMean}, {@code categoryStructures}</td></tr>
 *   <tr><td>{@code channel}</td><td>channel</td><td>source</td>
 *       <td>{@code score}, {@code n}, {@code suppressed}</td></tr>
 *   <tr><td>{@code theme}</td><td>theme</td><td></td><td>{@code score} over both sources</td></tr>
 *   <tr><td>{@code strength}, {@code weakness}</td><td>theme</td><td></td>
 *       <td>{@code position}; the score is the theme's {@code score} row</td></tr>
 *   <tr><td>{@code item}</td><td>item id</td><td>source</td>
 *       <td>{@code theme}, {@code value}, {@code n}, {@code nEffective} (only with weighting,
 *       empty for a criterion), {@code low}, {@code high}</td></tr>
 *   <tr><td>{@code segment}</td><td>segment key</td><td>segment value or {@code (none)}</td>
 *       <td>{@code suppressed}, {@code n}, {@code score}, then for {@code satisfaction},
 *       {@code net} and {@code nps}: the value, {@code .n}, {@code .low}, {@code .high}
 *       (e.g. {@code satisfaction.low})</td></tr>
 *   <tr><td>{@code weighting}</td><td></td><td></td><td>{@code method}</td></tr>
 *   <tr><td>{@code weighting}</td><td>weighting key</td><td></td><td>{@code position}</td></tr>
 *   <tr><td>{@code weighting}</td><td></td><td></td>
 *       <td>{@code status}, {@code cycles}, {@code weightedResponses},
 *       {@code unweightedResponses}, {@code nEffective}, {@code designEffect}, {@code key},
 *       {@code value}</td></tr>
 * </table>
 *
 * <p>The source rows, then their theme and channel rows, come source by source. The segment rows
 * (analysis.md §A2) exist only when the questionnaire declares segments: keys and values in
 * declared order, {@code (none)} last. A survey channel or a segment cell that the disclosure rules
 * withhold (analysis.md §A2, Disclosure) has {@code suppressed} true and every other value empty,
 * its {@code n} included. The weighting rows (analysis.md §A3), and the items' {@code nEffective},
 * exist only when the edition asks for weighting: the method, the keys in declared order, then the
 * structure's weighting as {@code results.json} gives it, {@code cycles} empty but for {@code
 * weighted}, {@code key} and {@code value} (the value with no response) empty but for {@code
 * empty_cell}.
 *
 * <table>
 *   <caption>Organisation audit</caption>
 *   <tr><th>section</th><th>subject</th><th>detail</th><th>measures</th></tr>
 *   <tr><td>{@code criterion}</td><td>criterion id</td><td></td>
 *       <td>{@code channel}, {@code theme}, {@code weight}, {@code conformity}, {@code gap},
 *       {@code observations}, {@code failed}, {@code failing}</td></tr>
 *   <tr><td>{@code theme}</td><td>theme</td><td></td>
 *       <td>{@code importance}, {@code respondents}, {@code performance}, {@code quadrant}</td></tr>
 *   <tr><td>{@code organisation}</td><td></td><td></td>
 *       <td>{@code meanImportance}, {@code meanPerformance}</td></tr>
 *   <tr><td>{@code action}</td><td>theme or criterion id</td><td>{@code theme} or
 *       {@code criterion}</td><td>{@code position}, {@code priority}, {@code score}</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Overview (head: format and edition only)</caption>
 *   <tr><th>section</th><th>subject</th><th>detail</th><th>measures</th></tr>
 *   <tr><td>{@code report}</td><td></td><td>language tag</td>
 *       <td>{@code name}: the edition's name in that language</td></tr>
 *   <tr><td>{@code responses}, {@code audits}</td><td></td><td>empty or reason code</td>
 *       <td>as in raw results</td></tr>
 *   <tr><td>{@code category}</td><td>category</td><td></td>
 *       <td>{@code enrolled}, {@code eligible}, {@code meanComposite}</td></tr>
 *   <tr><td>{@code trophy}</td><td>category</td><td></td>
 *       <td>{@code structure}, {@code composite}</td></tr>
 *   <tr><td>{@code trophy}</td><td>{@code consultation}</td><td></td>
 *       <td>{@code structure}, {@code participation}, {@code responses}</td></tr>
 *   <tr><td>{@code notAwarded}</td><td>category</td><td></td>
 *       <td>{@code reason}, {@code eligible}</td></tr>
 *   <tr><td>{@code consultation}</td><td>structure id</td><td></td>
 *       <td>{@code position}, {@code participation}, {@code responses}</td></tr>
 *   <tr><td>{@code structure}</td><td>structure id</td><td></td>
 *       <td>{@code name}, {@code category}, {@code level}</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Auditors' agreement (analysis.md §A5; head without structure, then
 *   {@code report,,,doubles,N})</caption>
 *   <tr><th>section</th><th>subject</th><th>detail</th><th>measures</th></tr>
 *   <tr><td>{@code criterion}</td><td>criterion id</td><td></td>
 *       <td>{@code channel}, {@code level}, {@code units}, {@code values}, {@code alpha},
 *       {@code reading}; the least agreed on first, as in JSON</td></tr>
 *   <tr><td>{@code checks}</td><td></td><td></td>
 *       <td>{@code level}, {@code units}, {@code values}, {@code alpha}, {@code reading}</td></tr>
 * </table>
 */
public final class ReportCsv {
  private ReportCsv() {}

  /**
   * @param report a raw report
   * @param out where to write UTF-8 CSV with a byte order mark; flushed, not closed
   * @throws IllegalArgumentException when a number is not finite; {@code out} may then hold part of
   *     the file
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(RawReport report, OutputStream out) {
    CsvReportWriter.raw(report, out);
  }

  /**
   * @param report an analysis
   * @param out where to write UTF-8 CSV with a byte order mark; flushed, not closed
   * @throws IllegalArgumentException when a number is not finite; {@code out} may then hold part of
   *     the file
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(AnalysisReport report, OutputStream out) {
    CsvReportWriter.analysis(report, out);
  }

  /**
   * @param report an organisation audit
   * @param out where to write UTF-8 CSV with a byte order mark; flushed, not closed
   * @throws IllegalArgumentException when a number is not finite; {@code out} may then hold part of
   *     the file
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(OrganisationReport report, OutputStream out) {
    CsvReportWriter.organisation(report, out);
  }

  /**
   * @param overview the public overview
   * @param out where to write UTF-8 CSV with a byte order mark; flushed, not closed
   * @throws IllegalArgumentException when a number is not finite; {@code out} may then hold part of
   *     the file
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(Overview overview, OutputStream out) {
    CsvReportWriter.overview(overview, out);
  }

  /**
   * @param report the auditors' agreement
   * @param out where to write UTF-8 CSV with a byte order mark; flushed, not closed
   * @throws IllegalArgumentException when a number is not finite; {@code out} may then hold part of
   *     the file
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(AgreementReport report, OutputStream out) {
    AgreementDocuments.csv(report, out);
  }
}

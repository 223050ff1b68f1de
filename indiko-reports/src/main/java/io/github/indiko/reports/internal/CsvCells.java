package io.github.indiko.reports.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * The cell rules of every CSV file Indiko writes (RFC 4180), in one place.
 *
 * <ul>
 *   <li>A text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab, CR or LF gets
 *       a leading single quote, so that a spreadsheet does not read it as a formula (OWASP, CSV
 *       injection); then a cell that contains a comma, a double quote, CR or LF is enclosed in
 *       double quotes, its double quotes doubled.
 *   <li>A number is a plain decimal with {@code .}, no exponent, no trailing zero, no sign but
 *       {@code -}: {@code 80}, {@code 80.25}, {@code 0.00001}, {@code -12.5}. It is the shortest
 *       text that {@link Double#toString(double)} gives, so it reads back to the same double. A
 *       number is never prefixed: only text is neutralised.
 *   <li>Rows end with CR LF.
 * </ul>
 */
final class CsvCells {
  /** The byte order mark that opens the file, so that spreadsheets read it as UTF-8. */
  static final String BOM = "\uFEFF";

  /** The end of every row. */
  static final String CRLF = "\r\n";

  private CsvCells() {}

  /**
   * @param text any text, e.g. a free-text answer or a name
   * @return the cell: neutralised against formulas, then quoted where RFC 4180 needs it
   */
  static String text(String text) {
    return quoted(neutralised(text));
  }

  /**
   * @param value a finite double
   * @return a plain decimal without exponent or trailing zero
   * @throws IllegalArgumentException when the value is NaN or infinite
   */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a CSV report holds finite numbers only, not " + value);
    }
    // BigDecimal has no negative zero: -0.0 is written 0.
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /**
   * @param value an integer
   * @return its decimal text
   */
  static String integer(long value) {
    return Long.toString(value);
  }

  /**
   * @param cells cells made by this class
   * @return the cells joined by commas, ended by CR LF
   */
  static String row(List<String> cells) {
    return String.join(",", cells) + CRLF;
  }

  /**
   * @param text any text
   * @return the text, with a leading single quote when it starts with a character that a
   *     spreadsheet reads as the start of a formula
   */
  static String neutralised(String text) {
    return startsDangerously(text) ? "'" + text : text;
  }

  /**
   * @param text any text
   * @return whether it starts with {@code =}, {@code +}, {@code -}, {@code @}, tab, CR or LF
   */
  static boolean startsDangerously(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r'
        || first == '\n';
  }

  private static String quoted(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return '"' + cell.replace("\"", "\"\"") + '"';
      }
    }
    return cell;
  }
}

package io.github.indiko.reports;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import org.quicktheories.core.Gen;

/** Texts for the CSV properties, and the formula rule they check, stated apart from the code. */
public final class CsvTexts {
  private CsvTexts() {}

  /**
   * Any text that UTF-8 can hold, with the characters that matter to CSV and to spreadsheets made
   * frequent.
   */
  public static Gen<String> texts() {
    Gen<String> special = strings().betweenCodePoints(0, 0x7f).ofLengthBetween(0, 6);
    // Unpaired surrogates aside: they have no UTF-8 form, so no text of a report holds one.
    Gen<String> any =
        strings()
            .allPossible()
            .ofLengthBetween(0, 12)
            .assuming(text -> text.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF));
    String pieces = "=+-@\t\r\n,\"'a \u202E";
    Gen<String> tricky =
        lists()
            .of(integers().between(0, pieces.length() - 1).map(i -> pieces.substring(i, i + 1)))
            .ofSizeBetween(0, 8)
            .map(parts -> String.join("", parts));
    return special.mix(any).mix(tricky);
  }

  /** Whether a spreadsheet may read the cell as a formula (OWASP's list), decided here apart. */
  public static boolean dangerous(String cell) {
    return !cell.isEmpty() && "=+-@\t\r\n".indexOf(cell.charAt(0)) >= 0;
  }
}

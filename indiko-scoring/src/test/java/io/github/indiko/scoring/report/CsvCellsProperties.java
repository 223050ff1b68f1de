package io.github.indiko.scoring.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CsvCellsProperties {
  /**
   * Any text that UTF-8 can hold, with the characters that matter to CSV and to spreadsheets made
   * frequent.
   */
  static Gen<String> texts() {
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

  @Test
  void text_parsedBack_isTextModuloNeutralisation() {
    qt().forAll(texts(), texts())
        .checkAssert(
            (first, second) -> {
              String row = CsvCells.row(List.of(CsvCells.text(first), CsvCells.text(second)));

              List<List<String>> parsed = Rfc4180.parse(row);

              assertThat(parsed).hasSize(1);
              assertThat(parsed.get(0)).containsExactly(expected(first), expected(second));
            });
  }

  @Test
  void text_parsedBack_neverStartsDangerously() {
    qt().forAll(texts())
        .checkAssert(
            text -> {
              String cell = Rfc4180.parse(CsvCells.row(List.of(CsvCells.text(text)))).get(0).get(0);

              assertThat(dangerous(cell)).as("cell %s", cell).isFalse();
            });
  }

  @Test
  void number_readsBackToSameDouble_withoutExponent() {
    qt().forAll(doubles().any())
        .assuming(Double::isFinite)
        .checkAssert(
            value -> {
              String cell = CsvCells.number(value);

              assertThat(cell).doesNotContain("E").doesNotContain("e").doesNotStartWith("'");
              assertThat(Double.parseDouble(cell)).isEqualTo(value == 0.0 ? 0.0 : value);
            });
  }

  /** Whether a spreadsheet may read the cell as a formula (OWASP's list), decided here apart. */
  static boolean dangerous(String cell) {
    return !cell.isEmpty() && "=+-@\t\r\n".indexOf(cell.charAt(0)) >= 0;
  }

  private static String expected(String text) {
    return dangerous(text) ? "'" + text : text;
  }
}

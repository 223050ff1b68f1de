package io.github.indiko.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.indiko.reports.CsvTexts;
import io.github.indiko.reports.Rfc4180;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCellsProperties {
  @Test
  void text_parsedBack_isTextModuloNeutralisation() {
    qt().forAll(CsvTexts.texts(), CsvTexts.texts())
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
    qt().forAll(CsvTexts.texts())
        .checkAssert(
            text -> {
              String cell = Rfc4180.parse(CsvCells.row(List.of(CsvCells.text(text)))).get(0).get(0);

              assertThat(CsvTexts.dangerous(cell)).as("cell %s", cell).isFalse();
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

  private static String expected(String text) {
    return CsvTexts.dangerous(text) ? "'" + text : text;
  }
}

package io.github.indiko.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {"=HYPERLINK(\"http://x\")", "+1", "-1+1", "@SUM(A1)", "\tx", "\rx", "\nx"})
  void neutralised_dangerousStart_getsQuote(String text) {
    assertThat(CsvCells.neutralised(text)).isEqualTo("'" + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a=1", "1-2", " =x", "'=x", "\u202E=x", "<script>alert(1)</script>"})
  void neutralised_harmlessStart_unchanged(String text) {
    assertThat(CsvCells.neutralised(text)).isEqualTo(text);
  }

  @Test
  void text_formulaWithQuotes_neutralisedThenQuoted() {
    assertThat(CsvCells.text("=HYPERLINK(\"http://x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
  }

  @Test
  void text_separatorsAndLineEnds_quoted() {
    assertThat(CsvCells.text("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvCells.text("a\"b")).isEqualTo("\"a\"\"b\"");
    assertThat(CsvCells.text("a\nb")).isEqualTo("\"a\nb\"");
    assertThat(CsvCells.text("a\rb")).isEqualTo("\"a\rb\"");
    assertThat(CsvCells.text("\rx")).isEqualTo("\"'\rx\"");
  }

  @Test
  void text_plain_unquoted() {
    assertThat(CsvCells.text("courtesy_staff")).isEqualTo("courtesy_staff");
    assertThat(CsvCells.text("Mairie de Lyon")).isEqualTo("Mairie de Lyon");
    assertThat(CsvCells.text("")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "80.0, 80",
    "80.25, 80.25",
    "-12.5, -12.5",
    "0.0, 0",
    "-0.0, 0",
    "1.0E-5, 0.00001",
    "1.0E21, 1000000000000000000000",
    "100.0, 100",
    "0.1, 0.1",
    "33.333333333333336, 33.333333333333336"
  })
  void number_plainDecimal(double value, String expected) {
    assertThat(CsvCells.number(value)).isEqualTo(expected);
  }

  @Test
  void number_notFinite_refused() {
    assertThatThrownBy(() -> CsvCells.number(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> CsvCells.number(Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void integer_negative_notPrefixed() {
    assertThat(CsvCells.integer(-3)).isEqualTo("-3");
    assertThat(CsvCells.integer(Long.MAX_VALUE)).isEqualTo("9223372036854775807");
  }

  @Test
  void row_joinsWithCommas_endsWithCrLf() {
    assertThat(CsvCells.row(List.of("a", "", CsvCells.text("b,c")))).isEqualTo("a,,\"b,c\"\r\n");
  }
}

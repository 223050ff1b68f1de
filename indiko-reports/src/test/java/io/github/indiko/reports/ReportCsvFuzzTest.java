package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Fuzzes the CSV renderer (docs/fuzzing.md) with the texts that reach it from data ({@link
 * FuzzedReports}): structure names, free-text answers, item and action ids, a reason.
 *
 * <p>Invariants: writing the raw report, the analysis, the organisation audit and the overview
 * throws nothing; each file is a byte order mark and then strict RFC 4180 ({@link Rfc4180}); no
 * cell starts with {@code =}, {@code +}, {@code @}, tab, CR or LF, and a cell that starts with
 * {@code -} is a plain negative number, so no spreadsheet reads a cell as a formula; every free-text
 * answer is a cell of the raw report, as given or behind a single quote when it starts like a
 * formula.
 */
class ReportCsvFuzzTest {
  @FuzzTest
  void csv(byte[] input) {
    FuzzedReports reports = FuzzedReports.of(input);
    if (reports == null) {
      return;
    }
    List<List<String>> raw = rows(out -> ReportCsv.write(reports.raw(), out));
    for (String text : reports.freeTexts()) {
      assertThat(raw)
          .as(text)
          .anySatisfy(row -> assertThat(row).contains(CsvTexts.dangerous(text) ? "'" + text : text));
    }
    rows(out -> ReportCsv.write(reports.analysis(), out));
    rows(out -> ReportCsv.write(reports.organisation(), out));
    rows(out -> ReportCsv.write(reports.overview(), out));
  }

  /** Writes a file, checks its syntax and every cell, and returns its rows. */
  private static List<List<String>> rows(Consumer<OutputStream> writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.accept(out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).startsWith(ReportCsvTest.BOM);
    List<List<String>> rows = Rfc4180.parse(text.substring(ReportCsvTest.BOM.length()));
    for (List<String> row : rows) {
      for (String cell : row) {
        inert(cell);
      }
    }
    return rows;
  }

  private static void inert(String cell) {
    if (cell.isEmpty()) {
      return;
    }
    char first = cell.charAt(0);
    if (first == '-') {
      assertThat(cell).as("a cell that starts with -").matches("-[0-9]+(\\.[0-9]+)?");
    } else {
      assertThat("=+@\t\r\n".indexOf(first)).as("a cell that starts like a formula: %s", cell).isNegative();
    }
  }
}

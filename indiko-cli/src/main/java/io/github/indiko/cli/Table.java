package io.github.indiko.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: the first column left-aligned, the others right-aligned. */
final class Table {
  private final List<List<String>> rows = new ArrayList<>();
  private final String indent;

  /**
   * @param indent what each line starts with
   * @param headers the column headers
   */
  Table(String indent, String... headers) {
    this.indent = indent;
    rows.add(List.of(headers));
  }

  /**
   * @param cells one per column, {@link String#valueOf(Object) shown as text}
   * @return this table
   */
  Table row(Object... cells) {
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(String.valueOf(cell));
    }
    rows.add(row);
    return this;
  }

  void print(PrintWriter out) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < columns; i++) {
        String cell = row.get(i);
        String pad = " ".repeat(widths[i] - cell.length());
        line.append(i == 0 ? cell + pad : "  " + pad + cell);
      }
      out.println(line.toString().stripTrailing());
    }
  }
}

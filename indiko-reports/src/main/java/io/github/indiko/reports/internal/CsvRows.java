package io.github.indiko.reports.internal;

import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.reports.ReportCsv;
import io.github.indiko.scoring.spi.Interval;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Writes the long-form rows of {@link ReportCsv}: {@code section,subject,detail,measure,value},
 * every cell made by {@link CsvCells}. A value that does not exist is an empty cell.
 */
final class CsvRows {
  static final List<String> HEADER = List.of("section", "subject", "detail", "measure", "value");

  private final Writer out;

  private CsvRows(Writer out) {
    this.out = out;
  }

  /** Writes the byte order mark, the header and the rows that {@code document} adds. */
  static void write(OutputStream out, Consumer<CsvRows> document) {
    Objects.requireNonNull(out, "out");
    try {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      writer.write(CsvCells.BOM);
      writer.write(CsvCells.row(HEADER.stream().map(CsvCells::text).toList()));
      document.accept(new CsvRows(writer));
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param section the kind of thing the rows are about
   * @param subject its id, or empty
   * @param detail the breakdown (a source, a reason, an answer value…), or empty
   * @return the rows of that subject
   */
  Subject on(String section, String subject, String detail) {
    return new Subject(section, subject, detail);
  }

  /** Rows that share their first three cells. */
  final class Subject {
    private final String prefix;

    private Subject(String section, String subject, String detail) {
      this.prefix =
          CsvCells.text(section) + "," + CsvCells.text(subject) + "," + CsvCells.text(detail) + ",";
    }

    Subject text(String measure, @Nullable String value) {
      return row(measure, value == null ? "" : CsvCells.text(value));
    }

    Subject number(String measure, @Nullable Double value) {
      return row(measure, value == null ? "" : CsvCells.number(value));
    }

    Subject integer(String measure, long value) {
      return row(measure, CsvCells.integer(value));
    }

    /** A count, or an empty cell when it is withheld or does not exist. */
    Subject count(String measure, @Nullable Long value) {
      return row(measure, value == null ? "" : CsvCells.integer(value));
    }

    Subject bool(String measure, boolean value) {
      return row(measure, Boolean.toString(value));
    }

    /** Writes {@code low} and {@code high}, empty when there is no interval. */
    Subject interval(@Nullable Interval ci) {
      number("low", ci == null ? null : ci.low());
      return number("high", ci == null ? null : ci.high());
    }

    private Subject row(String measure, String value) {
      try {
        out.write(prefix);
        out.write(CsvCells.text(measure));
        out.write(',');
        out.write(value);
        out.write(CsvCells.CRLF);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }
  }

  /** Writes {@code read}, {@code accepted}, {@code rejected}, then the rejects per reason. */
  void counts(String section, SourceCounts counts) {
    on(section, "", "")
        .integer("read", counts.read())
        .integer("accepted", counts.accepted())
        .integer("rejected", counts.rejected());
    for (Map.Entry<RejectReason, Long> reason : counts.byReason().entrySet()) {
      on(section, "", reason.getKey().code()).integer("rejected", reason.getValue());
    }
  }
}

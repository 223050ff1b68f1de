package io.github.indiko.reports.internal;

import io.github.indiko.core.internal.json.JsonDocument;
import io.github.indiko.reports.AgreementReport;
import io.github.indiko.reports.ReportJson;
import io.github.indiko.scoring.Agreement;
import java.io.OutputStream;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the auditors' agreement as {@code indiko.report.agreement/1} in JSON and in CSV, in the
 * member and row order that {@link ReportJson} and {@link io.github.indiko.reports.ReportCsv}
 * give. Stateless and thread-safe.
 */
public final class AgreementDocuments {
  private AgreementDocuments() {}

  /** Writes the document of {@code ReportJson.write(AgreementReport, …)}. */
  public static void json(AgreementReport report, OutputStream out) {
    Objects.requireNonNull(report, "report");
    JsonDocument.write(
        out,
        "a report",
        document -> {
          JsonGenerator json = document.generator();
          json.writeStartObject();
          json.writeStringProperty("format", ReportJson.AGREEMENT);
          json.writeStringProperty("edition", report.edition().value());
          json.writeStringProperty("asOf", report.asOf().date().toString());
          json.writeBooleanProperty("provisional", report.asOf().provisional());
          json.writeNumberProperty("doubles", report.doubles());
          json.writeName("criteria");
          json.writeStartArray();
          for (AgreementReport.CriterionReliability criterion : report.criteria()) {
            json.writeStartObject();
            json.writeStringProperty("id", criterion.criterion().value());
            json.writeStringProperty("channel", criterion.channel().id());
            reliability(document, criterion.reliability());
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeName("checks");
          json.writeStartObject();
          reliability(document, report.checks());
          json.writeEndObject();
          json.writeEndObject();
        });
  }

  /** Writes {@code level, units, values, alpha, reading}. */
  private static void reliability(JsonDocument document, Agreement.Reliability reliability) {
    JsonGenerator json = document.generator();
    json.writeStringProperty("level", reliability.level().code());
    json.writeNumberProperty("units", reliability.units());
    json.writeNumberProperty("values", reliability.values());
    document.number("alpha", reliability.alpha());
    json.writeStringProperty("reading", AgreementReport.Reading.of(reliability.alpha()).id());
  }

  /** Writes the CSV file of {@code ReportCsv.write(AgreementReport, …)}. */
  public static void csv(AgreementReport report, OutputStream out) {
    Objects.requireNonNull(report, "report");
    CsvRows.write(
        out,
        rows -> {
          rows.on("report", "", "")
              .text("format", ReportJson.AGREEMENT)
              .text("edition", report.edition().value())
              .text("asOf", report.asOf().date().toString())
              .bool("provisional", report.asOf().provisional())
              .integer("doubles", report.doubles());
          for (AgreementReport.CriterionReliability criterion : report.criteria()) {
            reliability(
                rows.on("criterion", criterion.criterion().value(), "")
                    .text("channel", criterion.channel().id()),
                criterion.reliability());
          }
          reliability(rows.on("checks", "", ""), report.checks());
        });
  }

  private static void reliability(CsvRows.Subject rows, Agreement.Reliability reliability) {
    rows.text("level", reliability.level().code())
        .integer("units", reliability.units())
        .integer("values", reliability.values())
        .number("alpha", reliability.alpha())
        .text("reading", AgreementReport.Reading.of(reliability.alpha()).id());
  }
}

package io.github.indiko.core.format;

import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.audit.DateSpan;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.internal.data.JsonValue;
import java.util.Objects;

/**
 * Writes an {@link AuditRecord} as a line of {@code audits.jsonl} (formats.md, audits.jsonl): one
 * compact JSON object, members in the order of formats.md ({@code id}, {@code grid}, {@code
 * version}, {@code structure}, {@code channel}, then {@code auditor} when present, {@code
 * performedAt}, {@code observations} in the record's order, then {@code comment} when present,
 * then {@code of} when the record doubles another (analysis.md §A5)). An observation is written
 * as its word ({@code met}, {@code not_met}, {@code missed}, {@code na}), as its two dates ({@code
 * {"from": "2026-04-02", "to": "2026-04-10"}}, analysis.md §A6) when it was observed so, or else
 * as a number in plain decimal notation; strings are escaped as {@link ResponseLines} escapes
 * them, so the line holds no line terminator and reads back, through {@link
 * io.github.indiko.core.validation.DataValidator}, to an equal record. Stateless and thread-safe.
 */
public final class AuditLines {
  private AuditLines() {}

  /**
   * @param record an audit record
   * @return its line, without a line terminator; append it to {@code audits.jsonl} followed by
   *     {@code \n}
   */
  public static String line(AuditRecord record) {
    Objects.requireNonNull(record, "record");
    StringBuilder out = new StringBuilder(256);
    out.append('{');
    member(out, "id").append(JsonValue.quote(record.id().value()));
    out.append(',');
    member(out, "grid").append(JsonValue.quote(record.grid().id()));
    out.append(',');
    member(out, "version").append(record.grid().version());
    out.append(',');
    member(out, "structure").append(JsonValue.quote(record.structure().value()));
    out.append(',');
    member(out, "channel").append(JsonValue.quote(record.channel().id()));
    if (record.auditor() != null) {
      out.append(',');
      member(out, "auditor").append(JsonValue.quote(record.auditor()));
    }
    out.append(',');
    member(out, "performedAt").append(JsonValue.quote(record.performedAt().toString()));
    out.append(',');
    member(out, "observations").append('{');
    String separator = "";
    for (var entry : record.observations().entrySet()) {
      out.append(separator);
      separator = ",";
      member(out, entry.getKey().value());
      value(entry.getValue(), out);
    }
    out.append('}');
    if (record.comment() != null) {
      out.append(',');
      member(out, "comment").append(JsonValue.quote(record.comment()));
    }
    if (record.of() != null) {
      out.append(',');
      member(out, "of").append(JsonValue.quote(record.of().value()));
    }
    return out.append('}').toString();
  }

  private static StringBuilder member(StringBuilder out, String name) {
    JsonValue.quote(name, out);
    return out.append(':');
  }

  private static void value(Observation observation, StringBuilder out) {
    if (observation instanceof Observation.Measured measured && measured.dates() != null) {
      DateSpan dates = measured.dates();
      out.append('{');
      member(out, "from").append('"').append(dates.from()).append("\",");
      member(out, "to").append('"').append(dates.to()).append("\"}");
    } else if (observation instanceof Observation.Measured measured) {
      out.append(Numbers.format(measured.value()));
    } else if (observation instanceof Observation.Check check) {
      out.append(check.met() ? "\"met\"" : "\"not_met\"");
    } else if (observation instanceof Observation.Missed) {
      out.append("\"missed\"");
    } else {
      out.append("\"na\"");
    }
  }
}

package io.github.indiko.scoring;

import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.internal.json.JsonDocument;
import io.github.indiko.scoring.Agreement.CriterionAgreement;
import io.github.indiko.scoring.Agreement.Level;
import io.github.indiko.scoring.Agreement.Reliability;
import tools.jackson.core.JsonGenerator;

/**
 * The agreement of auditors (analysis.md §A5) as {@code results.json} and the explanation hold it:
 * {@code agreement: {doubles, criteria: [{id, units, values, level, alpha}…], checks: {units,
 * values, level, alpha}}}, the criteria in grid order. Written by {@link ResultsWriter} and {@link
 * ExplanationJson}, read by {@link ResultsReader}. Stateless.
 */
final class AgreementJson {
  private AgreementJson() {}

  /** Writes the member {@code agreement}. */
  static void write(JsonDocument document, Agreement agreement) {
    JsonGenerator json = document.generator();
    json.writeName("agreement");
    json.writeStartObject();
    json.writeNumberProperty("doubles", agreement.doubles());
    json.writeName("criteria");
    json.writeStartArray();
    for (CriterionAgreement criterion : agreement.criteria()) {
      json.writeStartObject();
      json.writeStringProperty("id", criterion.criterion().value());
      reliability(document, criterion.reliability());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeName("checks");
    json.writeStartObject();
    reliability(document, agreement.checks());
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void reliability(JsonDocument document, Reliability reliability) {
    JsonGenerator json = document.generator();
    json.writeNumberProperty("units", reliability.units());
    json.writeNumberProperty("values", reliability.values());
    json.writeStringProperty("level", reliability.level().code());
    document.number("alpha", reliability.alpha());
  }

  /** Reads the value of the member {@code agreement}. */
  static Agreement read(JsonAt at) {
    at.object("doubles", "criteria", "checks");
    JsonAt count = at.get("doubles");
    long doubles = count.count();
    if (doubles == 0) {
      throw count.problem("must be at least 1: agreement is written when a double was accepted");
    }
    return new Agreement(
        doubles,
        at.get("criteria").list(AgreementJson::criterion),
        reliability(at.get("checks").object("units", "values", "level", "alpha")));
  }

  private static CriterionAgreement criterion(JsonAt at) {
    at.object("id", "units", "values", "level", "alpha");
    return new CriterionAgreement(
        at.get("id").map(id -> new CriterionId(id.string())), reliability(at));
  }

  private static Reliability reliability(JsonAt at) {
    JsonAt level = at.get("level");
    String code = level.string();
    Level read = null;
    for (Level one : Level.values()) {
      if (one.code().equals(code)) {
        read = one;
      }
    }
    if (read == null) {
      throw level.problem(
          "unknown level \"" + JsonAt.abbreviate(code) + "\": expected nominal or interval");
    }
    return new Reliability(
        at.get("units").count(),
        at.get("values").count(),
        read,
        at.get("alpha").nullable(JsonAt::number));
  }
}

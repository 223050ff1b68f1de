package io.github.indiko.reports.internal;

import io.github.indiko.core.internal.json.JsonDocument;
import io.github.indiko.reports.WeightingAnalysis;
import io.github.indiko.scoring.NotAwarded;
import io.github.indiko.scoring.StructureWeighting;
import io.github.indiko.scoring.Trophy;
import io.github.indiko.scoring.spi.Interval;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The members of the reports' JSON that hold values of the scored edition as {@code results.json}
 * and {@code trophies.json} do: an interval {@code ci}, a structure's {@code weighting}, {@code
 * trophies}, {@code notAwarded} and {@code consultation} (cli.md). The overview holds the last
 * three exactly as {@code trophies.json} does (ResultsJson.writeTrophies), which ReportJsonTest
 * checks.
 */
final class ResultsMembers {
  private ResultsMembers() {}

  /** Writes {@code ci: [low, high]}, or {@code ci: null}. */
  static void interval(JsonDocument document, @Nullable Interval ci) {
    JsonGenerator json = document.generator();
    json.writeName("ci");
    if (ci == null) {
      json.writeNull();
      return;
    }
    json.writeStartArray();
    document.number(ci.low());
    document.number(ci.high());
    json.writeEndArray();
  }

  /**
   * Writes {@code weighting: {method, keys, status, cycles, weightedResponses,
   * unweightedResponses, nEffective, designEffect, key, value}}: the edition's method and keys,
   * then the structure's block of {@code results.json} (analysis.md §A3, Weights), its {@code key}
   * and {@code value} null but for {@code empty_cell}, as every absent value of a report is.
   */
  static void weighting(JsonDocument document, WeightingAnalysis weighting) {
    JsonGenerator json = document.generator();
    StructureWeighting result = weighting.result();
    json.writeName("weighting");
    json.writeStartObject();
    json.writeStringProperty("method", weighting.method().code());
    json.writeName("keys");
    json.writeStartArray();
    weighting.keys().forEach(json::writeString);
    json.writeEndArray();
    json.writeStringProperty("status", result.status().json());
    document.integer("cycles", result.cycles());
    json.writeNumberProperty("weightedResponses", result.weightedResponses());
    json.writeNumberProperty("unweightedResponses", result.unweightedResponses());
    document.number("nEffective", result.nEffective());
    document.number("designEffect", result.designEffect());
    document.text("key", result.key());
    document.text("value", result.value());
    json.writeEndObject();
  }

  /**
   * Writes {@code trophies: [{trophy, category, structure, composite} or {trophy, structure,
   * participation, responses}…]}.
   */
  static void trophies(JsonDocument document, List<Trophy> trophies) {
    JsonGenerator json = document.generator();
    json.writeName("trophies");
    json.writeStartArray();
    for (Trophy trophy : trophies) {
      json.writeStartObject();
      if (trophy instanceof Trophy.CategoryTrophy category) {
        json.writeStringProperty("trophy", "category");
        json.writeStringProperty("category", category.category().toString());
        json.writeStringProperty("structure", category.structure().value());
        document.number("composite", category.composite());
      } else if (trophy instanceof Trophy.Consultation consultation) {
        json.writeStringProperty("trophy", "consultation");
        consultationMembers(document, consultation);
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** Writes {@code notAwarded: [{category, reason, eligible}…]}. */
  static void notAwarded(JsonDocument document, List<NotAwarded> notAwarded) {
    JsonGenerator json = document.generator();
    json.writeName("notAwarded");
    json.writeStartArray();
    for (NotAwarded category : notAwarded) {
      json.writeStartObject();
      json.writeStringProperty("category", category.category().toString());
      json.writeStringProperty("reason", category.reason());
      json.writeNumberProperty("eligible", category.eligible());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** Writes {@code consultation: [{structure, participation, responses}…]}. */
  static void consultation(JsonDocument document, List<Trophy.Consultation> consultation) {
    JsonGenerator json = document.generator();
    json.writeName("consultation");
    json.writeStartArray();
    for (Trophy.Consultation entry : consultation) {
      json.writeStartObject();
      consultationMembers(document, entry);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void consultationMembers(
      JsonDocument document, Trophy.Consultation consultation) {
    JsonGenerator json = document.generator();
    json.writeStringProperty("structure", consultation.structure().value());
    document.number("participation", consultation.participation());
    json.writeNumberProperty("responses", consultation.responses());
  }
}

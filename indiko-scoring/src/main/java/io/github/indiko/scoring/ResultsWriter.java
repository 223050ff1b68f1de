package io.github.indiko.scoring;

import io.github.indiko.core.internal.json.JsonDocument;
import io.github.indiko.scoring.spi.Interval;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Streams {@code results.json} and {@code trophies.json}: members in the order of cli.md (a
 * structure's {@code doubles} after its {@code audits} when it has any, the edition's {@code
 * agreement} after the structures when it has one, analysis.md §A5), two spaces, {@code \n}, a
 * final line feed. Doubles are written as {@link Double#toString(double)}
 * gives them, so that they read back to the same double.
 */
final class ResultsWriter {
  private final JsonDocument document;
  private final JsonGenerator json;

  private ResultsWriter(JsonDocument document) {
    this.document = document;
    this.json = document.generator();
  }

  static void results(Results results, OutputStream out) {
    Objects.requireNonNull(results, "results");
    write(out, writer -> writer.results(results));
  }

  static void trophies(Results results, OutputStream out) {
    Objects.requireNonNull(results, "results");
    write(out, writer -> writer.trophies(results));
  }

  private static void write(OutputStream out, Consumer<ResultsWriter> body) {
    JsonDocument.write(out, "results.json", document -> body.accept(new ResultsWriter(document)));
  }

  private void results(Results results) {
    json.writeStartObject();
    json.writeStringProperty("format", ResultsJson.FORMAT);
    json.writeStringProperty("edition", results.edition().value());
    json.writeStringProperty("asOf", results.asOf().date().toString());
    json.writeBooleanProperty("provisional", results.asOf().provisional());
    json.writeName("counts");
    json.writeStartObject();
    document.counts("responses", results.responses());
    document.counts("audits", results.audits());
    json.writeEndObject();
    json.writeName("structures");
    json.writeStartArray();
    results.structures().forEach(this::structure);
    json.writeEndArray();
    if (results.agreement() != null) {
      AgreementJson.write(document, results.agreement());
    }
    writeTrophies(results.trophies());
    writeNotAwarded(results.notAwarded());
    json.writeEndObject();
  }

  private void trophies(Results results) {
    json.writeStartObject();
    writeTrophies(results.trophies());
    writeNotAwarded(results.notAwarded());
    writeConsultation(results.consultation());
    json.writeEndObject();
  }

  private void structure(StructureResult structure) {
    json.writeStartObject();
    json.writeStringProperty("id", structure.id().value());
    json.writeStringProperty("category", structure.category().toString());
    json.writeBooleanProperty("enrolled", structure.enrolled());
    json.writeName("level");
    if (structure.level() == null) {
      json.writeNull();
    } else {
      json.writeString(structure.level().id());
    }
    json.writeNumberProperty("responses", structure.responses());
    if (!structure.versions().isEmpty()) {
      versions(structure.versions());
    }
    json.writeNumberProperty("audits", structure.audits());
    if (structure.doubles() > 0) {
      json.writeNumberProperty("doubles", structure.doubles());
    }
    source("survey", structure.survey());
    source("audit", structure.audit());
    document.number("composite", structure.composite());
    json.writeBooleanProperty("partial", structure.partial());
    json.writeBooleanProperty("eligible", structure.eligible());
    indicator("satisfaction", structure.satisfaction(), true);
    indicator("net", structure.net(), false);
    indicator("nps", structure.nps(), true);
    document.integer("rank", structure.rank());
    document.integer("of", structure.of());
    document.number("percentile", structure.percentile());
    json.writeName("items");
    json.writeStartObject();
    structure.items().forEach(this::item);
    json.writeEndObject();
    if (!structure.segments().isEmpty()) {
      segments(structure.segments());
    }
    if (structure.weighting() != null) {
      weighting(structure.weighting());
    }
    json.writeEndObject();
  }

  /**
   * Writes {@code versions: {version: responses…}} in ascending order of version (analysis.md §A4):
   * only when the edition names several versions, so that the file of an edition naming one is as
   * before.
   */
  private void versions(Map<Integer, Long> versions) {
    json.writeName("versions");
    json.writeStartObject();
    versions.forEach((version, count) -> json.writeNumberProperty(version.toString(), count));
    json.writeEndObject();
  }

  /**
   * Writes {@code weighting: {status, cycles, weightedResponses, unweightedResponses, nEffective,
   * designEffect}}, with {@code key} and {@code value} for {@code empty_cell} (analysis.md §A3,
   * Weights): only when the edition asks for weighting.
   */
  private void weighting(StructureWeighting weighting) {
    json.writeName("weighting");
    json.writeStartObject();
    json.writeStringProperty("status", weighting.status().json());
    document.integer("cycles", weighting.cycles());
    json.writeNumberProperty("weightedResponses", weighting.weightedResponses());
    json.writeNumberProperty("unweightedResponses", weighting.unweightedResponses());
    document.number("nEffective", weighting.nEffective());
    document.number("designEffect", weighting.designEffect());
    if (weighting.key() != null) {
      json.writeStringProperty("key", weighting.key());
      json.writeStringProperty("value", weighting.value());
    }
    json.writeEndObject();
  }

  /**
   * Writes {@code segments: {key: {value: {n, score, satisfaction, net, nps}…}…}} (analysis.md
   * §A2, Breakdown), in the breakdown's order: written only when the questionnaire declares
   * segments, so that the file of an edition without any is as before.
   */
  private void segments(Map<String, Map<String, SegmentCell>> segments) {
    json.writeName("segments");
    json.writeStartObject();
    segments.forEach(
        (key, cells) -> {
          json.writeName(key);
          json.writeStartObject();
          cells.forEach(
              (value, cell) -> {
                json.writeName(value);
                json.writeStartObject();
                json.writeNumberProperty("n", cell.n());
                document.number("score", cell.score());
                indicator("satisfaction", cell.satisfaction(), true);
                indicator("net", cell.net(), false);
                indicator("nps", cell.nps(), true);
                json.writeEndObject();
              });
          json.writeEndObject();
        });
    json.writeEndObject();
  }

  private void source(String name, SourceResult source) {
    json.writeName(name);
    json.writeStartObject();
    document.number("score", source.score());
    json.writeBooleanProperty("sufficient", source.sufficient());
    json.writeName("themes");
    json.writeStartObject();
    source.themes().forEach((theme, score) -> document.number(theme.id(), score));
    json.writeEndObject();
    json.writeName("channels");
    json.writeStartObject();
    source
        .channels()
        .forEach(
            (channel, score) -> {
              json.writeName(channel.id());
              json.writeStartObject();
              document.number("score", score.score());
              json.writeNumberProperty("n", score.n());
              json.writeBooleanProperty("suppressed", score.suppressed());
              json.writeEndObject();
            });
    json.writeEndObject();
    json.writeEndObject();
  }

  /** Writes an indicator; {@code net} has no {@code ci} member. */
  private void indicator(String name, Indicator indicator, boolean withInterval) {
    json.writeName(name);
    json.writeStartObject();
    document.number("value", indicator.value());
    json.writeNumberProperty("n", indicator.n());
    if (withInterval) {
      interval(document, indicator.ci());
    } else if (indicator.ci() != null) {
      throw new IllegalArgumentException(
          "the " + name + " indicator has an interval, which results.json cannot hold");
    }
    json.writeEndObject();
  }

  private void item(String id, ItemResult item) {
    json.writeName(id);
    json.writeStartObject();
    json.writeStringProperty("source", item.source().id());
    json.writeName("theme");
    if (item.theme() == null) {
      json.writeNull();
    } else {
      json.writeString(item.theme().id());
    }
    document.number("value", item.value());
    json.writeNumberProperty("n", item.n());
    interval(document, item.ci());
    document.number("mean", item.mean());
    document.number("satisfaction", item.satisfaction());
    document.number("net", item.net());
    if (item.nEffective() != null) {
      document.number("nEffective", item.nEffective());
    }
    json.writeEndObject();
  }

  /**
   * Writes {@code ci: [low, high]}, or {@code ci: null}, as {@code results.json} does: also for
   * the explanation ({@link ExplanationJson}).
   */
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
   * Writes {@code trophies: [{trophy, category, structure, composite} or {trophy, structure,
   * participation, responses}…]}.
   */
  private void writeTrophies(List<Trophy> trophies) {
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
        consultationMembers(consultation);
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** Writes {@code notAwarded: [{category, reason, eligible}…]}. */
  private void writeNotAwarded(List<NotAwarded> notAwarded) {
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
  private void writeConsultation(List<Trophy.Consultation> consultation) {
    json.writeName("consultation");
    json.writeStartArray();
    for (Trophy.Consultation entry : consultation) {
      json.writeStartObject();
      consultationMembers(entry);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void consultationMembers(Trophy.Consultation consultation) {
    json.writeStringProperty("structure", consultation.structure().value());
    document.number("participation", consultation.participation());
    json.writeNumberProperty("responses", consultation.responses());
  }
}

package io.github.indiko.scoring;

import io.github.indiko.scoring.internal.JsonDocument;
import java.io.OutputStream;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;

/**
 * Streams {@code results.json} and {@code trophies.json}: members in the order of cli.md, two
 * spaces, {@code \n}, a final line feed. Doubles are written as {@link Double#toString(double)}
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
    json.writeName("counts");
    json.writeStartObject();
    document.counts("responses", results.responses());
    document.counts("audits", results.audits());
    json.writeEndObject();
    json.writeName("structures");
    json.writeStartArray();
    results.structures().forEach(this::structure);
    json.writeEndArray();
    document.trophies(results.trophies());
    document.notAwarded(results.notAwarded());
    json.writeEndObject();
  }

  private void trophies(Results results) {
    json.writeStartObject();
    document.trophies(results.trophies());
    document.notAwarded(results.notAwarded());
    document.consultation(results.consultation());
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
    json.writeNumberProperty("audits", structure.audits());
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
      document.interval(indicator.ci());
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
    document.interval(item.ci());
    document.number("mean", item.mean());
    document.number("satisfaction", item.satisfaction());
    document.number("net", item.net());
    json.writeEndObject();
  }
}

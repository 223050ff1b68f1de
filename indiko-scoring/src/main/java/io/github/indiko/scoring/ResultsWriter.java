package io.github.indiko.scoring;

import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.scoring.spi.Interval;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams {@code results.json} and {@code trophies.json}: members in the order of cli.md, two
 * spaces, {@code \n}, a final line feed. Doubles are written as {@link Double#toString(double)}
 * gives them, so that they read back to the same double.
 */
final class ResultsWriter {
  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

  private static final ObjectWriter WRITER =
      JsonMapper.builder()
          .build()
          .writer()
          .with(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                          .withObjectEmptySeparator("")
                          .withArrayEmptySeparator(""))
                  .withObjectIndenter(INDENTER)
                  .withArrayIndenter(INDENTER))
          .without(StreamWriteFeature.AUTO_CLOSE_TARGET);

  private final JsonGenerator json;

  private ResultsWriter(JsonGenerator json) {
    this.json = json;
  }

  static void results(Results results, OutputStream out) {
    Objects.requireNonNull(results, "results");
    write(out, writer -> writer.results(results));
  }

  static void trophies(Results results, OutputStream out) {
    Objects.requireNonNull(results, "results");
    write(out, writer -> writer.trophies(results));
  }

  private static void write(OutputStream out, Consumer<ResultsWriter> document) {
    Objects.requireNonNull(out, "out");
    try {
      try (JsonGenerator json = WRITER.createGenerator(out, JsonEncoding.UTF8)) {
        document.accept(new ResultsWriter(json));
      }
      out.write('\n');
      out.flush();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void results(Results results) {
    json.writeStartObject();
    json.writeStringProperty("format", ResultsJson.FORMAT);
    json.writeStringProperty("edition", results.edition().value());
    json.writeName("counts");
    json.writeStartObject();
    counts("responses", results.responses());
    counts("audits", results.audits());
    json.writeEndObject();
    json.writeName("structures");
    json.writeStartArray();
    results.structures().forEach(this::structure);
    json.writeEndArray();
    trophyList(results.trophies());
    notAwarded(results.notAwarded());
    json.writeEndObject();
  }

  private void trophies(Results results) {
    json.writeStartObject();
    trophyList(results.trophies());
    notAwarded(results.notAwarded());
    json.writeName("consultation");
    json.writeStartArray();
    for (Trophy.Consultation entry : results.consultation()) {
      json.writeStartObject();
      json.writeStringProperty("structure", entry.structure().value());
      number("participation", entry.participation());
      json.writeNumberProperty("responses", entry.responses());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void counts(String name, SourceCounts counts) {
    json.writeName(name);
    json.writeStartObject();
    json.writeNumberProperty("read", counts.read());
    json.writeNumberProperty("accepted", counts.accepted());
    json.writeNumberProperty("rejected", counts.rejected());
    json.writeName("byReason");
    json.writeStartObject();
    for (Map.Entry<RejectReason, Long> reason : counts.byReason().entrySet()) {
      json.writeNumberProperty(reason.getKey().code(), reason.getValue());
    }
    json.writeEndObject();
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
    number("composite", structure.composite());
    json.writeBooleanProperty("partial", structure.partial());
    json.writeBooleanProperty("eligible", structure.eligible());
    indicator("satisfaction", structure.satisfaction(), true);
    indicator("net", structure.net(), false);
    indicator("nps", structure.nps(), true);
    integer("rank", structure.rank());
    integer("of", structure.of());
    number("percentile", structure.percentile());
    json.writeName("items");
    json.writeStartObject();
    structure.items().forEach(this::item);
    json.writeEndObject();
    json.writeEndObject();
  }

  private void source(String name, SourceResult source) {
    json.writeName(name);
    json.writeStartObject();
    number("score", source.score());
    json.writeBooleanProperty("sufficient", source.sufficient());
    json.writeName("themes");
    json.writeStartObject();
    source.themes().forEach((theme, score) -> number(theme.id(), score));
    json.writeEndObject();
    json.writeName("channels");
    json.writeStartObject();
    source
        .channels()
        .forEach(
            (channel, score) -> {
              json.writeName(channel.id());
              json.writeStartObject();
              number("score", score.score());
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
    number("value", indicator.value());
    json.writeNumberProperty("n", indicator.n());
    if (withInterval) {
      interval(indicator.ci());
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
    number("value", item.value());
    json.writeNumberProperty("n", item.n());
    interval(item.ci());
    number("mean", item.mean());
    number("satisfaction", item.satisfaction());
    number("net", item.net());
    json.writeEndObject();
  }

  private void interval(@Nullable Interval ci) {
    json.writeName("ci");
    if (ci == null) {
      json.writeNull();
      return;
    }
    json.writeStartArray();
    number(ci.low());
    number(ci.high());
    json.writeEndArray();
  }

  private void trophyList(List<Trophy> trophies) {
    json.writeName("trophies");
    json.writeStartArray();
    for (Trophy trophy : trophies) {
      json.writeStartObject();
      if (trophy instanceof Trophy.CategoryTrophy category) {
        json.writeStringProperty("trophy", "category");
        json.writeStringProperty("category", category.category().toString());
        json.writeStringProperty("structure", category.structure().value());
        number("composite", category.composite());
      } else if (trophy instanceof Trophy.Consultation consultation) {
        json.writeStringProperty("trophy", "consultation");
        json.writeStringProperty("structure", consultation.structure().value());
        number("participation", consultation.participation());
        json.writeNumberProperty("responses", consultation.responses());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void notAwarded(List<NotAwarded> notAwarded) {
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

  private void integer(String name, @Nullable Integer value) {
    json.writeName(name);
    if (value == null) {
      json.writeNull();
    } else {
      json.writeNumber(value.intValue());
    }
  }

  private void number(String name, @Nullable Double value) {
    json.writeName(name);
    if (value == null) {
      json.writeNull();
    } else {
      number(value.doubleValue());
    }
  }

  private void number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "results.json holds finite numbers only, not "
              + value
              + " at "
              + json.streamWriteContext().pathAsPointer());
    }
    json.writeNumber(Double.toString(value));
  }
}

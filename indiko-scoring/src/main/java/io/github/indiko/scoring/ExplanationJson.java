package io.github.indiko.scoring;

import io.github.indiko.core.internal.json.JsonDocument;
import io.github.indiko.scoring.Explanation.IntervalFormula;
import io.github.indiko.scoring.Explanation.ItemPart;
import io.github.indiko.scoring.Explanation.Minimum;
import io.github.indiko.scoring.Explanation.SourcePart;
import io.github.indiko.scoring.Explanation.Statistic;
import io.github.indiko.scoring.Explanation.Term;
import io.github.indiko.scoring.Explanation.ThemePart;
import io.github.indiko.scoring.Explanation.WeightedMean;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The explanation of a structure as JSON ({@value #FORMAT}; cli.md, Explanation of a structure),
 * what {@code indiko explain --format json} prints, and its JSON Schema. Stateless and thread-safe.
 *
 * <p>The document follows the conventions of {@code results.json} ({@link ResultsJson}): UTF-8,
 * pretty printed with two spaces and {@code \n}, a final line feed, members in a fixed order,
 * counts as integers and every other number unrounded as {@link Double#toString(double)} gives it,
 * {@code null} for a value that does not exist, an interval as {@code ci: [low, high]}. The
 * members {@code weighting} and each item's {@code weighted} are written only when the edition
 * asks for weighting (analysis.md §A3), and {@code doubles} (after {@code audits}) and {@code
 * agreement} (last) only when the edition accepted a double (analysis.md §A5), so that the
 * document of an edition without any is as before.
 */
public final class ExplanationJson {
  /** The value of the {@code format} member. */
  public static final String FORMAT = "indiko.explanation/1";

  private final JsonDocument document;
  private final JsonGenerator json;

  /** Whether the edition asks for weighting: the items then have {@code weighted}. */
  private final boolean weighting;

  private ExplanationJson(JsonDocument document, boolean weighting) {
    this.document = document;
    this.json = document.generator();
    this.weighting = weighting;
  }

  /**
   * Writes an explanation.
   *
   * @param explanation the explanation
   * @param out where to write; flushed, not closed
   * @throws IllegalArgumentException when a number is not finite (JSON has none); {@code out} may
   *     then hold part of the document
   * @throws UncheckedIOException when writing fails
   */
  public static void write(Explanation explanation, OutputStream out) {
    Objects.requireNonNull(explanation, "explanation");
    JsonDocument.write(
        out,
        "the explanation",
        document ->
            new ExplanationJson(document, explanation.weighting() != null).write(explanation));
  }

  /**
   * The JSON Schema (draft 2020-12) of the explanation, shipped in this module. Its {@code $id} is
   * {@code https://indiko.github.io/schema/v1/explanation.schema.json} (a name, never fetched); it
   * references nothing outside itself.
   *
   * @return the schema's JSON text
   */
  public static String schema() {
    String resource = "explanation.schema.json";
    try (InputStream in = ExplanationJson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing from the module: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema resource " + resource, e);
    }
  }

  private void write(Explanation explanation) {
    json.writeStartObject();
    json.writeStringProperty("format", FORMAT);
    json.writeStringProperty("edition", explanation.edition().value());
    json.writeStringProperty("structure", explanation.structure().value());
    json.writeStringProperty("category", explanation.category().toString());
    json.writeBooleanProperty("enrolled", explanation.enrolled());
    document.text("level", explanation.level() == null ? null : explanation.level().id());
    json.writeNumberProperty("responses", explanation.responses());
    json.writeNumberProperty("audits", explanation.audits());
    if (explanation.agreement() != null) {
      json.writeNumberProperty("doubles", explanation.doubles());
    }
    document.number("confidence", explanation.confidence());
    if (explanation.weighting() != null) {
      weighting(explanation.weighting());
    }
    source("survey", explanation.survey());
    source("audit", explanation.audit());
    json.writeName("composite");
    weightedMean(explanation.composite());
    json.writeBooleanProperty("partial", explanation.partial());
    statistic("satisfaction", explanation.satisfaction());
    statistic("net", explanation.net());
    statistic("nps", explanation.nps());
    Explanation.Ranking ranking = explanation.ranking();
    json.writeName("ranking");
    json.writeStartObject();
    json.writeStringProperty("policy", ranking.policy());
    json.writeBooleanProperty("eligible", ranking.eligible());
    document.integer("rank", ranking.rank());
    document.integer("of", ranking.of());
    document.number("percentile", ranking.percentile());
    json.writeEndObject();
    if (explanation.agreement() != null) {
      AgreementJson.write(document, explanation.agreement());
    }
    json.writeEndObject();
  }

  /**
   * Writes {@code weighting: {method, keys, status, cycles, weightedResponses,
   * unweightedResponses, nEffective, designEffect, key, value, cells: [{values, n, weight}…]}},
   * the numbers of results.json's {@code weighting} (analysis.md §A3, Weights).
   */
  private void weighting(Explanation.Weighting weighting) {
    StructureWeighting summary = weighting.summary();
    json.writeName("weighting");
    json.writeStartObject();
    json.writeStringProperty("method", weighting.method());
    json.writeName("keys");
    json.writeStartArray();
    weighting.keys().forEach(json::writeString);
    json.writeEndArray();
    json.writeStringProperty("status", summary.status().json());
    document.integer("cycles", summary.cycles());
    json.writeNumberProperty("weightedResponses", summary.weightedResponses());
    json.writeNumberProperty("unweightedResponses", summary.unweightedResponses());
    document.number("nEffective", summary.nEffective());
    document.number("designEffect", summary.designEffect());
    document.text("key", summary.key());
    document.text("value", summary.value());
    json.writeName("cells");
    json.writeStartArray();
    for (Explanation.Cell cell : weighting.cells()) {
      json.writeStartObject();
      json.writeName("values");
      json.writeStartObject();
      for (int k = 0; k < weighting.keys().size(); k++) {
        json.writeStringProperty(weighting.keys().get(k), cell.values().get(k));
      }
      json.writeEndObject();
      json.writeNumberProperty("n", cell.n());
      document.number("weight", cell.weight());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void source(String name, SourcePart source) {
    json.writeName(name);
    json.writeStartObject();
    document.number("weight", source.weight());
    json.writeBooleanProperty("sufficient", source.sufficient());
    json.writeName("minimums");
    json.writeStartArray();
    for (Minimum minimum : source.minimums()) {
      json.writeStartObject();
      document.text("channel", minimum.channel() == null ? null : minimum.channel().id());
      json.writeNumberProperty("count", minimum.count());
      json.writeNumberProperty("needed", minimum.needed());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeName("themes");
    json.writeStartArray();
    for (ThemePart theme : source.themes()) {
      json.writeStartObject();
      json.writeStringProperty("theme", theme.theme().id());
      document.number("weight", theme.weight());
      document.number("score", theme.score());
      items("items", theme.items());
      json.writeEndObject();
    }
    json.writeEndArray();
    items("unthemed", source.unthemed());
    json.writeName("score");
    weightedMean(source.score());
    json.writeEndObject();
  }

  private void items(String name, List<ItemPart> items) {
    json.writeName(name);
    json.writeStartArray();
    for (ItemPart item : items) {
      json.writeStartObject();
      json.writeStringProperty("id", item.id());
      document.number("weight", item.weight());
      json.writeNumberProperty("n", item.n());
      document.number("value", item.value());
      ResultsWriter.interval(document, item.ci());
      formula(item.formula());
      if (weighting) {
        weighted(item.weighted());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** Writes {@code {terms: [{id, weight, value}…], value}}. */
  private void weightedMean(WeightedMean mean) {
    json.writeStartObject();
    json.writeName("terms");
    json.writeStartArray();
    for (Term term : mean.terms()) {
      json.writeStartObject();
      json.writeStringProperty("id", term.id());
      document.number("weight", term.weight());
      document.number("value", term.value());
      json.writeEndObject();
    }
    json.writeEndArray();
    document.number("value", mean.value());
    json.writeEndObject();
  }

  private void statistic(String name, Statistic statistic) {
    json.writeName(name);
    json.writeStartObject();
    document.number("value", statistic.value());
    json.writeNumberProperty("n", statistic.n());
    ResultsWriter.interval(document, statistic.ci());
    formula(statistic.formula());
    json.writeEndObject();
  }

  /**
   * Writes {@code weighted: {weightSum, weightedScoreSum, mean, nEffective, standardError}}, or
   * {@code null} for an audit item or an item of a structure whose weights are not used.
   */
  private void weighted(Explanation.@Nullable WeightedItem weighted) {
    json.writeName("weighted");
    if (weighted == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    document.number("weightSum", weighted.weightSum());
    document.number("weightedScoreSum", weighted.weightedScoreSum());
    document.number("mean", weighted.mean());
    document.number("nEffective", weighted.nEffective());
    document.number("standardError", weighted.standardError());
    json.writeEndObject();
  }

  /** Writes {@code formula: {method, centre, quantile, standardError}}, or {@code null}. */
  private void formula(@Nullable IntervalFormula formula) {
    json.writeName("formula");
    if (formula == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringProperty("method", formula.method().id());
    document.number("centre", formula.centre());
    document.number("quantile", formula.quantile());
    document.number("standardError", formula.standardError());
    json.writeEndObject();
  }
}

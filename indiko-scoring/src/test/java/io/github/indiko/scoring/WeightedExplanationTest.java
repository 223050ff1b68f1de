package io.github.indiko.scoring;

import static io.github.indiko.scoring.WeightingTest.ENGINE;
import static io.github.indiko.scoring.WeightingTest.MARGINS;
import static io.github.indiko.scoring.WeightingTest.audits;
import static io.github.indiko.scoring.WeightingTest.definitions;
import static io.github.indiko.scoring.WeightingTest.everyStructure;
import static io.github.indiko.scoring.WeightingTest.responses;
import static io.github.indiko.scoring.WeightingTest.weighting;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.scoring.internal.Raking;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The explanation of a weighted structure (analysis.md §A3; cli.md, Explanation of a structure),
 * on the weighted edition of {@link WeightingTest}: its cells and weights, and every weighted
 * number equal to that of results.json, bit for bit.
 */
class WeightedExplanationTest {
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(SchemaCheck.JSON.readTree(ExplanationJson.schema()));

  @BeforeAll
  static void segmentTheSample() throws IOException {
    WeightingTest.segmentTheSample();
  }

  @Test
  void write_weightedStructures_theNumbersOfResultsJsonBitForBit() {
    Tally tally = tally(responses, weighting(everyStructure(MARGINS)));
    JsonNode results = resultsJson(tally);
    int structures = 0;
    int items = 0;
    for (JsonNode structure : results.get("structures")) {
      JsonNode weighting = structure.get("weighting");
      if (weighting == null || !weighting.get("status").asString().equals("weighted")) {
        continue;
      }
      structures++;
      JsonNode explained = json(ENGINE.explain(tally, structure.get("id").asString()));
      JsonNode block = explained.get("weighting");
      assertThat(block.get("method").asString()).isEqualTo("raking");
      weighting
          .propertyNames()
          .forEach(name -> assertThat(block.get(name)).as(name).isEqualTo(weighting.get(name)));
      for (JsonNode item : surveyItems(explained)) {
        JsonNode result = structure.get("items").get(item.get("id").asString());
        JsonNode sums = item.get("weighted");
        assertThat(item.get("value")).isEqualTo(result.get("value"));
        assertThat(item.get("ci")).isEqualTo(result.get("ci"));
        assertThat(item.get("n")).isEqualTo(result.get("n"));
        assertThat(sums.get("nEffective")).isEqualTo(result.get("nEffective"));
        // The survey strategy is mean: the item value is the weighted mean Σw·s / W.
        assertThat(sums.get("mean")).isEqualTo(result.get("value"));
        double w = sums.get("weightSum").asDouble();
        assertThat(Math.min(100, sums.get("weightedScoreSum").asDouble() / w))
            .isEqualTo(result.get("value").asDouble());
        if (!result.get("ci").isNull()) {
          assertInterval(item.get("formula"), result.get("ci"), 0);
          assertThat(item.get("formula").get("method").asString()).isEqualTo("student-t");
        }
        items++;
      }
      for (String indicator : List.of("satisfaction", "net", "nps")) {
        assertThat(explained.get(indicator).get("value"))
            .isEqualTo(structure.get(indicator).get("value"));
        assertThat(orNull(explained.get(indicator).get("ci")))
            .isEqualTo(orNull(structure.get(indicator).get("ci")));
      }
      if (!structure.get("nps").get("ci").isNull()) {
        assertInterval(explained.get("nps").get("formula"), structure.get("nps").get("ci"), -100);
      }
      assertThat(orNull(explained.get("survey").get("score").get("value")))
          .isEqualTo(orNull(structure.get("survey").get("score")));
      assertThat(orNull(explained.get("composite").get("value")))
          .isEqualTo(orNull(structure.get("composite")));
    }
    assertThat(structures).as("weighted structures").isGreaterThan(5);
    assertThat(items).as("weighted survey items").isGreaterThan(50);
  }

  /** The cells and weights: those of {@link Raking#rake} on the cells counted here. */
  @Test
  void explain_weighted_cellsWeightsAreThoseOfRakingTheirCounts() {
    WeightingPlan plan = weighting(everyStructure(MARGINS));
    Tally tally = tally(responses, plan);
    List<Raking.Key> keys = plan.keys(new StructureId("x"));
    int checked = 0;
    for (StructureResult structure : ENGINE.results(tally).structures()) {
      if (structure.weighting() == null
          || structure.weighting().status() != StructureWeighting.Status.WEIGHTED) {
        continue;
      }
      TreeMap<List<Integer>, Long> cells = new TreeMap<>(WeightingTest::compare);
      long unweighted = 0;
      for (Response response : responses) {
        if (response.structure().equals(structure.id())) {
          List<Integer> cell = WeightingTest.cell(response);
          if (cell == null) {
            unweighted++;
          } else {
            cells.merge(cell, 1L, Long::sum);
          }
        }
      }
      List<Raking.Cell> counted = new ArrayList<>();
      List<Explanation.Cell> expected = new ArrayList<>();
      cells.forEach((cell, count) -> counted.add(new Raking.Cell(cell, count)));
      Raking.Result raked = Raking.rake(keys, counted, unweighted);
      for (int c = 0; c < counted.size(); c++) {
        List<String> values = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
          values.add(keys.get(k).values().get(counted.get(c).positions().get(k)));
        }
        expected.add(
            new Explanation.Cell(values, counted.get(c).count(), raked.weights().get(c)));
      }

      Explanation.Weighting weighting =
          ENGINE.explain(tally, structure.id().value()).weighting();

      assertThat(weighting.keys()).isEqualTo(WeightingTest.KEYS);
      assertThat(weighting.cells()).isEqualTo(expected);
      assertThat(weighting.summary()).isEqualTo(structure.weighting());
      assertThat(weighting.cells().stream().map(Explanation.Cell::weight))
          .anyMatch(w -> w != 1.0);
      checked++;
    }
    assertThat(checked).isGreaterThan(5);
  }

  /** Valid against the schema, weighted or not: every structure, with and without people 65+. */
  @Test
  void write_weightedEdition_everyStructureValidAgainstTheSchema() {
    List<Response> no65 =
        responses.stream().filter(r -> !"65+".equals(r.segment().get("age"))).toList();
    List<String> statuses = new ArrayList<>();
    for (List<Response> data : List.of(responses, no65)) {
      Tally tally = tally(data, weighting(everyStructure(MARGINS)));
      for (StructureResult structure : ENGINE.results(tally).structures()) {
        JsonNode json = json(ENGINE.explain(tally, structure.id().value()));

        assertThat(SCHEMA.validate(json)).as(structure.id().value()).isEmpty();
        if (json.has("weighting")) {
          statuses.add(json.get("weighting").get("status").asString());
        }
      }
    }
    assertThat(statuses).contains("weighted", "empty_cell");
  }

  /**
   * With any status but weighted, the explanation is the one without weighting, but for the
   * weighting block and the items' {@code weighted}, null.
   */
  @Test
  void write_emptyCell_asWithoutWeightingBesideTheBlock() {
    List<Response> no65 =
        responses.stream().filter(r -> !"65+".equals(r.segment().get("age"))).toList();
    Tally weighted = tally(no65, weighting(everyStructure(MARGINS)));
    Tally plain = tally(no65, null);
    int compared = 0;
    for (StructureResult structure : ENGINE.results(weighted).structures()) {
      if (structure.weighting() == null
          || structure.weighting().status() != StructureWeighting.Status.EMPTY_CELL) {
        continue;
      }
      ObjectNode explained = (ObjectNode) json(ENGINE.explain(weighted, structure.id().value()));
      assertThat(explained.get("weighting").get("key").asString()).isEqualTo("age");
      assertThat(explained.get("weighting").get("cycles").isNull()).isTrue();
      explained.remove("weighting");
      for (JsonNode item : surveyItems(explained)) {
        assertThat(item.get("weighted").isNull()).isTrue();
        ((ObjectNode) item).remove("weighted");
      }
      for (JsonNode item : explained.get("audit").findValues("items")) {
        item.forEach(one -> ((ObjectNode) one).remove("weighted"));
      }
      explained.get("audit").get("unthemed").forEach(one -> ((ObjectNode) one).remove("weighted"));

      assertThat(explained).isEqualTo(json(ENGINE.explain(plain, structure.id().value())));
      compared++;
    }
    assertThat(compared).isGreaterThan(0);
  }

  /** Without weighting, neither {@code weighting} nor any item's {@code weighted}. */
  @Test
  void write_withoutWeighting_noWeightingMember() {
    Tally tally = tally(responses, null);
    for (StructureResult structure : ENGINE.results(tally).structures()) {
      Explanation explanation = ENGINE.explain(tally, structure.id().value());

      assertThat(explanation.weighting()).isNull();
      assertThat(write(explanation)).doesNotContain("\"weighting\"").doesNotContain("weighted\"");
    }
  }

  private static Tally tally(List<Response> data, WeightingPlan weighting) {
    Tally tally = ENGINE.tally(definitions, weighting);
    data.forEach(tally::add);
    audits.forEach(tally::add);
    return tally;
  }

  /** Before clipping to [min, 100], centre ± fl(quantile · standardError) is the interval. */
  private static void assertInterval(JsonNode formula, JsonNode ci, double min) {
    double centre = formula.get("centre").asDouble();
    double half = formula.get("quantile").asDouble() * formula.get("standardError").asDouble();
    assertThat(Math.max(centre - half, min)).isEqualTo(ci.get(0).asDouble());
    assertThat(Math.min(centre + half, 100)).isEqualTo(ci.get(1).asDouble());
  }

  /** The node, or null for JSON null or an absent member. */
  private static JsonNode orNull(JsonNode node) {
    return node == null || node.isNull() ? null : node;
  }

  private static List<JsonNode> surveyItems(JsonNode explained) {
    List<JsonNode> items = new ArrayList<>();
    JsonNode survey = explained.get("survey");
    survey.get("themes").forEach(theme -> theme.get("items").forEach(items::add));
    survey.get("unthemed").forEach(items::add);
    return items;
  }

  private static JsonNode resultsJson(Tally tally) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsJson.write(ENGINE.results(tally), out);
    return SchemaCheck.JSON.readTree(out.toString(StandardCharsets.UTF_8));
  }

  private static JsonNode json(Explanation explanation) {
    return SchemaCheck.JSON.readTree(write(explanation));
  }

  private static String write(Explanation explanation) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExplanationJson.write(explanation, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}

package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.indiko.core.format.EditionFolder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExplanationJsonTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(JSON.readTree(ExplanationJson.schema()));

  private static ScoringEngine engine;
  private static Tally tally;

  @BeforeAll
  static void score() {
    engine = ScoringEngine.builder().builtIns().build();
    tally = engine.tally(EditionFolder.load(Samples.edition()), Samples.edition(), reject -> {});
  }

  @Test
  void write_everySampleStructure_validAgainstTheSchema() {
    for (StructureResult structure : engine.results(tally).structures()) {
      String json = write(engine.explain(tally, structure.id().value()));

      assertThat(SCHEMA.validate(JSON.readTree(json))).as(structure.id().value()).isEmpty();
    }
  }

  @Test
  void write_cafLanvezec_numbersUnroundedAsInResultsJson() {
    Explanation caf = engine.explain(tally, "caf-lanvezec");

    String text = write(caf);
    JsonNode json = JSON.readTree(text);

    assertThat(text).endsWith("}\n").contains("\n  \"format\": \"indiko.explanation/1\",\n");
    assertThat(json.get("structure").asString()).isEqualTo("caf-lanvezec");
    assertThat(json.get("composite").get("value").asDouble()).isEqualTo(caf.composite().value());
    assertThat(text).contains("\"weight\": 0.6,").contains("\"weight\": 1.0,");
    JsonNode firstTheme = json.get("survey").get("themes").get(0);
    assertThat(firstTheme.get("score").asDouble()).isEqualTo(caf.survey().themes().get(0).score());
    JsonNode item = firstTheme.get("items").get(0);
    assertThat(item.get("formula").get("method").asString()).isEqualTo("student-t");
    assertThat(item.get("ci").size()).isEqualTo(2);
    assertThat(json.get("survey").get("minimums").get(0).get("channel").isNull()).isTrue();
    assertThat(json.get("nps").get("formula").get("standardError").asDouble())
        .isEqualTo(caf.nps().formula().standardError());
    assertThat(json.get("ranking").get("rank").asInt()).isEqualTo(1);
  }

  @Test
  void write_notEnrolledStructure_nullsWhereNothingExists() {
    String id = "commissariat-lezignac";

    JsonNode json = JSON.readTree(write(engine.explain(tally, id)));

    assertThat(SCHEMA.validate(json)).isEmpty();
    assertThat(json.get("composite").get("value").isNull()).isTrue();
    assertThat(json.get("satisfaction").get("ci").isNull()).isTrue();
    assertThat(json.get("satisfaction").get("formula").isNull()).isTrue();
    assertThat(json.get("ranking").get("percentile").isNull()).isTrue();
  }

  @Test
  void schema_idAndDialect() {
    JsonNode schema = JSON.readTree(ExplanationJson.schema());

    assertThat(schema.get("$id").asString())
        .isEqualTo("https://indiko.github.io/schema/v1/explanation.schema.json");
    assertThat(schema.get("$schema").asString()).contains("2020-12");
    assertThat(schema.get("properties").get("format").get("const").asString())
        .isEqualTo(ExplanationJson.FORMAT);
  }

  private static String write(Explanation explanation) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExplanationJson.write(explanation, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}

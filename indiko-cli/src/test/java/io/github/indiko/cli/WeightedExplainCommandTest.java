package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.scoring.Explanation;
import io.github.indiko.scoring.ExplanationJson;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.scoring.Tally;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code indiko explain} of a weighted edition (analysis.md §A3): a generated edition, whose
 * responses are skewed in age and sex, raked to the margins of analysis.md's example; and the
 * explanation of an edition without weighting, byte for byte as before weighting existed.
 */
class WeightedExplainCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String STRUCTURE = "ch-castelbrune";

  @TempDir Path tmp;

  @Test
  void explain_weightedEdition_textNamesTheCellsAndTheirWeights() throws IOException {
    Path edition = weightedEdition();
    Explanation.Weighting weighting = explanation(edition).weighting();

    CliRun run = CliRun.run("explain", edition.toString(), "--structure", STRUCTURE);

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    assertThat(run.out())
        .contains(
            "weighting: raking on age, sex, weighted, converged in "
                + weighting.summary().cycles()
                + " cycles")
        .containsPattern(
            "(?m)^  [0-9]+ weighted responses \\(n_R\\), [0-9]+ unweighted \\(weight 1\\),"
                + " nEffective [0-9.]+, design effect [0-9]\\.[0-9]{6}$")
        .containsPattern("(?m)^    cell \\(age, sex\\) +n_c +weight w_c$")
        .containsPattern("(?m)^ +item +weight +n +W = Σw +Σw·s +value +nEffective +95% interval");
    assertThat(weighting.cells()).hasSize(6);
    for (Explanation.Cell cell : weighting.cells()) {
      assertThat(run.out())
          .containsPattern(
              "(?m)^    "
                  + Pattern.quote(String.join(", ", cell.values()))
                  + " +"
                  + cell.n()
                  + " +"
                  + Pattern.quote(Numbers.factor(cell.weight()))
                  + "$");
    }
  }

  @Test
  void explain_weightedEdition_jsonOfTheLibraryValidWithTheNumbersOfScore() throws IOException {
    Path edition = weightedEdition();
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    ExplanationJson.write(explanation(edition), expected);
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(CliRun.json(ExplanationJson.schema()));

    CliRun run =
        CliRun.run("explain", edition.toString(), "--structure", STRUCTURE, "--format", "json");
    CliRun.run("score", edition.toString(), "--out", tmp.resolve("out").toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    assertThat(run.out()).isEqualTo(expected.toString(StandardCharsets.UTF_8));
    JsonNode explained = CliRun.json(run.out());
    assertThat(schema.validate(explained)).isEmpty();
    JsonNode result = null;
    for (JsonNode structure :
        CliRun.json(Files.readString(tmp.resolve("out/results.json"))).get("structures")) {
      if (structure.get("id").asString().equals(STRUCTURE)) {
        result = structure;
      }
    }
    JsonNode weighting = result.get("weighting");
    assertThat(weighting.get("status").asString()).isEqualTo("weighted");
    weighting
        .propertyNames()
        .forEach(
            name ->
                assertThat(explained.get("weighting").get(name))
                    .as(name)
                    .isEqualTo(weighting.get(name)));
    int items = 0;
    for (JsonNode theme : explained.get("survey").get("themes")) {
      for (JsonNode item : theme.get("items")) {
        JsonNode same = result.get("items").get(item.get("id").asString());
        assertThat(item.get("value")).isEqualTo(same.get("value"));
        assertThat(item.get("ci")).isEqualTo(same.get("ci"));
        assertThat(item.get("weighted").get("nEffective")).isEqualTo(same.get("nEffective"));
        items++;
      }
    }
    assertThat(items).isGreaterThan(10);
  }

  /** The text and the JSON of the sample, which asks for no weighting: as before, byte for byte. */
  @Test
  void explain_sampleWithoutWeighting_unchangedByteForByte() throws IOException {
    Path edition = CliRun.sample(tmp);

    CliRun text = CliRun.run("explain", edition.toString(), "--structure", "caf-lanvezec");
    CliRun json =
        CliRun.run(
            "explain", edition.toString(), "--structure", "caf-lanvezec", "--format", "json");

    assertThat(text.out()).isEqualTo(resource("explain-caf-lanvezec.txt"));
    assertThat(json.out()).isEqualTo(resource("explain-caf-lanvezec.json"));
  }

  /**
   * A generated edition of three structures (two enrolled) with the segments age and sex,
   * weighted by raking on both to the margins of analysis.md §A3's example.
   */
  private Path weightedEdition() throws IOException {
    Path edition = tmp.resolve("edition");
    CliRun generated =
        CliRun.run(
            "generate",
            "--out",
            edition.toString(),
            "--structures",
            "3",
            "--responses",
            "400",
            "--audits",
            "30",
            "--no-previous");
    assertThat(generated.exitCode()).isEqualTo(Indiko.OK);
    Path file = edition.resolve("edition.json");
    ObjectNode definitions = (ObjectNode) JSON.readTree(Files.readString(file));
    ObjectNode weighting = ((ObjectNode) definitions.get("scoring")).putObject("weighting");
    weighting.put("method", "raking");
    weighting.putArray("keys").add("age").add("sex");
    Files.writeString(file, JSON.writeValueAsString(definitions));
    Files.writeString(
        edition.resolve("population.json"),
        """
        {"format": "indiko.population/1",
         "margins": {"*": {"age": {"16-34": 0.28, "35-64": 0.49, "65+": 0.23},
                           "sex": {"f": 0.52, "m": 0.48}}}}
        """);
    return edition;
  }

  private static Explanation explanation(Path edition) {
    ScoringEngine engine = ScoringEngine.builder().builtIns().build();
    Tally tally = engine.tally(EditionFolder.load(edition), edition, reject -> {});
    return engine.explain(tally, STRUCTURE);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = WeightedExplainCommandTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

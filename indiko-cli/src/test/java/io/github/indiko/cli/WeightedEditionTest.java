package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A weighted edition from the command line (analysis.md §A3): {@code generate --weighting raking},
 * {@code score}, and the weights of {@code results.json} checked against a raking written in the
 * test, and the scores against the same edition unweighted.
 */
class WeightedEditionTest {
  private static final List<String> KEYS = List.of("age", "sex");

  @TempDir static Path dir;

  private static JsonNode population;
  private static Map<String, JsonNode> weighted;
  private static Map<String, JsonNode> unweighted;
  private static Map<String, List<Map<String, String>>> segments;

  @BeforeAll
  static void scoreTheEditionWeightedAndNot() throws IOException {
    weighted = structures(scored("raking"));
    unweighted = structures(scored("none"));
    population = CliRun.json(Files.readString(dir.resolve("raking/population.json")));
    segments = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve("raking/responses.jsonl"))) {
      JsonNode response = CliRun.json(line);
      Map<String, String> segment = new LinkedHashMap<>();
      if (response.has("segment")) {
        response
            .get("segment")
            .properties()
            .forEach(value -> segment.put(value.getKey(), value.getValue().asString()));
      }
      segments
          .computeIfAbsent(response.get("structure").asString(), id -> new ArrayList<>())
          .add(segment);
    }
  }

  @Test
  void score_rakedEdition_everyStructureWeightedWithFewerEffectiveResponses() {
    assertThat(weighted).hasSize(11);
    weighted.forEach(
        (id, structure) -> {
          JsonNode weighting = structure.get("weighting");
          int n = structure.get("responses").asInt();
          assertThat(weighting.get("status").asString()).as(id).isEqualTo("weighted");
          assertThat(weighting.get("cycles").asInt()).as(id).isBetween(2, 1_000);
          assertThat(weighting.get("weightedResponses").asInt()
                  + weighting.get("unweightedResponses").asInt())
              .as(id)
              .isEqualTo(n);
          assertThat(weighting.get("nEffective").asDouble()).as(id).isLessThan(n);
          assertThat(weighting.get("designEffect").asDouble()).as(id).isGreaterThan(1);
          structure
              .get("items")
              .properties()
              .forEach(
                  item -> {
                    boolean survey = item.getValue().get("source").asString().equals("survey");
                    assertThat(item.getValue().has("nEffective"))
                        .as(id + " " + item.getKey())
                        .isEqualTo(survey);
                  });
        });
    assertThat(unweighted.values()).allSatisfy(s -> assertThat(s.has("weighting")).isFalse());
  }

  @Test
  void score_rakedEdition_weightsAreThoseOfAnIndependentRaking() {
    weighted.forEach(
        (id, structure) -> {
          Map<String, Map<String, Double>> margins = margins(id);
          IndependentRaking raking = IndependentRaking.of(segments.get(id), margins);
          JsonNode weighting = structure.get("weighting");

          margins.forEach(
              (key, shares) ->
                  shares.forEach(
                      (value, share) ->
                          assertThat(raking.shares().get(key).get(value))
                              .as(id + " " + key + " " + value)
                              .isCloseTo(share, within(1e-9))));
          assertThat(weighting.get("cycles").asInt()).as(id).isEqualTo(raking.cycles());
          assertThat(weighting.get("weightedResponses").asInt())
              .as(id)
              .isEqualTo(raking.weightedResponses());
          assertThat(weighting.get("nEffective").asDouble())
              .as(id)
              .isCloseTo(raking.nEffective(), within(1e-12));
          assertThat(weighting.get("designEffect").asDouble())
              .as(id)
              .isCloseTo(raking.designEffect(), within(1e-12));
        });
  }

  @Test
  void score_rakedEdition_surveyScoreMovesTowardThePopulation() {
    List<String> younger = new ArrayList<>();
    List<String> older = new ArrayList<>();
    weighted.forEach(
        (id, structure) -> {
          Map<String, Double> ages = margins(id).get("age");
          double young = share(id, "16-34");
          double old = share(id, "65+");
          double before = unweighted.get(id).get("survey").get("score").asDouble();
          double after = structure.get("survey").get("score").asDouble();
          if (young > ages.get("16-34") && old < ages.get("65+")) {
            younger.add(id);
            assertThat(after).as(id + ", a sample younger than its margins").isGreaterThan(before);
          } else if (young < ages.get("16-34") && old > ages.get("65+")) {
            older.add(id);
            assertThat(after).as(id + ", a sample older than its margins").isLessThan(before);
          }
        });
    assertThat(younger).hasSizeGreaterThanOrEqualTo(3).contains("mairie-montbazac");
    assertThat(older).isNotEmpty().contains("mairie-lanvezec");
  }

  @Test
  void validateAndScore_sharesOfAKeyNotSummingToOne_exit3NamingStructureAndKey()
      throws IOException {
    Path broken = dir.resolve("broken");
    CliRun.run("generate", "--out", broken.toString(), "--weighting", "raking");
    Path file = broken.resolve("population.json");
    String text = Files.readString(file);
    assertThat(text).contains("\"m\": 0.49");
    Files.writeString(file, text.replace("\"m\": 0.49", "\"m\": 0.39"), StandardCharsets.UTF_8);

    CliRun validate = CliRun.run("validate", broken.toString());
    CliRun score = CliRun.run("score", broken.toString(), "--out", dir.resolve("x").toString());

    for (CliRun run : List.of(validate, score)) {
      assertThat(run.exitCode()).isEqualTo(Indiko.DEFINITIONS);
      assertThat(run.err())
          .contains("population.json")
          .contains("structure mairie-montbazac, key sex")
          .contains("not 1");
    }
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void generate_weightingWithNoSegments_exits2SayingWhy() {
    Path out = dir.resolve("refused");
    CliRun run =
        CliRun.run("generate", "--out", out.toString(), "--weighting", "raking", "--no-segments");
    CliRun unknown = CliRun.run("generate", "--out", out.toString(), "--weighting", "mean");

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err()).contains("--weighting raking", "--no-segments", "age and sex");
    assertThat(unknown.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(unknown.err()).contains("none, post-stratification or raking");
    assertThat(out).doesNotExist();
  }

  @Test
  void generate_weightingNone_sameBytesAsWithoutTheOption() throws IOException {
    Path plain = dir.resolve("plain");
    CliRun run = CliRun.run("generate", "--out", plain.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    assertThat(run.out()).doesNotContain("population.json");
    assertThat(plain.resolve("population.json")).doesNotExist();
    try (var files = Files.list(plain)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(file).hasSameBinaryContentAs(dir.resolve("none").resolve(file.getFileName()));
      }
    }
    assertThat(plain.resolve("previous/results.json"))
        .hasSameBinaryContentAs(dir.resolve("none/previous/results.json"));
  }

  /** The structure's share of responses giving that age, among those giving one. */
  private static double share(String id, String age) {
    List<String> ages = new ArrayList<>();
    for (Map<String, String> segment : segments.get(id)) {
      if (segment.containsKey("age")) {
        ages.add(segment.get("age"));
      }
    }
    return ages.stream().filter(age::equals).count() / (double) ages.size();
  }

  /** The margins of the entry the structure is weighted with: its own, else {@code "*"}. */
  private static Map<String, Map<String, Double>> margins(String id) {
    JsonNode entries = population.get("margins");
    JsonNode entry = entries.has(id) ? entries.get(id) : entries.get("*");
    Map<String, Map<String, Double>> margins = new LinkedHashMap<>();
    for (String key : KEYS) {
      Map<String, Double> shares = new LinkedHashMap<>();
      entry.get(key).properties().forEach(e -> shares.put(e.getKey(), e.getValue().asDouble()));
      margins.put(key, shares);
    }
    return margins;
  }

  /** Generates the default edition with that weighting, scores it and reads its results. */
  private static JsonNode scored(String method) throws IOException {
    Path edition = dir.resolve(method);
    Path out = dir.resolve(method + "-out");
    CliRun generate =
        CliRun.run("generate", "--out", edition.toString(), "--weighting", method);
    CliRun score =
        CliRun.run(
            "score", edition.toString(), "--out", out.toString(), "--format", "json",
            "--level", "raw");
    assertThat(generate.exitCode()).as(generate.err()).isEqualTo(Indiko.OK);
    assertThat(score.exitCode()).as(score.err()).isEqualTo(Indiko.OK);
    assertThat(score.out()).contains("(0 rejected lines)");
    return CliRun.json(Files.readString(out.resolve("results.json")));
  }

  private static Map<String, JsonNode> structures(JsonNode results) {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (JsonNode structure : results.get("structures")) {
      byId.put(structure.get("id").asString(), structure);
    }
    return byId;
  }
}

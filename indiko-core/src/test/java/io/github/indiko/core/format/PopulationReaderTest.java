package io.github.indiko.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.edition.Population;
import io.github.indiko.core.structure.StructureId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code population.json} (analysis.md, Declaration) read by {@link FormatV1#readPopulation}. */
class PopulationReaderTest {
  private static Population population(String json) {
    return FormatV1.readPopulation(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "population.json");
  }

  private static List<DefinitionProblem> problems(String json) {
    return catchThrowableOfType(DefinitionException.class, () -> population(json)).problems();
  }

  private static DefinitionProblem at(String pointer, String message) {
    return new DefinitionProblem("population.json", pointer, message);
  }

  @Test
  void readPopulation_analysisMdExample_keepsDocumentOrder() {
    Population population =
        FormatV1.readPopulation(
            PopulationReaderTest.class.getResourceAsStream("examples/population.json"),
            "population.json");

    assertThat(population.margins().keySet()).containsExactly("*", "mairie-lyon");
    assertThat(population.margins().get("*").keySet()).containsExactly("age", "sex");
    assertThat(population.margins().get("*").get("age"))
        .containsExactly(Map.entry("16-34", 0.28), Map.entry("35-64", 0.49), Map.entry("65+", 0.23));
    assertThat(population.margins().get("mairie-lyon").get("sex"))
        .containsExactly(Map.entry("f", 0.53), Map.entry("m", 0.47));
  }

  @Test
  void marginsOf_ownEntryElseEveryStructureElseNull() {
    Population population =
        population(
            """
            {"format": "indiko.population/1", "margins": {
              "*": {"sex": {"f": 0.5, "m": 0.5}},
              "mairie-lyon": {"sex": {"f": 0.53, "m": 0.47}}}}""");

    assertThat(population.marginsOf(new StructureId("mairie-lyon")).get("sex").get("f"))
        .isEqualTo(0.53);
    assertThat(population.marginsOf(new StructureId("caf-lyon")).get("sex").get("f"))
        .isEqualTo(0.5);
    assertThat(
            population("""
                {"format": "indiko.population/1", "margins": {"caf-lyon": {"sex": {"f": 1}}}}""")
                .marginsOf(new StructureId("mairie-lyon")))
        .isNull();
  }

  @Test
  void readPopulation_everyProblemWithItsPointer() {
    assertThat(
            problems(
                """
                {"format": "indiko.population/1", "margins": {
                  "*": {"age": {"16-34": -0.1, "35-64": "half", "65+": null}},
                  "Mairie Lyon": {"sex": {"f": 1}},
                  "caf-lyon": {"Sex": {"f": 1}, "age": {}, "x": 3}},
                 "weights": 1}"""))
        .containsExactly(
            at("/margins/*/age/16-34", "a share must be ≥ 0: -0.1"),
            at("/margins/*/age/35-64", "must be a number"),
            at("/margins/*/age/65+", "must not be null"),
            at(
                "/margins/Mairie Lyon",
                "key must be an identifier ([a-z0-9][a-z0-9._-]{0,63}): \"Mairie Lyon\""),
            at(
                "/margins/caf-lyon/Sex",
                "key must be an identifier ([a-z0-9][a-z0-9._-]{0,63}): \"Sex\""),
            at("/margins/caf-lyon/age", "must not be empty"),
            at("/margins/caf-lyon/x", "must be an object"),
            at("/weights", "unknown member \"weights\""));
  }

  @Test
  void readPopulation_missingOrEmptyMargins_refused() {
    assertThat(problems("{\"format\": \"indiko.population/1\"}"))
        .containsExactly(at("", "missing member \"margins\""));
    assertThat(problems("{\"format\": \"indiko.population/1\", \"margins\": {}}"))
        .containsExactly(at("/margins", "must not be empty"));
  }

  @Test
  void readPopulation_otherFormat_refused() {
    assertThatThrownBy(() -> population("{\"format\": \"indiko.grid/1\", \"margins\": {}}"))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("indiko.population/1");
  }

  @Test
  void population_inJava_heldToTheSameRules() {
    assertThatThrownBy(() -> new Population(Map.of("*", Map.of("sex", Map.of("f", -1.0)))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Population(Map.of("A", Map.of("sex", Map.of("f", 1.0)))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Population(Map.of("*", Map.of("sex", Map.of("f", Double.NaN)))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void schema_refusesWhatTheReaderRefuses() {
    assertThat(
            SchemaCheck.errors(
                "population",
                "{\"format\": \"indiko.population/1\", \"margins\": {\"*\": {\"age\": {\"a\": -1}}}}"))
        .isNotEmpty();
    assertThat(
            SchemaCheck.errors(
                "population",
                "{\"format\": \"indiko.population/1\", \"margins\": {\"A\": {\"age\": {\"a\": 1}}}}"))
        .isNotEmpty();
    assertThat(SchemaCheck.errors("population", "{\"format\": \"indiko.population/1\"}"))
        .isNotEmpty();
  }
}

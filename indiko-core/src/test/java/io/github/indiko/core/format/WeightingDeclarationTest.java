package io.github.indiko.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Weighting;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scoring.weighting} and {@code population.json} read together with the other documents
 * (analysis.md §A3, Declaration): the sample edition, its questionnaire declaring age and sex.
 */
class WeightingDeclarationTest {
  private static final String SEGMENTS =
      "\"segments\": ["
          + "{\"key\": \"age\", \"label\": {\"fr\": \"Âge\"}, \"values\": ["
          + "{\"value\": \"16-34\", \"label\": {\"fr\": \"16-34\"}},"
          + "{\"value\": \"35-64\", \"label\": {\"fr\": \"35-64\"}},"
          + "{\"value\": \"65+\", \"label\": {\"fr\": \"65+\"}}]},"
          + "{\"key\": \"sex\", \"label\": {\"fr\": \"Sexe\"}, \"values\": ["
          + "{\"value\": \"f\", \"label\": {\"fr\": \"Femme\"}},"
          + "{\"value\": \"m\", \"label\": {\"fr\": \"Homme\"}}]}],\n  \"sections\": [";
  private static final String MARGINS =
      "{\"age\": {\"16-34\": 0.28, \"35-64\": 0.49, \"65+\": 0.23},"
          + " \"sex\": {\"f\": 0.52, \"m\": 0.48}}";

  @TempDir Path folder;

  @BeforeEach
  void copySample() throws IOException, URISyntaxException {
    Path sample =
        Path.of(
                getClass()
                    .getResource("/io/github/indiko/samples/edition-2017/edition.json")
                    .toURI())
            .getParent();
    try (Stream<Path> files = Files.list(sample)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, folder.resolve(file.getFileName()));
      }
    }
    edit("questionnaire.json", "\"sections\": [", SEGMENTS);
  }

  private void edit(String file, String text, String replacement) throws IOException {
    Path path = folder.resolve(file);
    String content = Files.readString(path, StandardCharsets.UTF_8);
    assertThat(content).contains(text);
    Files.writeString(path, content.replace(text, replacement), StandardCharsets.UTF_8);
  }

  private void weighting(String json) throws IOException {
    edit("edition.json", "\"scoring\": {", "\"scoring\": {\"weighting\": " + json + ",");
  }

  private void population(String margins) throws IOException {
    Files.writeString(
        folder.resolve("population.json"),
        "{\"format\": \"indiko.population/1\", \"margins\": " + margins + "}",
        StandardCharsets.UTF_8);
  }

  private List<DefinitionProblem> problems() {
    try {
      EditionFolder.load(folder);
    } catch (DefinitionException e) {
      return e.problems();
    }
    throw new AssertionError("the definitions were accepted");
  }

  @Test
  void load_raking_readsTheWeightingAndThePopulation() throws IOException {
    weighting("{\"method\": \"raking\", \"keys\": [\"age\", \"sex\"]}");
    population("{\"*\": " + MARGINS + "}");

    EditionDefinitions definitions = EditionFolder.load(folder);

    assertThat(definitions.edition().scoring().weighting())
        .isEqualTo(new Weighting(Weighting.Method.RAKING, List.of("age", "sex")));
    assertThat(definitions.population()).isNotNull();
    assertThat(definitions.population().margins().get("*").get("sex")).containsEntry("f", 0.52);
  }

  @Test
  void load_noWeighting_asBeforeAndThePopulationIsOptional() {
    EditionDefinitions definitions = EditionFolder.load(folder);

    assertThat(definitions.edition().scoring().weighting()).isEqualTo(Weighting.none());
    assertThat(definitions.population()).isNull();
  }

  @Test
  void write_weighting_roundTrips() throws IOException {
    weighting("{\"method\": \"post-stratification\", \"keys\": [\"age\"]}");
    population("{\"*\": " + MARGINS + "}");
    EditionDefinitions definitions = EditionFolder.load(folder);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FormatV1.writeEdition(definitions.edition(), out);
    String written = out.toString(StandardCharsets.UTF_8);

    assertThat(written).contains("\"weighting\"").contains("\"post-stratification\"");
    assertThat(FormatV1.readEdition(new ByteArrayInputStream(out.toByteArray()), "e"))
        .isEqualTo(definitions.edition());
  }

  @Test
  void load_withoutPopulation_namesTheFile() throws IOException {
    weighting("{\"method\": \"raking\", \"keys\": [\"age\"]}");

    assertThat(problems())
        .extracting(DefinitionProblem::file, DefinitionProblem::pointer)
        .containsExactly(tuple("edition.json", "/scoring/weighting"));
    assertThat(problems().get(0).message()).contains("population.json");
  }

  @Test
  void load_undeclaredKey_namesItAndTheDeclaredOnes() throws IOException {
    weighting("{\"method\": \"raking\", \"keys\": [\"age\", \"region\"]}");
    population("{\"*\": " + MARGINS + "}");

    assertThat(problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.pointer()).isEqualTo("/scoring/weighting/keys/1");
              assertThat(problem.message()).contains("region").contains("(declared: age, sex)");
            });
  }

  @Test
  void load_postStratificationOnTwoKeys_refusedInEditionJson() throws IOException {
    weighting("{\"method\": \"post-stratification\", \"keys\": [\"age\", \"sex\"]}");
    population("{\"*\": " + MARGINS + "}");

    assertThat(problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.file()).isEqualTo("edition.json");
              assertThat(problem.pointer()).isEqualTo("/scoring/weighting");
              assertThat(problem.message()).contains("exactly one key");
            });
  }

  @Test
  void load_unknownMethod_refused() throws IOException {
    weighting("{\"method\": \"calibration\", \"keys\": [\"age\"]}");

    assertThat(problems())
        .extracting(DefinitionProblem::pointer)
        .containsExactly("/scoring/weighting/method");
  }

  @Test
  void load_sharesNotSummingToOne_namesStructureAndKey() throws IOException {
    weighting("{\"method\": \"raking\", \"keys\": [\"age\", \"sex\"]}");
    population(
        "{\"*\": "
            + MARGINS
            + ", \"mairie-trevennec\": {\"age\": {\"16-34\": 0.3, \"35-64\": 0.5, \"65+\": 0.3},"
            + " \"sex\": {\"f\": 0.5, \"m\": 0.5}}}");

    assertThat(problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.file()).isEqualTo("population.json");
              assertThat(problem.pointer()).isEqualTo("/margins/mairie-trevennec/age");
              assertThat(problem.message())
                  .contains("structure mairie-trevennec")
                  .contains("key age")
                  .contains("sum to 1.1");
            });
  }

  @Test
  void load_sumWithinTolerance_accepted() throws IOException {
    weighting("{\"method\": \"raking\", \"keys\": [\"sex\"]}");
    population("{\"*\": {\"sex\": {\"f\": 0.5000000005, \"m\": 0.5}}}");

    assertThat(EditionFolder.load(folder).population()).isNotNull();
  }

  @Test
  void load_missingAndUndeclaredValues_eachReported() throws IOException {
    weighting("{\"method\": \"raking\", \"keys\": [\"age\", \"sex\"]}");
    population(
        "{\"*\": {\"age\": {\"16-34\": 0.5, \"35-64\": 0.25, \"66+\": 0.25},"
            + " \"sex\": {\"f\": 1}}}");

    assertThat(problems())
        .extracting(DefinitionProblem::pointer, DefinitionProblem::message)
        .containsExactly(
            tuple(
                "/margins/*/age",
                "structure mairie-grandpre-sur-vire, key age: no share for the declared value 65+"),
            tuple(
                "/margins/*/age/66+",
                "structure mairie-grandpre-sur-vire, key age: 66+ is not a declared value"
                    + " of the key"),
            tuple(
                "/margins/*/sex",
                "structure mairie-grandpre-sur-vire, key sex: no share for the declared value m"));
  }

  @Test
  void load_structureWithoutMargins_andEntryOfNoStructure_reported() throws IOException {
    weighting("{\"method\": \"raking\", \"keys\": [\"sex\"]}");
    population("{\"mairie-atlantis\": {\"sex\": {\"f\": 0.5, \"m\": 0.5}}}");

    List<DefinitionProblem> problems = problems();

    assertThat(problems.get(0).pointer()).isEqualTo("/margins/mairie-atlantis");
    assertThat(problems.get(0).message()).contains("names no structure");
    assertThat(problems.subList(1, problems.size()))
        .isNotEmpty()
        .allSatisfy(
            problem ->
                assertThat(problem.message()).contains("has no margins: no entry of its own"));
  }

  @Test
  void load_keyMissingFromTheEntry_reported() throws IOException {
    weighting("{\"method\": \"raking\", \"keys\": [\"age\", \"sex\"]}");
    population("{\"*\": {\"age\": {\"16-34\": 0.28, \"35-64\": 0.49, \"65+\": 0.23}}}");

    assertThat(problems())
        .singleElement()
        .satisfies(
            problem ->
                assertThat(problem.message())
                    .endsWith("key sex: no margins for this weighting key"));
  }

  @Test
  void weighting_keysAgainstMethod_checkedOnConstruction() {
    assertThatThrownBy(() -> new Weighting(Weighting.Method.NONE, List.of("age")))
        .hasMessageContaining("takes no keys");
    assertThatThrownBy(() -> new Weighting(Weighting.Method.RAKING, List.of()))
        .hasMessageContaining("at least one key");
    assertThatThrownBy(() -> new Weighting(Weighting.Method.RAKING, List.of("age", "age")))
        .hasMessageContaining("repeated");
    assertThat(Weighting.Method.fromCode("post-stratification"))
        .isEqualTo(Weighting.Method.POST_STRATIFICATION);
  }
}

package io.github.indiko.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Population;
import io.github.indiko.core.edition.Weighting;
import io.github.indiko.core.edition.Weighting.Method;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.structure.StructureType;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ResultsJson;
import io.github.indiko.scoring.StructureResult;
import io.github.indiko.scoring.StructureWeighting;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weighting of the synthetic edition: scoring.weighting and population.json (§A3). */
class SyntheticWeightingTest {
  private static final SyntheticEdition SMALL =
      SyntheticEdition.defaults().withResponses(300).withAudits(20);

  @TempDir Path dir;

  @Test
  void definitions_eachMethod_asksForItsKeys() {
    assertThat(SMALL.definitions().edition().scoring().weighting()).isEqualTo(Weighting.none());
    assertThat(SMALL.definitions().population()).isNull();
    assertThat(SMALL.withWeighting(Method.POST_STRATIFICATION).definitions().edition().scoring())
        .extracting(scoring -> scoring.weighting().keys())
        .isEqualTo(List.of("age"));
    assertThat(SMALL.withWeighting(Method.RAKING).definitions().edition().scoring())
        .extracting(scoring -> scoring.weighting().keys())
        .isEqualTo(List.of("age", "sex"));
  }

  @Test
  void definitions_raking_marginsOfTheDrawsForEveryStructureAndTwoCommunesOwn() {
    EditionDefinitions definitions = SMALL.withWeighting(Method.RAKING).definitions();
    Population population = Objects.requireNonNull(definitions.population());

    assertThat(population.margins().get(Population.EVERY_STRUCTURE))
        .isEqualTo(
            Map.of(
                "age", Map.of("16-34", 0.28, "35-64", 0.49, "65+", 0.23),
                "sex", Map.of("f", 0.52, "m", 0.48)));
    List<String> own =
        population.margins().keySet().stream()
            .filter(entry -> !entry.equals(Population.EVERY_STRUCTURE))
            .toList();
    assertThat(own).containsExactly("mairie-lanvezec", "mairie-montbazac");
    assertThat(definitions.structures())
        .filteredOn(structure -> own.contains(structure.id().value()))
        .allSatisfy(structure -> assertThat(structure.type()).isEqualTo(StructureType.COMMUNE));
    assertThat(definitions.enrolments())
        .filteredOn(enrolment -> own.contains(enrolment.structure().value()))
        .hasSize(2);
  }

  @Test
  void write_raking_loadsBackEqualWithItsPopulation() {
    SyntheticEdition options = SMALL.withWeighting(Method.RAKING);
    options.write(dir);

    EditionDefinitions loaded = EditionFolder.load(dir);

    assertThat(loaded).isEqualTo(options.definitions());
    assertThat(loaded.population()).isNotNull();
  }

  @Test
  void write_anyMethod_sameDataLines_populationOnlyWhenWeighted() {
    for (Method method : Method.values()) {
      SMALL.withWeighting(method).write(dir.resolve(method.code()));
    }

    for (String data : List.of("responses.jsonl", "audits.jsonl", "structures.json")) {
      assertThat(dir.resolve("raking").resolve(data))
          .hasSameBinaryContentAs(dir.resolve("none").resolve(data))
          .hasSameBinaryContentAs(dir.resolve("post-stratification").resolve(data));
    }
    assertThat(dir.resolve("none").resolve(EditionFolder.POPULATION)).doesNotExist();
    assertThat(dir.resolve("raking").resolve(EditionFolder.POPULATION))
        .hasSameBinaryContentAs(
            dir.resolve("post-stratification").resolve(EditionFolder.POPULATION));
    assertThat(dir.resolve("none").resolve(EditionFolder.EDITION))
        .content()
        .doesNotContain("weighting");
    assertThat(dir.resolve("raking").resolve(EditionFolder.EDITION)).content().contains("raking");
  }

  @Test
  void write_raking_previousEditionWeightedToo() {
    SMALL.withWeighting(Method.RAKING).write(dir);

    Results previous = ResultsJson.read(dir.resolve(SyntheticEdition.PREVIOUS));

    // 150 responses over 11 structures: some structure has no 65+ respondent (empty_cell).
    List<StructureWeighting> weightings =
        previous.structures().stream()
            .filter(StructureResult::enrolled)
            .map(StructureResult::weighting)
            .toList();
    assertThat(weightings).hasSize(11).doesNotContainNull();
    assertThat(weightings)
        .extracting(StructureWeighting::status)
        .contains(StructureWeighting.Status.WEIGHTED);
  }

  @Test
  void constructor_weightingWithoutSegments_throwsNamingTheSegments() {
    assertThatThrownBy(() -> SMALL.withSegments(false).withWeighting(Method.RAKING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("raking")
        .hasMessageContaining("age and sex");
    assertThat(SMALL.withSegments(false).withWeighting(Method.NONE).segments()).isFalse();
  }
}

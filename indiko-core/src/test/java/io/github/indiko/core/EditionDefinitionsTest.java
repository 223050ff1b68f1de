package io.github.indiko.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.format.FormatV1;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.structure.StructureType;
import java.io.InputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EditionDefinitionsTest {
  private static InputStream example(String kind) {
    return EditionDefinitionsTest.class.getResourceAsStream(
        "/io/github/indiko/core/format/examples/" + kind + ".json");
  }

  private static final Edition EDITION = FormatV1.readEdition(example("edition"), "edition.json");
  private static final Questionnaire QUESTIONNAIRE =
      FormatV1.readQuestionnaire(example("questionnaire"), "questionnaire.json");
  private static final Grid GRID = FormatV1.readGrid(example("grid"), "grid.json");

  private static List<Structure> structures(int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                new Structure(
                    new StructureId("s" + i), "S", StructureType.COMMUNE, null, null, null))
        .toList();
  }

  @Test
  void new_100000StructuresAccepted_100001Refused() {
    assertThat(
            new EditionDefinitions(EDITION, structures(100_000), List.of(), QUESTIONNAIRE, GRID)
                .structures())
        .hasSize(EditionDefinitions.MAX_STRUCTURES);
    assertThatThrownBy(
            () ->
                new EditionDefinitions(
                    EDITION, structures(100_001), List.of(), QUESTIONNAIRE, GRID))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an edition has at most 100000 structures: 100001");
  }
}

package io.github.indiko.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.condition.GridConditions;
import io.github.indiko.core.condition.QuestionnaireConditions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.format.FormatV1;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.testkit.property.Property;
import io.github.indiko.testkit.property.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The definition generators: reproducible, and valid for the code that reads definitions. */
class DomainGenProperties {
  private static final Settings SETTINGS = Settings.defaults();

  @Test
  void samples_sameSeedSameValues() {
    assertThat(DomainGen.definitions().samples(7).limit(20).collect(Collectors.toList()))
        .isEqualTo(DomainGen.definitions().samples(7).limit(20).collect(Collectors.toList()))
        .isNotEqualTo(DomainGen.definitions().samples(8).limit(20).collect(Collectors.toList()));
  }

  @Test
  void questionnaires_compile() {
    Property.check(
        "generated questionnaires compile",
        DomainGen.questionnaires(),
        questionnaire ->
            assertThatCode(() -> QuestionnaireConditions.compile(questionnaire))
                .doesNotThrowAnyException(),
        SETTINGS.withExamples(500));
  }

  @Test
  void questionnaires_manyWithConditions() {
    long withConditions =
        DomainGen.questionnaires()
            .samples(1)
            .limit(200)
            .filter(q -> q.questions().stream().anyMatch(question -> question.when() != null))
            .count();
    assertThat(withConditions).isGreaterThan(50);
  }

  @Test
  void questionTypes_everyKind() {
    assertThat(
            DomainGen.questionTypes("fr")
                .samples(1)
                .limit(400)
                .map(QuestionType::id)
                .collect(Collectors.toSet()))
        .hasSize(8);
  }

  @Test
  void grids_compile() {
    Property.check(
        "generated grids compile",
        DomainGen.grids(),
        grid -> assertThatCode(() -> GridConditions.compile(grid)).doesNotThrowAnyException(),
        SETTINGS.withExamples(500));
  }

  @Test
  void definitions_loadAsAnEditionFolder(@TempDir Path dir) {
    Property.check(
        "generated definitions load as an edition folder",
        DomainGen.definitions(),
        definitions -> assertThat(EditionFolder.load(write(definitions, dir))).isEqualTo(definitions),
        SETTINGS.withExamples(60));
  }

  @Test
  void definitions_someNameTwoOrThreeVersionsThatDiffer() {
    List<EditionDefinitions> drawn = DomainGen.definitions().samples(3).limit(90).toList();

    assertThat(drawn)
        .anyMatch(d -> !d.edition().versioned())
        .anyMatch(d -> d.questionnaires().size() == 2)
        .anyMatch(d -> d.questionnaires().size() == 3)
        .as("a question of an older version dropped")
        .anyMatch(d -> d.questionPool().questions().size() > d.questionnaire().questions().size());
    for (EditionDefinitions definitions : drawn) {
      Questionnaire oldest =
          definitions.questionnaires().stream()
              .min(Comparator.comparingInt(Questionnaire::version))
              .orElseThrow();
      assertThat(definitions.questionPool().questions())
          .as("a question added to each newer version")
          .hasSize(oldest.questions().size() + definitions.questionnaires().size() - 1);
    }
  }

  private static Path write(EditionDefinitions definitions, Path dir) {
    write(dir.resolve(EditionFolder.EDITION), definitions.edition(), FormatV1::writeEdition);
    write(
        dir.resolve(EditionFolder.STRUCTURES), definitions.structures(), FormatV1::writeStructures);
    write(
        dir.resolve(EditionFolder.ENROLMENTS), definitions.enrolments(), FormatV1::writeEnrolments);
    EditionFolder.writeQuestionnaires(definitions, dir);
    write(dir.resolve(EditionFolder.GRID), definitions.grid(), FormatV1::writeGrid);
    return dir;
  }

  private static <T> void write(Path file, T value, BiConsumer<T, OutputStream> writer) {
    try (OutputStream out = Files.newOutputStream(file)) {
      writer.accept(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void hostileTexts_withinTheLimit() {
    for (int limit : List.of(1, 5, 2000)) {
      Property.check(
          "hostile texts within " + limit,
          HostileText.texts(limit),
          text ->
              assertThat(text.codePointCount(0, text.length())).isBetween(1, limit),
          SETTINGS);
    }
  }

  @Test
  void hostileTexts_startWithFormulaPrefixes() {
    assertThat(
            HostileText.texts()
                .samples(3)
                .limit(300)
                .map(text -> text.substring(0, 1))
                .collect(Collectors.toSet()))
        .containsAll(HostileText.FORMULA_PREFIXES)
        .contains("<", "\t", "\r");
  }
}

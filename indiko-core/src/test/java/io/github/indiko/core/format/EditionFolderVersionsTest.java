package io.github.indiko.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.InputException;
import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Scale;
import io.github.indiko.core.questionnaire.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edition folder whose edition names two versions of its questionnaire (analysis.md §A4): the
 * sample's version 3 and a version 4 that drops {@code visits_year}, adds {@code waiting_area} and
 * rewords {@code courtesy_staff}, in {@code questionnaires/accueil-3.json} and {@code
 * accueil-4.json}.
 */
class EditionFolderVersionsTest {
  @TempDir Path folder;

  private EditionDefinitions sample;
  private EditionDefinitions versioned;

  private static Path sampleFolder() throws URISyntaxException {
    return Path.of(
            EditionFolderVersionsTest.class
                .getResource("/io/github/indiko/samples/edition-2017/edition.json")
                .toURI())
        .getParent();
  }

  @BeforeEach
  void writeVersionedFolder() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(sampleFolder())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, folder.resolve(file.getFileName()));
      }
    }
    sample = EditionFolder.load(folder);
    Questionnaire three = sample.questionnaire();
    Edition edition =
        sample.edition().withQuestionnaires(List.of(three.ref(), new DefinitionRef(three.id(), 4)));
    versioned =
        EditionDefinitions.ofVersions(
            edition,
            sample.structures(),
            sample.enrolments(),
            List.of(three, four(three)),
            sample.grid(),
            null);
    try (OutputStream out = Files.newOutputStream(folder.resolve(EditionFolder.EDITION))) {
      FormatV1.writeEdition(edition, out);
    }
    Files.delete(folder.resolve(EditionFolder.QUESTIONNAIRE));
    EditionFolder.writeQuestionnaires(versioned, folder);
  }

  /** Version 4: {@code visits_year} dropped, {@code waiting_area} added, a label reworded. */
  private static Questionnaire four(Questionnaire three) {
    List<Section> sections = new ArrayList<>();
    for (Section section : three.sections()) {
      List<Question> questions = new ArrayList<>();
      for (Question question : section.questions()) {
        String id = question.id().value();
        if (id.equals("courtesy_staff")) {
          questions.add(
              new Question(
                  question.id(),
                  question.type(),
                  new LocalizedText(Map.of("fr", "L'accueil était-il aimable ?")),
                  null,
                  question.theme(),
                  question.weight(),
                  question.required(),
                  question.when()));
        } else if (!id.equals("visits_year")) {
          questions.add(question);
        }
      }
      if (section.id().equals("contact")) {
        questions.add(
            new Question(
                new QuestionId("waiting_area"),
                new QuestionType.Rating(new Scale(1, 5), Map.of(), 2),
                new LocalizedText(Map.of("fr", "La salle d'attente ?")),
                null,
                Theme.ACCESSIBILITY,
                1,
                false,
                null));
      }
      sections.add(new Section(section.id(), section.title(), questions));
    }
    return new Questionnaire(
        three.id(), 4, three.defaultLocale(), three.title(), sections, three.segments());
  }

  @Test
  void load_versionedFolder_readsEveryVersionInTheEditionsOrder() {
    EditionDefinitions loaded = EditionFolder.load(folder);

    assertThat(loaded).isEqualTo(versioned);
    assertThat(loaded.questionnaires()).extracting(Questionnaire::version).containsExactly(3, 4);
    assertThat(loaded.questionnaire().version()).isEqualTo(4);
    assertThat(loaded.questionPool().questions()).hasSize(26);
    assertThat(folder.resolve("questionnaires/accueil-3.json")).isRegularFile();
    assertThat(folder.resolve("questionnaires/accueil-4.json")).isRegularFile();
  }

  @Test
  void questionnaireFiles_layoutOfOneAndOfSeveralVersions() {
    assertThat(EditionFolder.questionnaireFiles(sample.edition()))
        .containsExactly("questionnaire.json");
    assertThat(EditionFolder.questionnaireFiles(versioned.edition()))
        .containsExactly("questionnaires/accueil-3.json", "questionnaires/accueil-4.json");
    assertThat(EditionFolder.definitionFiles(versioned))
        .containsExactly(
            "edition.json",
            "structures.json",
            "enrolments.json",
            "questionnaires/accueil-3.json",
            "questionnaires/accueil-4.json",
            "grid.json");
  }

  @Test
  void writeQuestionnaires_oneVersion_writesQuestionnaireJsonAsFormatV1Does(@TempDir Path other)
      throws IOException {
    EditionFolder.writeQuestionnaires(sample, other);

    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    FormatV1.writeQuestionnaire(sample.questionnaire(), expected);
    assertThat(other.resolve("questionnaire.json")).hasBinaryContent(expected.toByteArray());
    try (Stream<Path> written = Files.list(other)) {
      assertThat(written).containsExactly(other.resolve("questionnaire.json"));
    }
  }

  @Test
  void load_aVersionsFileMissing_namesIt() throws IOException {
    Files.delete(folder.resolve("questionnaires/accueil-4.json"));

    assertThatThrownBy(() -> EditionFolder.load(folder))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("questionnaires/accueil-4.json");
  }

  @Test
  void load_aFileHoldingAnotherVersion_isRefusedNamingIt() throws IOException {
    Path four = folder.resolve("questionnaires/accueil-4.json");
    Files.writeString(
        four, Files.readString(four).replaceFirst("\"version\": 4", "\"version\": 5"));

    assertThatThrownBy(() -> EditionFolder.load(folder))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new DefinitionProblem(
                            "questionnaires/accueil-4.json",
                            "",
                            "holds questionnaire accueil v5, but its name says accueil v4")));
  }

  @Test
  void load_anUnknownThemeInEveryVersion_isRefusedInEachFile() throws IOException {
    for (String version : List.of("3", "4")) {
      Path file = folder.resolve("questionnaires/accueil-" + version + ".json");
      Files.writeString(
          file,
          Files.readString(file).replaceFirst("\"theme\": \"courtesy\"", "\"theme\": \"parking\""));
    }

    assertThatThrownBy(() -> EditionFolder.load(folder))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems())
                    .extracting(DefinitionProblem::file, DefinitionProblem::pointer)
                    .containsExactly(
                        tuple("questionnaires/accueil-3.json", "/sections/1/questions/0/theme"),
                        tuple("questionnaires/accueil-4.json", "/sections/1/questions/0/theme")));
  }

  @Test
  void load_aScoringMemberThatDiffers_isRefusedNamingTheIdAndBothVersions() throws IOException {
    Path three = folder.resolve("questionnaires/accueil-3.json");
    Files.writeString(
        three,
        Files.readString(three)
            .replaceFirst("\"theme\": \"courtesy\"", "\"theme\": \"efficiency\""));

    assertThatThrownBy(() -> EditionFolder.load(folder))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new DefinitionProblem(
                            "questionnaires/accueil-3.json",
                            "/sections/1/questions/0/theme",
                            "question courtesy_staff differs in theme between versions 3 and 4: a"
                                + " question id is one item across versions, scored alike"
                                + " (analysis.md §A4)")));
  }

  @Test
  void load_aCriterionNamedAsAQuestionOfAnOlderVersion_isRefusedNamingItsFile() throws IOException {
    Path grid = folder.resolve(EditionFolder.GRID);
    Files.writeString(
        grid, Files.readString(grid).replaceFirst("\"desk_signage\"", "\"visits_year\""));

    assertThatThrownBy(() -> EditionFolder.load(folder))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .extracting(DefinitionProblem::message)
                    .asString()
                    .contains("(questionnaires/accueil-3.json at /sections/3/questions/6)"));
  }
}

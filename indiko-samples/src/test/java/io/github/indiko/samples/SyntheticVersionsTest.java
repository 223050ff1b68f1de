package io.github.indiko.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Weighting;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.scoring.ItemResult;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.scoring.StructureResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jspecify.annotations.Nullable;

/** Synthetic editions naming several versions of their questionnaire (analysis.md §A4). */
class SyntheticVersionsTest {
  private static final QuestionId ADDED = new QuestionId("online_appointment");
  private static final QuestionId REWORDED = new QuestionId("courtesy_staff");

  @TempDir Path dir;

  @Test
  void write_oneVersion_writesQuestionnaireJsonAlone() {
    SyntheticEdition.defaults().withResponses(10).withAudits(5).write(dir);

    assertThat(SyntheticEdition.defaults().withVersions(1)).isEqualTo(SyntheticEdition.defaults());
    assertThat(dir.resolve(EditionFolder.QUESTIONNAIRE)).exists();
    assertThat(dir.resolve(EditionFolder.QUESTIONNAIRES)).doesNotExist();
  }

  @Test
  void definitions_twoVersions_secondAddsAQuestionAndRewordsALabelOnly() {
    EditionDefinitions definitions = SyntheticEdition.defaults().withVersions(2).definitions();

    List<Questionnaire> versions = definitions.questionnaires();
    assertThat(versions).extracting(Questionnaire::version).containsExactly(3, 4);
    assertThat(definitions.questionnaire().version()).isEqualTo(4);
    assertThat(ids(versions.get(1))).containsAll(ids(versions.get(0))).contains(ADDED);
    assertThat(ids(versions.get(0))).doesNotContain(ADDED);
    Question older = question(versions.get(0), REWORDED);
    Question newer = question(versions.get(1), REWORDED);
    assertThat(newer.label()).isNotEqualTo(older.label());
    assertThat(newer).usingRecursiveComparison().ignoringFields("label").isEqualTo(older);
    SyntheticEdition most = SyntheticEdition.defaults().withVersions(SyntheticEdition.MAX_VERSIONS);
    assertThat(most.definitions().questionnaires()).hasSize(SyntheticEdition.MAX_VERSIONS);
  }

  @Test
  void write_twoVersions_validatesAndEachVersionAnswersFromItsDayOn() throws IOException {
    SyntheticEdition.defaults().withVersions(2).write(dir);
    EditionDefinitions definitions = EditionFolder.load(dir);
    List<Response> accepted = new ArrayList<>();

    SourceCounts counts = validate(definitions, accepted);

    assertThat(dir.resolve("questionnaires/accueil-3.json")).exists();
    assertThat(dir.resolve("questionnaires/accueil-4.json")).exists();
    assertThat(dir.resolve(EditionFolder.QUESTIONNAIRE)).doesNotExist();
    assertThat(counts.read()).isEqualTo(2_000);
    assertThat(counts.rejected()).isZero();
    ZoneId zone = definitions.edition().timeZone();
    Map<Integer, List<LocalDate>> days =
        accepted.stream()
            .collect(
                Collectors.groupingBy(
                    response -> response.questionnaire().version(),
                    TreeMap::new,
                    Collectors.mapping(
                        response -> response.submittedAt().atZoneSameInstant(zone).toLocalDate(),
                        Collectors.toList())));
    assertThat(days.keySet()).containsExactly(3, 4);
    // Of the 91 days of the collection, from 2017-09-01, version 4 from day 46 on (91 / 2 up).
    LocalDate changed = LocalDate.of(2017, 10, 17);
    assertThat(days.get(3)).allMatch(day -> day.isBefore(changed));
    assertThat(days.get(4)).allMatch(day -> !day.isBefore(changed));
    assertThat(accepted)
        .filteredOn(response -> response.answers().containsKey(ADDED))
        .isNotEmpty()
        .allMatch(response -> response.questionnaire().version() == 4);
  }

  @Test
  void score_twoVersions_poolsItemsAndCountsTheAddedQuestionOverItsVersion() throws IOException {
    SyntheticEdition.defaults().withVersions(2).write(dir);
    EditionDefinitions definitions = EditionFolder.load(dir);
    List<Response> accepted = new ArrayList<>();
    validate(definitions, accepted);

    Results results = ScoringEngine.builder().builtIns().build().score(dir, reject -> {});

    int checked = 0;
    for (StructureResult structure : results.structures()) {
      List<Response> own =
          accepted.stream()
              .filter(response -> response.structure().equals(structure.id()))
              .toList();
      if (own.isEmpty()) {
        continue;
      }
      assertThat(structure.versions())
          .as("%s", structure.id())
          .containsEntry(3, count(own, 3, null))
          .containsEntry(4, count(own, 4, null));
      assertThat(n(structure, ADDED)).as("%s", structure.id()).isEqualTo(count(own, 4, ADDED));
      assertThat(n(structure, REWORDED))
          .as("%s", structure.id())
          .isEqualTo(count(own, 3, REWORDED) + count(own, 4, REWORDED))
          .isGreaterThan(count(own, 4, REWORDED));
      checked++;
    }
    assertThat(checked).isGreaterThan(5);
  }

  @Test
  void write_threeVersionsWithEveryOption_sameBytesPerSeedAndVersionedRejects()
      throws IOException {
    SyntheticEdition options =
        SyntheticEdition.defaults()
            .withVersions(3)
            .withDoubles(0.2)
            .withWeighting(Weighting.Method.RAKING)
            .withInvalidRatio(0.2)
            .withResponses(1_500)
            .withAudits(200);
    options.write(dir.resolve("a"));
    options.write(dir.resolve("b"));
    options
        .withWeighting(Weighting.Method.NONE)
        .withSegments(false)
        .withInvalidRatio(0)
        .write(dir.resolve("c"));
    EditionDefinitions definitions = EditionFolder.load(dir.resolve("a"));

    for (String name :
        List.of(
            "edition.json",
            "questionnaires/accueil-5.json",
            "population.json",
            DataValidator.RESPONSES,
            DataValidator.AUDITS)) {
      assertThat(dir.resolve("b").resolve(name))
          .as(name)
          .hasSameBinaryContentAs(dir.resolve("a").resolve(name));
    }
    List<Response> accepted = new ArrayList<>();
    SourceCounts counts = validateIn(dir.resolve("a"), definitions, accepted);
    assertThat(counts.byReason())
        .containsKeys(RejectReason.UNKNOWN_QUESTIONNAIRE, RejectReason.UNKNOWN_QUESTION);
    assertThat(accepted)
        .extracting(response -> response.questionnaire().version())
        .contains(3, 4, 5);
    EditionDefinitions plain = EditionFolder.load(dir.resolve("c"));
    assertThat(plain.questionnaires()).hasSize(3);
    assertThat(validateIn(dir.resolve("c"), plain, new ArrayList<>()).rejected()).isZero();
  }

  @Test
  void constructor_versionsOutOfRange_refused() {
    assertThatThrownBy(() -> SyntheticEdition.defaults().withVersions(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("versions must be 1 to " + SyntheticEdition.MAX_VERSIONS);
    assertThatThrownBy(
            () -> SyntheticEdition.defaults().withVersions(SyntheticEdition.MAX_VERSIONS + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<QuestionId> ids(Questionnaire questionnaire) {
    return questionnaire.questions().stream().map(Question::id).toList();
  }

  private static Question question(Questionnaire questionnaire, QuestionId id) {
    return questionnaire.questions().stream()
        .filter(question -> question.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  /** The responses of that version, answering {@code question} unless it is null. */
  private static long count(
      List<Response> responses, int version, @Nullable QuestionId question) {
    return responses.stream()
        .filter(response -> response.questionnaire().version() == version)
        .filter(response -> question == null || response.answers().containsKey(question))
        .count();
  }

  private static long n(StructureResult structure, QuestionId question) {
    ItemResult item = structure.items().get(question.value());
    return item == null ? 0 : item.n();
  }

  private SourceCounts validate(EditionDefinitions definitions, List<Response> accepted)
      throws IOException {
    return validateIn(dir, definitions, accepted);
  }

  private static SourceCounts validateIn(
      Path folder, EditionDefinitions definitions, List<Response> accepted) throws IOException {
    try (InputStream in = Files.newInputStream(folder.resolve(DataValidator.RESPONSES))) {
      return DataValidator.of(definitions)
          .validateResponses(
              in,
              DataValidator.RESPONSES,
              result -> {
                if (result instanceof LineResult.Accepted<Response> line) {
                  accepted.add(line.record());
                }
              });
    }
  }
}

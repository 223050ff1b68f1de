package io.github.indiko.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ResultsJson;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.scoring.StructureResult;
import io.github.indiko.scoring.Trophy;
import io.github.indiko.testkit.gen.InvalidLines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticEditionTest {
  private static final List<String> FILES =
      List.of(
          EditionFolder.EDITION,
          EditionFolder.STRUCTURES,
          EditionFolder.ENROLMENTS,
          EditionFolder.QUESTIONNAIRE,
          EditionFolder.GRID,
          DataValidator.RESPONSES,
          DataValidator.AUDITS,
          SyntheticEdition.PREVIOUS);

  @TempDir Path dir;

  @Test
  void write_sameSeed_givesTheSameBytes_andAnotherSeedOtherBytes() throws IOException {
    SyntheticEdition options =
        SyntheticEdition.defaults().withResponses(500).withAudits(60).withInvalidRatio(0.1);
    options.write(dir.resolve("a"));
    options.write(dir.resolve("b"));
    options.withSeed(2).write(dir.resolve("c"));

    for (String name : FILES) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(name)));
    }
    assertThat(Files.readAllBytes(dir.resolve("c").resolve(DataValidator.RESPONSES)))
        .isNotEqualTo(Files.readAllBytes(dir.resolve("a").resolve(DataValidator.RESPONSES)));
    assertThat(Files.readAllBytes(dir.resolve("c").resolve(EditionFolder.ENROLMENTS)))
        .isNotEqualTo(Files.readAllBytes(dir.resolve("a").resolve(EditionFolder.ENROLMENTS)));
  }

  @Test
  void write_noInvalidRatio_givesLinesAllAccepted() throws IOException {
    SyntheticEdition.defaults().withSeed(7).write(dir);
    EditionDefinitions definitions = EditionFolder.load(dir);

    SourceCounts responses = validate(definitions, DataValidator.RESPONSES);
    SourceCounts audits = validate(definitions, DataValidator.AUDITS);

    assertThat(responses.read()).isEqualTo(2_000);
    assertThat(responses.rejected()).isZero();
    assertThat(audits.read()).isEqualTo(150);
    assertThat(audits.rejected()).isZero();
  }

  @Test
  void definitions_structures_haveSeveralTypesBandsAndSomeNotEnrolled() {
    EditionDefinitions definitions = SyntheticEdition.defaults().withStructures(20).definitions();

    Set<String> categories = new HashSet<>();
    definitions.structures().forEach(s -> categories.add(s.category().toString()));
    assertThat(categories).hasSizeGreaterThanOrEqualTo(4);
    assertThat(definitions.structures()).anyMatch(s -> s.population() == null);
    assertThat(definitions.enrolments()).hasSizeBetween(15, 19);
    Set<Object> levels = new HashSet<>();
    definitions.enrolments().forEach(e -> levels.add(e.level()));
    assertThat(levels).hasSize(3);
    assertThat(definitions.structures().stream().map(Structure::id).distinct()).hasSize(20);
  }

  @Test
  void write_invalidRatio_rejectsCoverEveryReasonAndCountsReconcile() throws IOException {
    SyntheticEdition.defaults()
        .withResponses(3_000)
        .withAudits(400)
        .withInvalidRatio(0.1)
        .write(dir);
    EditionDefinitions definitions = EditionFolder.load(dir);

    SourceCounts responses = validate(definitions, DataValidator.RESPONSES);
    SourceCounts audits = validate(definitions, DataValidator.AUDITS);

    assertThat(responses.byReason().keySet())
        .containsExactlyInAnyOrderElementsOf(InvalidLines.responseReasons());
    assertThat(audits.byReason().keySet())
        .containsExactlyInAnyOrderElementsOf(InvalidLines.auditReasons());
    assertThat(responses.read()).isEqualTo(responses.accepted() + responses.rejected());
    assertThat(audits.read()).isEqualTo(audits.accepted() + audits.rejected());
    assertThat(responses.rejected()).isBetween(200L, 400L);
  }

  @Test
  void write_fewStructures_invalidLinesOfEveryReasonTheyAllow() throws IOException {
    for (int structures : new int[] {1, 2, 9}) {
      Path folder = dir.resolve("s" + structures);
      Set<RejectReason> leftOut =
          SyntheticEdition.defaults()
              .withStructures(structures)
              .withResponses(1_500)
              .withAudits(300)
              .withInvalidRatio(0.2)
              .write(folder);
      EditionDefinitions definitions = EditionFolder.load(folder);

      Set<RejectReason> cannot = structures == 1 ? Set.of(RejectReason.NOT_ENROLLED) : Set.of();
      assertThat(leftOut).as("%d structures", structures).isEqualTo(cannot);
      assertThat(definitions.enrolments()).hasSize(structures == 1 ? 1 : structures - 1);
      assertThat(validate(definitions, folder, DataValidator.RESPONSES).byReason().keySet())
          .as("%d structures", structures)
          .containsExactlyInAnyOrderElementsOf(without(InvalidLines.responseReasons(), cannot));
      assertThat(validate(definitions, folder, DataValidator.AUDITS).byReason().keySet())
          .as("%d structures", structures)
          .containsExactlyInAnyOrderElementsOf(without(InvalidLines.auditReasons(), cannot));
    }
  }

  @Test
  void write_invalidRatio_doublesRefusedForTheirOriginalOrAuditorNoneAccepted() {
    SyntheticEdition.defaults().withAudits(400).withInvalidRatio(0.3).write(dir);

    Results results = ScoringEngine.builder().builtIns().build().score(dir, reject -> {});

    assertThat(results.audits().byReason())
        .containsKeys(RejectReason.UNKNOWN_ORIGINAL, RejectReason.SAME_AUDITOR);
    assertThat(results.agreement()).isNull();
    assertThat(results.structures()).allSatisfy(s -> assertThat(s.doubles()).isZero());
  }

  @Test
  void write_noInvalidRatio_leavesNoReasonOut() {
    assertThat(SyntheticEdition.defaults().withStructures(1).withResponses(50).write(dir))
        .isEmpty();
  }

  @Test
  void write_scored_ranksEligibleStructuresApartAndAwardsACategoryTrophy() {
    SyntheticEdition.defaults().write(dir);

    Results results = ScoringEngine.builder().builtIns().build().score(dir, reject -> {});

    List<StructureResult> eligible =
        results.structures().stream().filter(StructureResult::eligible).toList();
    assertThat(eligible).hasSizeGreaterThanOrEqualTo(6);
    assertThat(eligible.stream().map(s -> Objects.requireNonNull(s.composite())).distinct())
        .hasSizeGreaterThanOrEqualTo(eligible.size() - 1);
    double spread =
        eligible.stream().mapToDouble(s -> s.composite()).max().orElseThrow()
            - eligible.stream().mapToDouble(s -> s.composite()).min().orElseThrow();
    assertThat(spread).isGreaterThan(5);
    assertThat(results.trophies()).anyMatch(t -> t instanceof Trophy.CategoryTrophy);
  }

  @Test
  void write_defaults_previousResultsReadBackWithEvolutionBothWays() throws IOException {
    SyntheticEdition.defaults().write(dir);
    EditionDefinitions definitions = EditionFolder.load(dir);
    Results current = ScoringEngine.builder().builtIns().build().score(dir, reject -> {});

    Results previous;
    try (InputStream in = Files.newInputStream(dir.resolve(SyntheticEdition.PREVIOUS))) {
      previous = ResultsJson.read(in);
    }

    assertThat(definitions.edition().previous()).isEqualTo("previous/results.json");
    assertThat(dir.resolve(definitions.edition().previous())).isRegularFile();
    assertThat(previous.edition()).isNotEqualTo(current.edition());
    assertThat(previous.edition().value()).isEqualTo("2016");
    assertThat(enrolled(previous).keySet()).isEqualTo(enrolled(current).keySet());
    assertThat(previous.responses().read()).isEqualTo(1_000);
    assertThat(previous.responses().rejected()).isZero();
    Map<String, Double> before = enrolled(previous);
    Map<String, Double> after = enrolled(current);
    assertThat(after.keySet()).anyMatch(id -> after.get(id) - before.get(id) > 1);
    assertThat(after.keySet()).anyMatch(id -> before.get(id) - after.get(id) > 1);
  }

  @Test
  void write_withoutPrevious_writesNoResultsAndNamesNone() {
    SyntheticEdition.defaults().withPrevious(false).write(dir);

    assertThat(EditionFolder.load(dir).edition().previous()).isNull();
    assertThat(dir.resolve(SyntheticEdition.PREVIOUS)).doesNotExist();
  }

  @Test
  void new_ratioOutsideTheUnitInterval_isRefused() {
    assertThatThrownBy(() -> SyntheticEdition.defaults().withInvalidRatio(1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SyntheticEdition.defaults().withStructures(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The composites of enrolled structures that have one, by id. */
  private static Map<String, Double> enrolled(Results results) {
    return results.structures().stream()
        .filter(s -> s.enrolled() && s.composite() != null)
        .collect(
            Collectors.toMap(
                s -> s.id().value(), s -> Objects.requireNonNull(s.composite()).doubleValue()));
  }

  private SourceCounts validate(EditionDefinitions definitions, String name) throws IOException {
    return validate(definitions, dir, name);
  }

  private static SourceCounts validate(EditionDefinitions definitions, Path folder, String name)
      throws IOException {
    DataValidator validator = DataValidator.of(definitions);
    try (InputStream in = Files.newInputStream(folder.resolve(name))) {
      return name.equals(DataValidator.RESPONSES)
          ? validator.validateResponses(in, name, result -> {})
          : validator.validateAudits(in, name, result -> {});
    }
  }

  private static Set<RejectReason> without(Set<RejectReason> reasons, Set<RejectReason> left) {
    Set<RejectReason> kept = new HashSet<>(reasons);
    kept.removeAll(left);
    return kept;
  }
}

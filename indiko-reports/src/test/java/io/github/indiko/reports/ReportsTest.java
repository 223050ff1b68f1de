package io.github.indiko.reports;

import static io.github.indiko.reports.SampleFixture.DEFINITIONS;
import static io.github.indiko.reports.SampleFixture.EDITION;
import static io.github.indiko.reports.SampleFixture.EXPECTED;
import static io.github.indiko.reports.SampleFixture.PREVIOUS_RESULTS;
import static io.github.indiko.reports.SampleFixture.RESULTS;
import static io.github.indiko.reports.SampleFixture.expected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.InputException;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.structure.Category;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.scoring.CriterionDetail;
import io.github.indiko.scoring.QuestionDetail;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ScoredEdition;
import io.github.indiko.scoring.StructureDetail;
import io.github.indiko.scoring.TextAnswers;
import io.github.indiko.scoring.Trophy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportsTest {
  private static final ReportSet REPORTS = Reports.of(SampleFixture.scored(), PREVIOUS_RESULTS);
  private static final JsonNode ENROLMENTS =
      JsonMapper.builder().build().readTree(EDITION.resolve("enrolments.json").toFile());
  private static final JsonNode STRUCTURES =
      JsonMapper.builder().build().readTree(EDITION.resolve("structures.json").toFile());

  @Test
  void of_everyEnrolledStructure_sortedById() {
    List<String> enrolled = new ArrayList<>();
    ENROLMENTS.get("enrolments").forEach(e -> enrolled.add(e.get("structure").asString()));
    enrolled.sort(null);

    assertThat(REPORTS.structures())
        .extracting(r -> r.structure().id().value())
        .containsExactlyElementsOf(enrolled)
        .hasSize(11);
    assertThat(REPORTS.structure(new StructureId("commissariat-lezignac"))).isEmpty();
  }

  @Test
  void of_levelsPerEnrolment() {
    for (JsonNode enrolment : ENROLMENTS.get("enrolments")) {
      String id = enrolment.get("structure").asString();
      String level = enrolment.get("level").asString();
      StructureReports reports = REPORTS.structure(new StructureId(id)).orElseThrow();

      assertThat(reports.structure().level().id()).as(id).isEqualTo(level);
      assertThat(reports.raw()).as(id).isNotNull();
      assertThat(reports.analysis() != null).as(id).isEqualTo(!level.equals("raw"));
      assertThat(reports.organisation() != null).as(id).isEqualTo(level.equals("organisation"));
    }
  }

  @Test
  void of_rawOnlyStructure_hasNoAnalysis() {
    StructureReports grandpre =
        REPORTS.structure(new StructureId("mairie-grandpre-sur-vire")).orElseThrow();

    assertThat(grandpre.structure().level()).isEqualTo(Level.RAW);
    assertThat(grandpre.analysis()).isNull();
    assertThat(grandpre.organisation()).isNull();
    assertThat(grandpre.raw().structure()).isEqualTo(grandpre.structure());
  }

  @Test
  void of_structureInfo_fromDefinitions() {
    for (JsonNode structure : STRUCTURES.get("structures")) {
      String id = structure.get("id").asString();
      REPORTS
          .structure(new StructureId(id))
          .ifPresent(
              reports -> {
                StructureInfo info = reports.structure();
                assertThat(info.name()).isEqualTo(structure.get("name").asString());
                assertThat(info.edition().value()).isEqualTo("2017");
                assertThat(info.category().toString())
                    .isEqualTo(expected(id).get("category").asString());
              });
    }
  }

  @Test
  void of_raw_isTheStructuresDetail() {
    StructureId ezanville = new StructureId("mairie-ezanville");
    SourceCounts responses = new SourceCounts(12, 10, 2, Map.of(RejectReason.INVALID_ANSWER, 2L));
    SourceCounts audits = new SourceCounts(3, 3, 0, Map.of());
    QuestionDetail comment =
        new QuestionDetail(
            new QuestionId("comment"),
            "text",
            null,
            false,
            2,
            8,
            new TreeMap<>(),
            0,
            null,
            null,
            null,
            null,
            null,
            new TextAnswers(2, List.of("Merci", "Trop d'attente")));
    CriterionDetail desk =
        new CriterionDetail(
            new CriterionId("desk_signage"),
            Channel.IN_PERSON,
            "check",
            null,
            1,
            true,
            2,
            1,
            0,
            0,
            0,
            1,
            null);
    StructureDetail detail =
        new StructureDetail(
            ezanville, responses, audits, List.of(comment), List.of(desk), Map.of());

    RawReport raw =
        Reports.of(SampleFixture.scored(RESULTS, Map.of(ezanville, detail)), null)
            .structure(ezanville)
            .orElseThrow()
            .raw();

    assertThat(raw.responses()).isEqualTo(responses);
    assertThat(raw.audits()).isEqualTo(audits);
    assertThat(raw.questions()).containsExactly(comment);
    assertThat(raw.criteria()).containsExactly(desk);
  }

  @Test
  void of_missingDetails_refused() {
    ScoredEdition scored = SampleFixture.scored();
    Map<StructureId, StructureDetail> details = new HashMap<>(scored.details());
    details.remove(new StructureId("caf-lanvezec"));

    assertThatThrownBy(() -> Reports.of(new ScoredEdition(DEFINITIONS, RESULTS, details), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("caf-lanvezec");
  }

  @Test
  void overview_categories_meanCompositeFromThreeEligible() {
    double communes = 0;
    for (String id :
        List.of(
            "mairie-ezanville",
            "mairie-grandpre-sur-vire",
            "mairie-roches-sur-marne",
            "mairie-trevennec")) {
      communes += expected(id).get("composite").asDouble();
    }

    List<CategorySummary> categories = REPORTS.overview().categories();

    assertThat(categories)
        .extracting(c -> c.category().toString())
        .containsExactly(
            "commune/m",
            "hospital/none",
            "library/s",
            "prefecture/l",
            "public_transport/l",
            "social_security/m",
            "university/none");
    CategorySummary commune = categories.get(0);
    assertThat(commune.enrolled()).isEqualTo(4);
    assertThat(commune.eligible()).isEqualTo(4);
    assertThat(commune.meanComposite()).isCloseTo(communes / 4, within(1e-9));
    CategorySummary hospital = categories.get(1);
    assertThat(hospital.category()).isEqualTo(Category.parse("hospital/none"));
    assertThat(hospital.enrolled()).isEqualTo(2);
    assertThat(hospital.eligible()).isEqualTo(2);
    assertThat(hospital.meanComposite()).isNull();
    CategorySummary university = categories.get(6);
    assertThat(university.enrolled()).isEqualTo(1);
    assertThat(university.eligible()).isZero();
    assertThat(university.meanComposite()).isNull();
  }

  @Test
  void overview_countsTrophiesAndStructures() {
    Overview overview = REPORTS.overview();

    assertThat(overview.edition().value()).isEqualTo("2017");
    assertThat(overview.name().in("fr")).hasValue("Baromètre Indiko Expérience citoyen 2017");
    assertThat(overview.responses().read())
        .isEqualTo(EXPECTED.at("/counts/responses/read").asLong());
    assertThat(overview.responses().accepted())
        .isEqualTo(EXPECTED.at("/counts/responses/accepted").asLong());
    assertThat(overview.audits().rejected())
        .isEqualTo(EXPECTED.at("/counts/audits/rejected").asLong());
    assertThat(overview.trophies())
        .extracting(t -> t.structure().value())
        .containsExactly("mairie-trevennec", "mairie-ezanville");
    assertThat(overview.trophies().get(1)).isInstanceOf(Trophy.Consultation.class);
    assertThat(overview.notAwarded())
        .extracting(n -> n.category().toString())
        .containsExactly(
            "hospital/none",
            "library/s",
            "prefecture/l",
            "public_transport/l",
            "social_security/m",
            "university/none");
    assertThat(overview.consultation()).isEqualTo(RESULTS.consultation()).isNotEmpty();
    assertThat(overview.structures())
        .extracting(s -> s.id().value())
        .containsExactlyElementsOf(
            REPORTS.structures().stream().map(r -> r.structure().id().value()).toList());
    StructureEntry trevennec = overview.structures().get(6);
    assertThat(trevennec.id().value()).isEqualTo("mairie-trevennec");
    assertThat(trevennec.name()).isEqualTo("Mairie de Trévennec");
    assertThat(trevennec.level()).isEqualTo(Level.ORGANISATION);
    assertThat(trevennec.category()).isEqualTo(Category.parse("commune/m"));
  }

  @Test
  void previous_namedByEdition_readRelativeToFolder() {
    assertThat(DEFINITIONS.edition().previous()).isEqualTo("previous-2016/results.json");

    Results previous = Reports.previous(DEFINITIONS, EDITION).orElseThrow();

    assertThat(previous.edition().value()).isEqualTo("2016");
    assertThat(previous.structures()).hasSize(11);
    assertThat(previous.structure("caf-lanvezec").orElseThrow().satisfaction().value())
        .isEqualTo(80.0);
  }

  @Test
  void previous_none_empty() {
    EditionDefinitions none = withPrevious(null);

    assertThat(none.edition().previous()).isNull();
    assertThat(Reports.previous(none, EDITION)).isEmpty();
  }

  @Test
  void previous_missingFile_namesIt(@TempDir Path folder) {
    assertThatThrownBy(() -> Reports.previous(withPrevious("../2016/results.json"), folder))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("missing file")
        .hasMessageContaining(folder.resolve("../2016/results.json").toString());
  }

  @Test
  void previous_notResults_namesIt(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("results.json"), "{\"format\": \"indiko.edition/1\"}");

    assertThatThrownBy(() -> Reports.previous(withPrevious("results.json"), folder))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(folder.resolve("results.json").toString())
        .hasMessageContaining("indiko.results/1");
  }

  @Test
  void previous_folderInsteadOfFile_inputException(@TempDir Path folder) throws IOException {
    Files.createDirectory(folder.resolve("results.json"));

    assertThatThrownBy(() -> Reports.previous(withPrevious("results.json"), folder))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(folder.resolve("results.json").toString());
  }

  private static EditionDefinitions withPrevious(@Nullable String previous) {
    Edition e = DEFINITIONS.edition();
    Edition edition =
        new Edition(
            e.id(),
            e.name(),
            e.defaultLocale(),
            e.timeZone(),
            e.registration(),
            e.collection(),
            e.questionnaire(),
            e.grid(),
            e.scoring(),
            e.trophies(),
            previous,
            e.channels());
    return new EditionDefinitions(
        edition,
        DEFINITIONS.structures(),
        DEFINITIONS.enrolments(),
        DEFINITIONS.questionnaire(),
        DEFINITIONS.grid());
  }
}

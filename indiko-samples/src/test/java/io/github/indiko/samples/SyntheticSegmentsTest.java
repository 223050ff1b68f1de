package io.github.indiko.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.questionnaire.SegmentValue;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.IndikoValidation;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.scoring.Indicator;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.scoring.SegmentCell;
import io.github.indiko.scoring.StructureResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The segments of the synthetic edition: analysis.md §A2's example, answered skewed. */
class SyntheticSegmentsTest {
  private static final Set<String> ONLINE = Set.of("website", "online_service");
  private static final Set<String> OFFLINE = Set.of("in_person", "phone", "mail");

  @TempDir Path dir;

  @Test
  void definitions_declareAgeAndSexInFrenchAndEnglish_andPassBeanValidation() {
    Questionnaire questionnaire = SyntheticEdition.defaults().definitions().questionnaire();

    assertThat(IndikoValidation.check(questionnaire)).isSameAs(questionnaire);
    assertThat(questionnaire.segments()).extracting(Segment::key).containsExactly("age", "sex");
    assertThat(questionnaire.segments().get(0).values())
        .extracting(SegmentValue::value)
        .containsExactly("16-34", "35-64", "65+");
    assertThat(questionnaire.segments().get(1).values())
        .extracting(SegmentValue::value)
        .containsExactly("f", "m");
    assertThat(questionnaire.segments().get(0).values().get(2).label().values())
        .containsEntry("fr", "65 ans et plus")
        .containsEntry("en", "65 and over");
  }

  @Test
  void write_definitions_loadBackEqual_segmentsIncluded() {
    SyntheticEdition options = SyntheticEdition.defaults().withResponses(10).withAudits(0);
    options.write(dir);

    EditionDefinitions loaded = EditionFolder.load(dir);

    assertThat(loaded).isEqualTo(options.definitions());
    assertThat(loaded.questionnaire().segments()).hasSize(2);
  }

  @Test
  void write_scored_breaksEveryStructureDownByAgeAndSex_olderMoreSatisfied() {
    SyntheticEdition.defaults().withResponses(20_000).withPrevious(false).write(dir);

    Results results = ScoringEngine.builder().builtIns().build().score(dir, reject -> {});

    List<StructureResult> answered =
        results.structures().stream().filter(s -> s.responses() > 0).toList();
    assertThat(answered).hasSizeGreaterThanOrEqualTo(10);
    for (StructureResult structure : answered) {
      Map<String, Map<String, SegmentCell>> segments = structure.segments();
      assertThat(segments.keySet()).containsExactly("age", "sex");
      assertThat(segments.get("age").keySet())
          .containsExactly("16-34", "35-64", "65+", StructureResult.NO_SEGMENT_VALUE);
      assertThat(segments.get("sex").keySet())
          .containsExactly("f", "m", StructureResult.NO_SEGMENT_VALUE);
      for (Map<String, SegmentCell> cells : segments.values()) {
        assertThat(cells.values().stream().mapToLong(SegmentCell::n).sum())
            .as(structure.id().value())
            .isEqualTo(structure.responses());
      }
    }
    assertThat(pooledSatisfaction(answered, "65+"))
        .isGreaterThan(pooledSatisfaction(answered, "16-34") + 3);
  }

  /** The satisfaction of an age band over every structure, its cells weighted by their n. */
  private static double pooledSatisfaction(List<StructureResult> structures, String band) {
    double sum = 0;
    long n = 0;
    for (StructureResult structure : structures) {
      Indicator satisfaction = structure.segments().get("age").get(band).satisfaction();
      if (satisfaction.value() != null) {
        sum += satisfaction.value() * satisfaction.n();
        n += satisfaction.n();
      }
    }
    return sum / n;
  }

  @Test
  void write_responses_onlineYoungerOfflineOlderThanThePopulation_womenMore() throws IOException {
    List<Response> responses = responses(SyntheticEdition.defaults().withResponses(20_000));

    double onlineYoung = share(responses, r -> ONLINE.contains(r.channel().id()), "age", "16-34");
    double offlineYoung =
        share(responses, r -> OFFLINE.contains(r.channel().id()), "age", "16-34");
    double women = share(responses, r -> true, "sex", "f");

    assertThat(onlineYoung).isGreaterThan(SyntheticPopulation.AGE_SHARES[0] + 0.08);
    assertThat(offlineYoung).isLessThan(SyntheticPopulation.AGE_SHARES[0] - 0.03);
    assertThat(women).isBetween(SyntheticPopulation.WOMEN_SHARE, 0.62);
  }

  @Test
  void write_responses_skewVariesBetweenStructures() throws IOException {
    List<Response> responses = responses(SyntheticEdition.defaults().withResponses(20_000));
    Map<String, List<Response>> byStructure =
        responses.stream()
            .filter(r -> ONLINE.contains(r.channel().id()))
            .collect(Collectors.groupingBy(r -> r.structure().value()));

    List<Double> shares = new ArrayList<>();
    byStructure.forEach((id, online) -> shares.add(share(online, r -> true, "age", "16-34")));

    assertThat(shares).hasSizeGreaterThanOrEqualTo(6);
    assertThat(shares.stream().mapToDouble(d -> d).max().orElseThrow()
            - shares.stream().mapToDouble(d -> d).min().orElseThrow())
        .isGreaterThan(0.1);
  }

  @Test
  void write_responses_someOmitAKey_everyValueDeclared() throws IOException {
    List<Response> responses = responses(SyntheticEdition.defaults().withResponses(5_000));
    Questionnaire questionnaire = SyntheticEdition.defaults().definitions().questionnaire();

    long withoutAge = responses.stream().filter(r -> !r.segment().containsKey("age")).count();
    long withoutSex = responses.stream().filter(r -> !r.segment().containsKey("sex")).count();

    assertThat(withoutAge).isBetween(250L, 600L);
    assertThat(withoutSex).isBetween(180L, 450L);
    assertThat(responses)
        .allSatisfy(
            r ->
                r.segment()
                    .forEach(
                        (key, value) ->
                            assertThat(
                                    questionnaire
                                        .segments()
                                        .get(questionnaire.segmentPosition(key))
                                        .position(value))
                                .as("%s = %s", key, value)
                                .isNotNegative()));
  }

  @Test
  void write_withoutSegments_sameLinesAndNoDeclaration() throws IOException {
    SyntheticEdition options = SyntheticEdition.defaults().withResponses(500).withAudits(20);
    options.write(dir.resolve("with"));
    options.withSegments(false).write(dir.resolve("without"));

    assertThat(options.withSegments(false).definitions().questionnaire().segments()).isEmpty();
    assertThat(dir.resolve("without").resolve(DataValidator.RESPONSES))
        .hasSameBinaryContentAs(dir.resolve("with").resolve(DataValidator.RESPONSES));
    assertThat(EditionFolder.load(dir.resolve("without")).questionnaire().segments()).isEmpty();
  }

  @Test
  void write_anotherSeed_otherSkews() throws IOException {
    List<Double> first = onlineYoungByStructure(SyntheticEdition.defaults());
    List<Double> again = onlineYoungByStructure(SyntheticEdition.defaults());
    List<Double> other = onlineYoungByStructure(SyntheticEdition.defaults().withSeed(2));

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  private List<Double> onlineYoungByStructure(SyntheticEdition options) throws IOException {
    List<Response> responses = responses(options.withResponses(3_000));
    return responses.stream()
        .filter(r -> ONLINE.contains(r.channel().id()))
        .collect(Collectors.groupingBy(r -> r.structure().value()))
        .entrySet()
        .stream()
        .sorted(Map.Entry.comparingByKey())
        .map(entry -> share(entry.getValue(), r -> true, "age", "16-34"))
        .toList();
  }

  /** The responses of a written edition, read with its definitions in memory (all accepted). */
  private List<Response> responses(SyntheticEdition options) throws IOException {
    Path folder = Files.createTempDirectory(dir, "edition");
    options.withAudits(0).withPrevious(false).write(folder);
    EditionDefinitions definitions = options.definitions();
    List<Response> responses = new ArrayList<>();
    SourceCounts counts;
    try (InputStream in = Files.newInputStream(folder.resolve(DataValidator.RESPONSES))) {
      counts =
          DataValidator.of(definitions)
              .validateResponses(
                  in,
                  DataValidator.RESPONSES,
                  result -> responses.add(((LineResult.Accepted<Response>) result).record()));
    }
    assertThat(counts.rejected()).isZero();
    return responses;
  }

  /** The share of {@code value} among the responses that match and give {@code key}. */
  private static double share(
      List<Response> responses, Predicate<Response> which, String key, String value) {
    List<String> given =
        responses.stream()
            .filter(which)
            .map(r -> r.segment().get(key))
            .filter(v -> v != null)
            .toList();
    assertThat(given).isNotEmpty();
    return given.stream().filter(value::equals).count() / (double) given.size();
  }
}

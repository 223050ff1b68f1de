package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.edition.Population;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.Weighting;
import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.questionnaire.SegmentValue;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.ResponseRow;
import io.github.indiko.scoring.internal.ItemStatistics.Polarity;
import io.github.indiko.scoring.internal.Raking;
import io.github.indiko.scoring.spi.FSum;
import io.github.indiko.scoring.spi.ItemAccumulator;
import io.github.indiko.scoring.spi.ItemStrategy;
import io.github.indiko.scoring.spi.Strategies;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * WeightingPlan wired into scoring and results.json (analysis.md §A3), on the 2017 sample edition
 * whose questionnaire is given the segment keys {@code age} and {@code sex} and whose responses
 * each get a value of each key, or none, at random (a fixed seed). The survey strategy is the
 * built-in {@code mean}. {@link WeightedExplanationTest} explains the same weighted edition, with
 * these fields and helpers.
 */
class WeightingTest {
  static final ScoringEngine ENGINE =
      ScoringEngine.builder()
          .builtIns()
          .threads(1)
          .asOf(LocalDate.of(2018, 1, 31))
          .build();
  static final List<String> KEYS = List.of("age", "sex");

  /** Margins unlike the sample's: the weights differ from 1. */
  static final Map<String, Map<String, Double>> MARGINS =
      Map.of(
          "age", Map.of("16-34", 0.28, "35-64", 0.49, "65+", 0.23),
          "sex", Map.of("f", 0.52, "m", 0.48));

  static EditionDefinitions definitions;
  static final List<Response> responses = new ArrayList<>();
  static final List<AuditRecord> audits = new ArrayList<>();

  /** Loads and segments the sample once, whichever test class asks first. */
  @BeforeAll
  static void segmentTheSample() throws IOException {
    if (definitions != null) {
      return;
    }
    SegmentedSample segmented = new SegmentedSample();
    definitions = segmented.definitions;
    responses.addAll(segmented.responses);
    audits.addAll(segmented.audits);
  }

  /**
   * Margins equal to each structure's own shares among its weighted responses: every weight is 1
   * up to rounding, so every number is the unweighted one within 1e-12 (the item values within
   * 1e-9: the unweighted mean quantizes scores to 2⁻³², ExactSum), and nEffective is n. The
   * interval of the NPS is not compared: weighted, its SE is that of a mean (n − 1 in its
   * variance), unweighted that of scoring.md §5 (n).
   */
  @Test
  void results_marginsOfTheSample_giveTheUnweightedNumbers() {
    Map<String, Map<String, Map<String, Double>>> margins = new LinkedHashMap<>();
    margins.put(Population.EVERY_STRUCTURE, MARGINS);
    Map<String, List<Response>> byStructure = new TreeMap<>();
    for (Response response : responses) {
      if (response.segment().keySet().containsAll(KEYS)) {
        byStructure
            .computeIfAbsent(response.structure().value(), s -> new ArrayList<>())
            .add(response);
      }
    }
    byStructure.forEach((structure, weighted) -> margins.put(structure, shares(weighted)));
    Results plain = results(responses, null);
    Results weighted = results(responses, weighting(new Population(margins)));

    int compared = 0;
    for (StructureResult one : plain.structures()) {
      StructureResult other = weighted.structure(one.id().value()).orElseThrow();
      if (!one.enrolled()) {
        continue;
      }
      StructureWeighting block = other.weighting();
      assertThat(block).isNotNull();
      if (byStructure.containsKey(one.id().value())) {
        assertThat(block.status()).isEqualTo(StructureWeighting.Status.WEIGHTED);
        compared++;
      }
      assertThat(block.nEffective()).isCloseTo(one.responses(), within(1e-9));
      assertThat(block.designEffect()).isCloseTo(1.0, within(1e-12));
      one.items()
          .forEach(
              (id, item) -> {
                ItemResult same = other.items().get(id);
                assertThat(same.value()).isCloseTo(item.value(), within(1e-9));
                assertThat(same.n()).isEqualTo(item.n());
                if (item.source() == Source.SURVEY) {
                  assertThat(same.nEffective()).isCloseTo((double) item.n(), within(1e-9));
                } else {
                  assertThat(same).isEqualTo(item);
                }
              });
      close(other.satisfaction(), one.satisfaction());
      close(other.net(), one.net());
      sameValue(other.nps(), one.nps());
      close(other.survey().score(), one.survey().score(), 1e-9);
      close(other.composite(), one.composite(), 1e-9);
      assertThat(other.audit()).isEqualTo(one.audit());
      one.survey()
          .channels()
          .forEach(
              (channel, score) ->
                  close(other.survey().channels().get(channel).score(), score.score(), 1e-9));
      one.segments()
          .forEach(
              (key, cells) ->
                  cells.forEach(
                      (value, cell) -> {
                        SegmentCell same = other.segments().get(key).get(value);
                        assertThat(same.n()).isEqualTo(cell.n());
                        close(same.score(), cell.score(), 1e-9);
                        close(same.satisfaction(), cell.satisfaction());
                        sameValue(same.nps(), cell.nps());
                      }));
    }
    assertThat(compared).as("weighted structures").isGreaterThan(5);
  }

  /**
   * The weighted mean of each survey item, its nEffective and the structure's weighting block
   * recomputed here response by response: the weights of {@link Raking} over the cells counted
   * here, then FSum over the spec's terms w·s, w and w².
   */
  @Test
  void results_weighted_equalTheSpecsTermsSummedResponseByResponse() {
    Results weighted = results(responses, weighting(everyStructure(MARGINS)));
    EditionPlan plan = ENGINE.tally(definitions, weighting(everyStructure(MARGINS))).plan;
    List<Raking.Key> keys = weighting(everyStructure(MARGINS)).keys(new StructureId("x"));
    int checked = 0;
    for (StructureResult structure : weighted.structures()) {
      StructureWeighting block = structure.weighting();
      if (block == null || block.status() != StructureWeighting.Status.WEIGHTED) {
        continue;
      }
      List<Response> own =
          responses.stream().filter(r -> r.structure().equals(structure.id())).toList();
      TreeMap<List<Integer>, Long> cells = new TreeMap<>(WeightingTest::compare);
      for (Response response : own) {
        List<Integer> cell = cell(response);
        if (cell != null) {
          cells.merge(cell, 1L, Long::sum);
        }
      }
      List<Raking.Cell> raked = new ArrayList<>();
      cells.forEach((cell, count) -> raked.add(new Raking.Cell(cell, count)));
      long unweighted = own.size() - raked.stream().mapToLong(Raking.Cell::count).sum();
      Raking.Result result = Raking.rake(keys, raked, unweighted);
      Map<List<Integer>, Double> weights = new TreeMap<>(WeightingTest::compare);
      List<List<Integer>> ordered = new ArrayList<>(cells.keySet());
      for (int c = 0; c < ordered.size(); c++) {
        weights.put(ordered.get(c), result.weights().get(c));
      }

      FSum all = FSum.empty();
      FSum squares = FSum.empty();
      for (Response response : own) {
        double w = weight(weights, response);
        all.add(w);
        squares.add(w * w);
      }
      double w = all.sum();
      assertThat(block.cycles()).isEqualTo(result.cycles());
      assertThat(block.weightedResponses()).isEqualTo(own.size() - unweighted);
      assertThat(block.unweightedResponses()).isEqualTo(unweighted);
      assertThat(block.nEffective()).isEqualTo((w * w) / squares.sum());
      assertThat(block.designEffect()).isEqualTo((own.size() * squares.sum()) / (w * w));
      assertThat(block.nEffective()).isLessThan(own.size());

      for (int q = 0; q < plan.questionCount; q++) {
        ItemResult item = structure.items().get(plan.items[q].id);
        if (item == null) {
          continue;
        }
        FSum scores = FSum.empty();
        FSum weightSum = FSum.empty();
        FSum weightSquares = FSum.empty();
        FSum favourable = FSum.empty();
        FSum balance = FSum.empty();
        for (Response response : own) {
          ResponseRow row = plan.validator.row(response);
          double score = row.answered(q) ? plan.items[q].score(row, q) : Double.NaN;
          if (!Double.isNaN(score)) {
            double rw = weight(weights, response);
            scores.add(rw * score);
            weightSum.add(rw);
            weightSquares.add(rw * rw);
            Polarity polarity = plan.items[q].polarity(row, q, score);
            if (polarity == Polarity.FAVOURABLE) {
              favourable.add(rw);
              balance.add(rw);
            } else if (polarity == Polarity.UNFAVOURABLE) {
              balance.add(-rw);
            }
          }
        }
        double itemW = weightSum.sum();
        assertThat(item.value()).isEqualTo(Math.min(100, scores.sum() / itemW));
        assertThat(item.mean()).isEqualTo(item.value());
        assertThat(item.nEffective()).isEqualTo((itemW * itemW) / weightSquares.sum());
        if (item.satisfaction() != null) {
          // analysis.md §A3: satisfaction = 100 · Σ_fav w / W, net likewise with the unfavourable.
          assertThat(item.satisfaction()).isEqualTo((100 * favourable.sum()) / itemW);
          assertThat(item.net()).isEqualTo((100 * balance.sum()) / itemW);
        }
        checked++;
      }
      // The pooled satisfaction and net (analysis.md §A3, Weighted statistics), overall and in
      // each age cell of the breakdown, recomputed over the answers to the overall items.
      pooled(plan, own, weights, structure.satisfaction(), structure.net());
      for (String age : List.of("16-34", "35-64", "65+")) {
        SegmentCell cell = structure.segments().get("age").get(age);
        List<Response> inCell =
            own.stream().filter(r -> age.equals(r.segment().get("age"))).toList();
        pooled(plan, inCell, weights, cell.satisfaction(), cell.net());
      }
    }
    assertThat(checked).as("weighted survey items").isGreaterThan(50);
  }

  /** 100 · Σ_fav w / W and 100 · (Σ_fav w − Σ_unfav w) / W over the answers to pooled items. */
  private static void pooled(
      EditionPlan plan,
      List<Response> responses,
      Map<List<Integer>, Double> weights,
      Indicator satisfaction,
      Indicator net) {
    FSum all = FSum.empty();
    FSum favourable = FSum.empty();
    FSum balance = FSum.empty();
    long n = 0;
    for (Response response : responses) {
      ResponseRow row = plan.validator.row(response);
      double w = weight(weights, response);
      for (int q = 0; q < plan.questionCount; q++) {
        double score = row.answered(q) ? plan.items[q].score(row, q) : Double.NaN;
        if (!plan.pooled[q] || Double.isNaN(score)) {
          continue;
        }
        n++;
        all.add(w);
        Polarity polarity = plan.items[q].polarity(row, q, score);
        if (polarity == Polarity.FAVOURABLE) {
          favourable.add(w);
          balance.add(w);
        } else if (polarity == Polarity.UNFAVOURABLE) {
          balance.add(-w);
        }
      }
    }
    assertThat(satisfaction.n()).isEqualTo(n);
    assertThat(n).isPositive();
    assertThat(satisfaction.value()).isEqualTo((100 * favourable.sum()) / all.sum());
    assertThat(net.value()).isEqualTo((100 * balance.sum()) / all.sum());
  }

  /**
   * A structure whose status is not weighted has every number exactly as without weighting:
   * {@code empty_cell} (no response aged 65+, whose share is 0.23) and {@code none} (no
   * response with both keys).
   */
  @Test
  void results_emptyCellOrNone_giveTheUnweightedNumbersBitForBit() {
    List<Response> no65 =
        responses.stream().filter(r -> !"65+".equals(r.segment().get("age"))).toList();
    Random random = new Random(1);
    List<Response> oneKey =
        responses.stream().map(r -> SegmentedSample.withSegment(r, random, 1)).toList();
    for (List<Response> data : List.of(no65, oneKey)) {
      Results plain = results(data, null);
      Results weighted = results(data, weighting(everyStructure(MARGINS)));
      List<StructureWeighting.Status> statuses = new ArrayList<>();
      for (StructureResult one : plain.structures()) {
        StructureResult other = weighted.structure(one.id().value()).orElseThrow();
        assertThat(unweighted(other)).isEqualTo(one);
        if (other.weighting() != null) {
          statuses.add(other.weighting().status());
          assertThat(other.weighting().cycles()).isNull();
          assertThat(other.weighting().designEffect()).isEqualTo(1.0);
          assertThat(other.weighting().nEffective()).isEqualTo((double) one.responses());
        }
      }
      assertThat(plain.trophies()).isEqualTo(weighted.trophies());
      StructureWeighting.Status expected =
          data == no65 ? StructureWeighting.Status.EMPTY_CELL : StructureWeighting.Status.NONE;
      assertThat(statuses).contains(expected).doesNotContain(StructureWeighting.Status.WEIGHTED);
    }
    StructureWeighting empty =
        results(no65, weighting(everyStructure(MARGINS))).structures().stream()
            .map(StructureResult::weighting)
            .filter(w -> w != null && w.status() == StructureWeighting.Status.EMPTY_CELL)
            .findFirst()
            .orElseThrow();
    assertThat(empty.key()).isEqualTo("age");
    assertThat(empty.value()).isEqualTo("65+");
  }

  /** Any order and split of the responses between merged tallies gives the same results. */
  @Test
  void merge_anyOrderAndSplit_givesTheSameWeightedResults() {
    WeightingPlan weighting = weighting(everyStructure(MARGINS));
    Results whole = results(responses, weighting);
    qt().withExamples(8)
        .forAll(longs().all(), integers().between(1, 5))
        .checkAssert(
            (seed, parts) -> {
              List<Response> shuffled = new ArrayList<>(responses);
              Collections.shuffle(shuffled, new Random(seed));
              Random random = new Random(seed + 1);
              List<Tally> tallies = new ArrayList<>();
              for (int p = 0; p < parts; p++) {
                tallies.add(ENGINE.tally(definitions, weighting));
              }
              for (Response response : shuffled) {
                tallies.get(random.nextInt(parts)).add(response);
              }
              Tally merged = tallies.get(0);
              for (int p = 1; p < parts; p++) {
                merged = tallies.get(p).merge(merged);
              }
              for (AuditRecord audit : audits) {
                merged.add(audit);
              }
              assertThat(ENGINE.results(merged)).isEqualTo(whole);
            });
  }

  /**
   * results.json holds the weighting blocks and nEffective, valid, and its structures read back
   * equal (the consultation ranking is not in results.json).
   */
  @Test
  void resultsJson_weighted_isValidAndReadsBackEqual() {
    List<Response> no65 =
        responses.stream().filter(r -> !"65+".equals(r.segment().get("age"))).toList();
    for (List<Response> data : List.of(responses, no65)) {
      Results results = results(data, weighting(everyStructure(MARGINS)));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ResultsJson.write(results, out);
      String json = out.toString(StandardCharsets.UTF_8);

      assertThat(SchemaCheck.errors(json)).isEmpty();
      assertThat(json).contains("\"weighting\"").contains("\"nEffective\"");
      assertThat(ResultsJson.read(new ByteArrayInputStream(out.toByteArray())).structures())
          .isEqualTo(results.structures());
    }
  }

  /** An edition without weighting writes neither {@code weighting} nor {@code nEffective}. */
  @Test
  void resultsJson_withoutWeighting_hasNoWeightingMember() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsJson.write(results(responses, null), out);

    assertThat(out.toString(StandardCharsets.UTF_8))
        .doesNotContain("\"weighting\"")
        .doesNotContain("nEffective");
  }

  @Test
  void tally_strategyRefusingWeights_isADefinitionError() {
    ScoringEngine builtIns =
        ScoringEngine.builder().builtIns().strategy(new UnweightedMean()).build();
    WeightingPlan weighting = weighting(everyStructure(MARGINS));

    assertThatThrownBy(() -> builtIns.tally(definitions, weighting))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("does not accept weights");
  }

  /** A {@code mean} whose accumulators take no weight. */
  private record UnweightedMean() implements ItemStrategy {
    @Override
    public String name() {
      return "mean";
    }

    @Override
    public ItemAccumulator empty() {
      return Strategies.mean().empty();
    }
  }

  private static Results results(List<Response> data, WeightingPlan weighting) {
    Tally tally = ENGINE.tally(definitions, weighting);
    data.forEach(tally::add);
    audits.forEach(tally::add);
    return ENGINE.results(tally);
  }

  static WeightingPlan weighting(Population population) {
    Weighting raking = new Weighting(Weighting.Method.RAKING, KEYS);
    return new WeightingPlan(definitions.questionnaire(), raking, population);
  }

  static Population everyStructure(Map<String, Map<String, Double>> margins) {
    return new Population(Map.of(Population.EVERY_STRUCTURE, margins));
  }

  /** The shares of each key's values among responses that have every key. */
  private static Map<String, Map<String, Double>> shares(List<Response> weighted) {
    Map<String, Map<String, Double>> shares = new LinkedHashMap<>();
    for (Segment segment : SegmentedSample.SEGMENTS) {
      Map<String, Double> byValue = new LinkedHashMap<>();
      for (SegmentValue value : segment.values()) {
        long count =
            weighted.stream()
                .filter(r -> value.value().equals(r.segment().get(segment.key())))
                .count();
        byValue.put(value.value(), (double) count / weighted.size());
      }
      shares.put(segment.key(), byValue);
    }
    return shares;
  }

  /** The structure as without weighting: no weighting block, no item nEffective. */
  private static StructureResult unweighted(StructureResult r) {
    Map<String, ItemResult> items = new LinkedHashMap<>();
    r.items()
        .forEach(
            (id, i) ->
                items.put(
                    id,
                    new ItemResult(
                        i.source(),
                        i.theme(),
                        i.value(),
                        i.n(),
                        i.ci(),
                        i.mean(),
                        i.satisfaction(),
                        i.net())));
    return r.withDetails(items, r.segments(), null);
  }

  static List<Integer> cell(Response response) {
    List<Integer> cell = new ArrayList<>();
    for (Segment segment : SegmentedSample.SEGMENTS) {
      String value = response.segment().get(segment.key());
      if (value == null) {
        return null;
      }
      cell.add(segment.position(value));
    }
    return cell;
  }

  private static double weight(Map<List<Integer>, Double> weights, Response response) {
    List<Integer> cell = cell(response);
    return cell == null ? 1.0 : weights.get(cell);
  }

  static int compare(List<Integer> a, List<Integer> b) {
    for (int k = 0; k < a.size(); k++) {
      int order = Integer.compare(a.get(k), b.get(k));
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }

  private static void close(Indicator actual, Indicator expected) {
    assertThat(actual.n()).isEqualTo(expected.n());
    close(actual.value(), expected.value(), 1e-12);
    if (expected.ci() == null) {
      assertThat(actual.ci()).isNull();
    } else {
      assertThat(actual.ci().low()).isCloseTo(expected.ci().low(), within(1e-9));
      assertThat(actual.ci().high()).isCloseTo(expected.ci().high(), within(1e-9));
    }
  }

  private static void sameValue(Indicator actual, Indicator expected) {
    assertThat(actual.n()).isEqualTo(expected.n());
    close(actual.value(), expected.value(), 1e-12);
  }

  private static void close(Double actual, Double expected, double tolerance) {
    if (expected == null) {
      assertThat(actual).isNull();
    } else {
      assertThat(actual).isCloseTo(expected, within(tolerance));
    }
  }
}

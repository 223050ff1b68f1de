package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.scoring.Explanation.IntervalFormula;
import io.github.indiko.scoring.Explanation.ItemPart;
import io.github.indiko.scoring.Explanation.Method;
import io.github.indiko.scoring.Explanation.SourcePart;
import io.github.indiko.scoring.Explanation.Term;
import io.github.indiko.scoring.Explanation.ThemePart;
import io.github.indiko.scoring.Explanation.WeightedMean;
import io.github.indiko.scoring.spi.Interval;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hipparchus.distribution.continuous.TDistribution;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The explanation of every structure of the 2017 sample: its numbers are those of {@code
 * expected/results.json}, and each formula gives them again when computed term by term, from the
 * items up, and from the data lines themselves.
 */
class SampleExplanationTest {
  private static final double TOLERANCE = 1e-9;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final List<Reject> REJECTS = new ArrayList<>();
  private static EditionDefinitions definitions;
  private static ScoringEngine engine;
  private static Tally tally;
  private static JsonNode expected;

  @BeforeAll
  static void score() {
    engine = ScoringEngine.builder().builtIns().build();
    definitions = EditionFolder.load(Samples.edition());
    tally = engine.tally(definitions, Samples.edition(), REJECTS::add);
    expected = JSON.readTree(Samples.expectedResults().toFile());
  }

  @Test
  void explain_everyStructure_numbersOfTheExpectedResults() {
    for (JsonNode structure : expected.get("structures")) {
      Explanation explanation = engine.explain(tally, structure.get("id").asString());

      assertThat(explanation.responses()).isEqualTo(structure.get("responses").asLong());
      assertThat(explanation.audits()).isEqualTo(structure.get("audits").asLong());
      assertNumber(explanation.composite().value(), structure.get("composite"));
      assertThat(explanation.partial()).isEqualTo(structure.get("partial").asBoolean());
      assertThat(explanation.ranking().eligible()).isEqualTo(structure.get("eligible").asBoolean());
      for (Source source : Source.values()) {
        SourcePart part = explanation.source(source);
        JsonNode scores = structure.get(source.id());
        assertThat(part.sufficient()).isEqualTo(scores.get("sufficient").asBoolean());
        assertThat(part.minimums().stream().allMatch(Explanation.Minimum::met))
            .isEqualTo(part.sufficient());
        assertNumber(part.score().value(), scores.get("score"));
        assertThat(part.themes()).hasSize(scores.get("themes").size());
        for (ThemePart theme : part.themes()) {
          assertNumber(theme.score(), scores.get("themes").get(theme.theme().id()));
        }
      }
      assertNumber(explanation.satisfaction().value(), structure.get("satisfaction").get("value"));
      assertNumber(explanation.nps().value(), structure.get("nps").get("value"));
    }
  }

  @Test
  void explain_everyStructure_eachWeightedMeanIsItsTermsSummed() {
    for (StructureResult structure : engine.results(tally).structures()) {
      Explanation explanation = engine.explain(tally, structure.id().value());

      for (Source source : Source.values()) {
        SourcePart part = explanation.source(source);
        for (ThemePart theme : part.themes()) {
          double sum = 0;
          double weights = 0;
          for (ItemPart item : theme.items()) {
            sum += item.weight() * item.value();
            weights += item.weight();
          }
          assertThat(theme.score()).isCloseTo(sum / weights, within(TOLERANCE));
        }
        assertWeightedMean(part.score());
      }
      assertWeightedMean(explanation.composite());
    }
  }

  @Test
  void explain_cafLanvezec_theCompositeOfTheCommand() {
    Explanation caf = engine.explain(tally, "caf-lanvezec");

    assertThat(caf.composite().terms())
        .extracting(Term::id, Term::weight)
        .containsExactly(
tuple("survey", 0.6), tuple("audit", 0.4));
    assertThat(caf.composite().value()).isCloseTo(77.35, within(0.005));
    assertThat(caf.survey().score().terms())
        .extracting(Term::id)
        .containsExactly(
            "accessibility", "courtesy", "e_procedures", "efficiency", "information",
            "waiting_time");
    assertThat(caf.ranking().rank()).isEqualTo(1);
    assertThat(caf.level()).isNotNull();
  }

  @Test
  void explain_everyInterval_itsFormulaGivesItBack() {
    int formulas = 0;
    for (StructureResult structure : engine.results(tally).structures()) {
      Explanation explanation = engine.explain(tally, structure.id().value());
      for (Source source : Source.values()) {
        SourcePart part = explanation.source(source);
        List<ItemPart> items = new ArrayList<>(part.unthemed());
        part.themes().forEach(theme -> items.addAll(theme.items()));
        for (ItemPart item : items) {
          assertThat(item.formula() == null).isEqualTo(item.ci() == null);
          if (item.formula() != null) {
            assertThat(item.formula().method()).isEqualTo(Method.STUDENT_T);
            assertThat(item.formula().quantile())
                .isCloseTo(t(item.n() - 1), within(TOLERANCE));
            assertInterval(item.formula(), item.ci(), 0, 100);
            formulas++;
          }
        }
      }
      if (explanation.satisfaction().ci() != null) {
        Explanation.Statistic satisfaction = explanation.satisfaction();
        assertInterval(satisfaction.formula(), satisfaction.ci(), 0, 100);
      }
      if (explanation.nps().ci() != null) {
        assertInterval(explanation.nps().formula(), explanation.nps().ci(), -100, 100);
      }
      assertThat(explanation.net().formula()).isNull();
    }
    assertThat(formulas).isGreaterThan(100);
  }

  @Test
  void explain_cafLanvezec_npsStandardErrorOfItsAcceptedAnswers() throws IOException {
    Set<Long> rejected = new HashSet<>();
    REJECTS.stream()
        .filter(reject -> reject.source().equals("responses.jsonl"))
        .forEach(reject -> rejected.add(reject.line()));
    long promoters = 0;
    long detractors = 0;
    long n = 0;
    // The sample holds lines that are not UTF-8 on purpose: they are among the rejected.
    String[] lines =
        new String(
                Files.readAllBytes(Samples.edition().resolve("responses.jsonl")),
                StandardCharsets.UTF_8)
            .split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (rejected.contains(i + 1L) || lines[i].isBlank()) {
        continue;
      }
      JsonNode line = JSON.readTree(lines[i]);
      JsonNode recommend = line.get("answers").get("recommend");
      if (line.get("structure").asString().equals("caf-lanvezec")
          && recommend != null
          && recommend.isNumber()) {
        int answer = recommend.asInt();
        n++;
        promoters += answer >= 9 ? 1 : 0;
        detractors += answer <= 6 ? 1 : 0;
      }
    }
    double p = (double) promoters / n;
    double d = (double) detractors / n;

    Explanation.Statistic nps = engine.explain(tally, "caf-lanvezec").nps();

    assertThat(nps.n()).isEqualTo(n);
    assertThat(nps.formula().method()).isEqualTo(Method.NPS);
    assertThat(nps.formula().centre()).isCloseTo(100 * (p - d), within(TOLERANCE));
    assertThat(nps.formula().standardError())
        .isCloseTo(100 * Math.sqrt((p + d - (p - d) * (p - d)) / n), within(TOLERANCE));
    assertThat(nps.formula().quantile()).isCloseTo(1.959964, within(1e-6));
  }

  @Test
  void explain_mediathequeBelowTheSurveyMinimum_auditAloneAndPartial() {
    Explanation mediatheque = engine.explain(tally, "mediatheque-pontarlier-bas");

    assertThat(mediatheque.survey().sufficient()).isFalse();
    assertThat(mediatheque.survey().minimums())
        .containsExactly(new Explanation.Minimum(null, 15, 30));
    assertThat(mediatheque.survey().score().value()).isNotNull();
    assertThat(mediatheque.composite().terms()).extracting(Term::id).containsExactly("audit");
    assertThat(mediatheque.composite().value())
        .isCloseTo(mediatheque.audit().score().value(), within(TOLERANCE));
    assertThat(mediatheque.partial()).isTrue();
    assertThat(mediatheque.ranking().rank()).isNull();
  }

  private static void assertWeightedMean(WeightedMean mean) {
    if (mean.terms().isEmpty()) {
      assertThat(mean.value()).isNull();
      return;
    }
    double sum = 0;
    double weights = 0;
    for (Term term : mean.terms()) {
      sum += term.weight() * term.value();
      weights += term.weight();
    }
    assertThat(mean.value()).isCloseTo(sum / weights, within(TOLERANCE));
  }

  private static void assertInterval(IntervalFormula formula, Interval ci, double min, double max) {
    double half = formula.quantile() * formula.standardError();
    double low = Math.min(Math.max(formula.centre() - half, min), max);
    double high = Math.max(Math.min(formula.centre() + half, max), min);
    assertThat(ci.low()).isCloseTo(low, within(TOLERANCE));
    assertThat(ci.high()).isCloseTo(high, within(TOLERANCE));
  }

  private static double t(long degreesOfFreedom) {
    return new TDistribution(degreesOfFreedom).inverseCumulativeProbability(0.975);
  }

  private static void assertNumber(@Nullable Double actual, JsonNode expected) {
    if (expected.isNull()) {
      assertThat(actual).isNull();
    } else {
      assertThat(actual).isCloseTo(expected.asDouble(), within(TOLERANCE * 100));
    }
  }
}

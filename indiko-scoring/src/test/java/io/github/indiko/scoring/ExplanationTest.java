package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.scoring.Explanation.IntervalFormula;
import io.github.indiko.scoring.Explanation.ItemPart;
import io.github.indiko.scoring.Explanation.Method;
import io.github.indiko.scoring.Explanation.Minimum;
import io.github.indiko.scoring.Explanation.Term;
import io.github.indiko.scoring.spi.ItemAccumulator;
import io.github.indiko.scoring.spi.ItemStrategy;
import io.github.indiko.scoring.spi.Strategies;
import io.github.indiko.testsupport.edition.TinyEdition;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explanation on the hand-computed examples of scoring.md §5 and on small editions. */
class ExplanationTest {
  private static final ScoringEngine ENGINE = ScoringEngine.builder().builtIns().build();
  private static final double Z95 = 1.959964;

  @TempDir Path dir;

  @Test
  void explain_meanOf50_75_75_100_studentTWithItsQuantileAndStandardError() {
    TinyEdition edition = new TinyEdition().structure("s-a", 20000L, null, true);
    Tally tally = ENGINE.tally(edition.write(dir));
    // Answers 3, 4, 4, 5 on 1..5: item scores 50, 75, 75, 100 (scoring.md §5, worked example).
    for (int q : new int[] {3, 4, 4, 5}) {
      tally.add(edition.response("s-a", Channel.IN_PERSON, q, null));
    }

    ItemPart q = onlyItem(ENGINE.explain(tally, "s-a"), Theme.COURTESY);

    assertThat(q.id()).isEqualTo("q");
    assertThat(q.n()).isEqualTo(4);
    assertThat(q.value()).isEqualTo(75.0);
    IntervalFormula formula = q.formula();
    assertThat(formula.method()).isEqualTo(Method.STUDENT_T);
    assertThat(formula.centre()).isEqualTo(75.0);
    assertThat(formula.quantile()).isCloseTo(3.182446, within(1e-6));
    // sd = √((625 + 0 + 0 + 625) / 3) = 20.41; se = sd / √4.
    assertThat(formula.standardError()).isCloseTo(Math.sqrt(1250.0 / 3) / 2, within(1e-9));
    // Clipped at 100 above: the half-width shows only below.
    assertThat(q.ci().low()).isCloseTo(42.52, within(0.005));
    assertThat(q.ci().low()).isCloseTo(75 - formula.halfWidth(), within(1e-9));
    assertThat(q.ci().high()).isEqualTo(100.0);
  }

  @Test
  void explain_45of50Favourable_wilsonCentreAndStandardErrorOfScoringMd() {
    TinyEdition edition = new TinyEdition().structure("s-a", 20000L, null, true);
    Tally tally = ENGINE.tally(edition.write(dir));
    for (int i = 0; i < 50; i++) {
      tally.add(edition.response("s-a", Channel.IN_PERSON, null, i < 45 ? 5 : 1));
    }

    Explanation.Statistic satisfaction = ENGINE.explain(tally, "s-a").satisfaction();

    assertThat(satisfaction.value()).isEqualTo(90.0);
    assertThat(satisfaction.n()).isEqualTo(50);
    assertThat(satisfaction.ci().low()).isCloseTo(78.64, within(0.005));
    assertThat(satisfaction.ci().high()).isCloseTo(95.65, within(0.005));
    IntervalFormula formula = satisfaction.formula();
    assertThat(formula.method()).isEqualTo(Method.WILSON);
    assertThat(formula.quantile()).isCloseTo(Z95, within(1e-6));
    double p = 0.9;
    double z = formula.quantile();
    double n = 50;
    double denominator = 1 + z * z / n;
    assertThat(formula.centre()).isCloseTo(100 * (p + z * z / (2 * n)) / denominator, within(1e-9));
    assertThat(formula.standardError())
        .isCloseTo(
            100 * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator, within(1e-9));
  }

  @Test
  void explain_topBoxStrategy_itemsHaveWilsonFormulas() {
    TinyEdition edition =
        new TinyEdition().scoring("\"survey\": \"top-box\"").structure("s-a", 20000L, null, true);
    Tally tally = ENGINE.tally(edition.write(dir));
    for (int q : new int[] {5, 5, 4, 2, 1}) {
      tally.add(edition.response("s-a", Channel.IN_PERSON, q, null));
    }

    ItemPart q = onlyItem(ENGINE.explain(tally, "s-a"), Theme.COURTESY);

    assertThat(q.value()).isEqualTo(60.0);
    assertThat(q.formula().method()).isEqualTo(Method.WILSON);
    assertThat(q.formula().centre() - q.formula().halfWidth())
        .isCloseTo(q.ci().low(), within(1e-9));
    assertThat(q.formula().centre() + q.formula().halfWidth())
        .isCloseTo(q.ci().high(), within(1e-9));
  }

  @Test
  void explain_strategyNotBuiltIn_intervalWithoutFormula() {
    ItemStrategy custom =
        new ItemStrategy() {
          @Override
          public String name() {
            return "custom";
          }

          @Override
          public ItemAccumulator empty() {
            return Strategies.mean().empty();
          }
        };
    ScoringEngine engine = ScoringEngine.builder().builtIns().strategy(custom).build();
    TinyEdition edition =
        new TinyEdition().scoring("\"survey\": \"custom\"").structure("s-a", 20000L, null, true);
    Tally tally = engine.tally(edition.write(dir));
    for (int q : new int[] {5, 4, 2}) {
      tally.add(edition.response("s-a", Channel.IN_PERSON, q, null));
    }

    ItemPart q = onlyItem(engine.explain(tally, "s-a"), Theme.COURTESY);

    assertThat(q.ci()).isNotNull();
    assertThat(q.formula()).isNull();
  }

  @Test
  void explain_belowTheMinimums_saysWhatIsMissingAndLeavesTheSourceOut() {
    TinyEdition edition =
        new TinyEdition()
            .scoring("\"minimumResponses\": 5, \"minimumAudits\": {\"phone\": 2, \"in_person\": 1}")
            .structure("s-desk", 20000L, "[\"in_person\", \"email\"]", true);
    Tally tally = ENGINE.tally(edition.write(dir));
    for (int q : new int[] {5, 4, 3}) {
      tally.add(edition.response("s-desk", Channel.IN_PERSON, q, null));
    }
    tally.add(edition.audit("s-desk", Channel.IN_PERSON, true));

    Explanation explanation = ENGINE.explain(tally, "s-desk");

    assertThat(explanation.survey().sufficient()).isFalse();
    assertThat(explanation.survey().minimums()).containsExactly(new Minimum(null, 3, 5));
    assertThat(explanation.survey().minimums().get(0).met()).isFalse();
    // The phone minimum does not apply: the structure does not offer the phone.
    assertThat(explanation.audit().sufficient()).isTrue();
    assertThat(explanation.audit().minimums())
        .containsExactly(new Minimum(Channel.IN_PERSON, 1, 1));
    assertThat(explanation.survey().score().value()).isEqualTo(75.0);
    assertThat(explanation.composite().terms()).containsExactly(new Term("audit", 0.5, 100.0));
    assertThat(explanation.composite().value()).isEqualTo(100.0);
    assertThat(explanation.partial()).isTrue();
    assertThat(explanation.ranking().eligible()).isFalse();
    assertThat(explanation.ranking().rank()).isNull();
    assertThat(explanation.ranking().policy()).isEqualTo("composite");
  }

  @Test
  void explain_notEnrolledStructureNamedByData_explainedWithoutNumbers() {
    TinyEdition edition =
        new TinyEdition()
            .structure("s-a", 20000L, null, true)
            .structure("s-out", 20000L, null, false);
    Tally tally = ENGINE.tally(edition.write(dir));
    tally.add(edition.response("s-a", Channel.IN_PERSON, 5, null));
    tally.add(
        new LineResult.Rejected<>(
            new Reject("responses.jsonl", 2, "r-x", RejectReason.NOT_ENROLLED, "not enrolled"),
            new StructureId("s-out")));

    Explanation explanation = ENGINE.explain(tally, "s-out");

    assertThat(explanation.enrolled()).isFalse();
    assertThat(explanation.level()).isNull();
    assertThat(explanation.survey().themes()).isEmpty();
    assertThat(explanation.composite().terms()).isEmpty();
    assertThat(explanation.composite().value()).isNull();
    assertThat(explanation.satisfaction().formula()).isNull();
  }

  @Test
  void explain_unknownStructure_illegalArgumentNamingIt() {
    TinyEdition edition = new TinyEdition().structure("s-a", 20000L, null, true);
    Tally tally = ENGINE.tally(edition.write(dir));

    assertThatThrownBy(() -> ENGINE.explain(tally, "mairie-nowhere"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no structure 'mairie-nowhere' among the enrolled structures and those the data names");
  }

  @Test
  void method_id_asInTheJson() {
    assertThat(Method.STUDENT_T.id()).isEqualTo("student-t");
    assertThat(Method.WILSON.id()).isEqualTo("wilson");
    assertThat(Method.NPS.id()).isEqualTo("nps");
  }

  private static ItemPart onlyItem(Explanation explanation, Theme theme) {
    Explanation.SourcePart survey = explanation.source(Source.SURVEY);
    return survey.themes().stream()
        .filter(part -> part.theme().equals(theme))
        .findFirst()
        .orElseThrow()
        .items()
        .get(0);
  }
}

package io.github.indiko.reports;

import static io.github.indiko.reports.SampleFixture.PREVIOUS_RESULTS;
import static io.github.indiko.reports.SampleFixture.RESULTS;
import static io.github.indiko.reports.SampleFixture.expected;
import static io.github.indiko.reports.SampleFixture.previous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.SourceResult;
import io.github.indiko.scoring.StructureResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AnalysisTest {
  private static final Offset<Double> CLOSE = within(1e-9);

  /** formats.md's default: the sample's edition.json sets no target. */
  private static final double TARGET = 80;

  /** The sample's {@code scoring.sources}. */
  private static final double SURVEY = 0.6;

  private static final double AUDIT = 0.4;

  /** Φ⁻¹(0.975). */
  private static final double Z_975 = 1.959963984540054;

  private static final ReportSet REPORTS = Reports.of(SampleFixture.scored(), PREVIOUS_RESULTS);

  @Test
  void composite_besideTargetAndPrevious() {
    AnalysisReport caf = analysis("caf-lanvezec");
    double now = expected("caf-lanvezec").get("composite").asDouble();
    double then = previous("caf-lanvezec").get("composite").asDouble();

    assertThat(caf.previousEdition().value()).isEqualTo("2016");
    assertThat(caf.target()).isEqualTo(TARGET);
    assertThat(caf.composite().value()).isCloseTo(now, CLOSE);
    assertThat(caf.composite().toTarget()).isCloseTo(now - TARGET, CLOSE);
    assertThat(caf.composite().previous()).isEqualTo(then);
    assertThat(caf.composite().change()).isCloseTo(5.0, within(1e-9));
    assertThat(caf.eligible()).isTrue();
    assertThat(caf.partial()).isFalse();
  }

  @Test
  void sources_surveyThenAudit_withPreviousScoresAndThemes() {
    AnalysisReport caf = analysis("caf-lanvezec");
    JsonNode now = expected("caf-lanvezec");
    JsonNode then = previous("caf-lanvezec");

    assertThat(caf.sources())
        .extracting(SourceAnalysis::source)
        .containsExactly(Source.SURVEY, Source.AUDIT);
    SourceAnalysis survey = caf.sources().get(0);
    assertThat(survey.weight()).isEqualTo(SURVEY);
    assertThat(survey.sufficient()).isTrue();
    assertThat(survey.score().value()).isCloseTo(now.at("/survey/score").asDouble(), CLOSE);
    assertThat(survey.score().previous()).isEqualTo(then.at("/survey/score").asDouble());
    assertThat(survey.score().change()).isCloseTo(4.0, CLOSE);
    assertThat(survey.themes())
        .extracting(t -> t.theme().id())
        .containsExactlyElementsOf(names(now.at("/survey/themes")));
    ThemeAnalysis overall = theme(survey, "overall");
    assertThat(overall.weight()).isZero();
    assertThat(overall.score().change()).isCloseTo(2.0, CLOSE);
    ThemeAnalysis efficiency = theme(survey, "efficiency");
    assertThat(efficiency.weight()).isEqualTo(1.5);
    assertThat(efficiency.score().value())
        .isCloseTo(now.at("/survey/themes/efficiency").asDouble(), CLOSE);
    assertThat(efficiency.score().toTarget())
        .isCloseTo(now.at("/survey/themes/efficiency").asDouble() - TARGET, CLOSE);
    SourceAnalysis audit = caf.sources().get(1);
    assertThat(audit.weight()).isEqualTo(AUDIT);
    assertThat(audit.score().change()).isCloseTo(3.0, CLOSE);
    assertThat(theme(audit, "information").score().previous())
        .isEqualTo(then.at("/audit/themes/information").asDouble());
    assertThat(theme(audit, "information").score().change()).isCloseTo(1.0, CLOSE);
  }

  @Test
  void channels_suppressedSurveyChannelHasNoScore() {
    SourceAnalysis survey = analysis("caf-lanvezec").sources().get(0);
    JsonNode channels = expected("caf-lanvezec").at("/survey/channels");

    assertThat(survey.channels().keySet())
        .extracting(Channel::id)
        .containsExactlyElementsOf(names(channels));
    assertThat(survey.channels().get(new Channel("email")).suppressed()).isTrue();
    assertThat(survey.channels().get(new Channel("email")).score()).isNull();
    assertThat(survey.channels().get(new Channel("email")).n()).isNull();
    assertThat(survey.channels().get(new Channel("in_person")).suppressed()).isFalse();
    assertThat(survey.channels().get(new Channel("in_person")).score())
        .isCloseTo(channels.at("/in_person/score").asDouble(), CLOSE);
  }

  @Test
  void benchmark_aloneInCategory_noCategoryMeanNoRanking() {
    AnalysisReport caf = analysis("caf-lanvezec");

    assertThat(caf.ranking()).isNull();
    assertThat(caf.sources().get(0).themes())
        .allSatisfy(
            t -> {
              assertThat(t.categoryMean()).isNull();
              assertThat(t.categoryStructures()).isEqualTo(1);
            });
  }

  @Test
  void benchmark_oneOtherInCategory_noCategoryMeanNoRanking() {
    AnalysisReport castelbrune = analysis("ch-castelbrune");

    assertThat(castelbrune.eligible()).isTrue();
    assertThat(expected("ch-castelbrune").get("of").asInt()).isEqualTo(2);
    assertThat(castelbrune.ranking()).isNull();
    ThemeAnalysis courtesy = theme(castelbrune.sources().get(1), "courtesy");
    assertThat(courtesy.categoryMean()).isNull();
    assertThat(courtesy.categoryStructures()).isEqualTo(2);
  }

  @Test
  void benchmark_fourInCategory_meanOverThemAndRanking() {
    AnalysisReport roches = analysis("mairie-roches-sur-marne");
    List<String> communes =
        List.of(
            "mairie-ezanville",
            "mairie-grandpre-sur-vire",
            "mairie-roches-sur-marne",
            "mairie-trevennec");
    double sum = 0;
    for (String commune : communes) {
      sum += expected(commune).at("/audit/themes/information").asDouble();
    }

    ThemeAnalysis information = theme(roches.sources().get(1), "information");
    assertThat(information.categoryStructures()).isEqualTo(4);
    assertThat(information.categoryMean()).isCloseTo(sum / 4, CLOSE);
    JsonNode result = expected("mairie-roches-sur-marne");
    int rank = result.get("rank").asInt();
    assertThat(roches.ranking()).isNotNull();
    assertThat(roches.ranking().rank()).isEqualTo(rank).isEqualTo(2);
    assertThat(roches.ranking().of()).isEqualTo(4);
    assertThat(roches.ranking().percentile()).isCloseTo(100.0 * 2 / 3, CLOSE);
  }

  @Test
  void satisfactionChange_notSignificant_zByHand() {
    SatisfactionChange change = analysis("caf-lanvezec").satisfactionChange();
    JsonNode now = expected("caf-lanvezec").get("satisfaction");
    JsonNode then = previous("caf-lanvezec").get("satisfaction");
    // 79 favourable of 93 against 72 of 90.
    long x1 = Math.round(now.get("value").asDouble() * 93 / 100);
    assertThat(x1).isEqualTo(79);
    assertThat(then.get("n").asLong()).isEqualTo(90);
    double pooled = (79.0 + 72) / (93 + 90);
    double z = (79.0 / 93 - 72.0 / 90) / Math.sqrt(pooled * (1 - pooled) * (1.0 / 93 + 1.0 / 90));

    assertThat(change.n()).isEqualTo(93);
    assertThat(change.previousN()).isEqualTo(90);
    assertThat(change.current()).isCloseTo(now.get("value").asDouble(), CLOSE);
    assertThat(change.previous()).isEqualTo(80.0);
    assertThat(change.change()).isCloseTo(now.get("value").asDouble() - 80, CLOSE);
    assertThat(change.z()).isCloseTo(z, CLOSE).isCloseTo(0.8806, within(1e-4));
    assertThat(change.significant()).isFalse();
  }

  @Test
  void satisfactionChange_significant_zByHand() {
    SatisfactionChange change = analysis("ch-montbazac").satisfactionChange();
    // 190 favourable of 413 against 220 of 400.
    assertThat(Math.round(expected("ch-montbazac").at("/satisfaction/value").asDouble() * 4.13))
        .isEqualTo(190);
    double pooled = (190.0 + 220) / (413 + 400);
    double z =
        (190.0 / 413 - 220.0 / 400) / Math.sqrt(pooled * (1 - pooled) * (1.0 / 413 + 1.0 / 400));

    assertThat(change.z()).isCloseTo(z, CLOSE).isCloseTo(-2.5646, within(1e-4));
    assertThat(Math.abs(z)).isGreaterThan(Z_975);
    assertThat(change.significant()).isTrue();
  }

  @Test
  void previous_structureNotInPreviousResults_nothingToCompare() {
    AnalysisReport universite = analysis("universite-belcourt");

    assertThat(universite.previousEdition()).isNull();
    assertThat(universite.satisfactionChange()).isNull();
    assertThat(universite.composite().previous()).isNull();
    assertThat(universite.composite().change()).isNull();
    assertThat(universite.composite().value())
        .isCloseTo(expected("universite-belcourt").get("composite").asDouble(), CLOSE);
    assertThat(universite.sources())
        .allSatisfy(
            s -> assertThat(s.themes()).allSatisfy(t -> assertThat(t.score().previous()).isNull()));
    assertThat(universite.partial()).isTrue();
    assertThat(universite.ranking()).isNull();
  }

  @Test
  void previous_none_nothingToCompare() {
    AnalysisReport caf =
        Reports.of(SampleFixture.scored(), null)
            .structure(new StructureId("caf-lanvezec"))
            .orElseThrow()
            .analysis();

    assertThat(caf.previousEdition()).isNull();
    assertThat(caf.satisfactionChange()).isNull();
    assertThat(caf.composite().change()).isNull();
    assertThat(caf.composite().toTarget()).isNotNull();
  }

  @Test
  void themes_weightedOverSources_byHand() {
    AnalysisReport caf = analysis("caf-lanvezec");
    JsonNode now = expected("caf-lanvezec");

    assertThat(caf.themes())
        .extracting(t -> t.theme().id())
        .containsExactly(
            "accessibility",
            "courtesy",
            "e_procedures",
            "efficiency",
            "information",
            "waiting_time");
    for (ThemeScore score : caf.themes()) {
      String theme = score.theme().id();
      double combined =
          (SURVEY * now.at("/survey/themes/" + theme).asDouble()
                  + AUDIT * now.at("/audit/themes/" + theme).asDouble())
              / (SURVEY + AUDIT);
      assertThat(score.score()).as(theme).isCloseTo(combined, CLOSE);
    }
  }

  @Test
  void themes_onlySourcesThatScoreTheTheme() {
    // Its audit scores courtesy, efficiency and waiting_time only.
    AnalysisReport universite = analysis("universite-belcourt");
    JsonNode now = expected("universite-belcourt");

    assertThat(score(universite.themes(), "information"))
        .isCloseTo(now.at("/survey/themes/information").asDouble(), CLOSE);
    assertThat(score(universite.themes(), "courtesy"))
        .isCloseTo(
            (SURVEY * now.at("/survey/themes/courtesy").asDouble()
                    + AUDIT * now.at("/audit/themes/courtesy").asDouble())
                / (SURVEY + AUDIT),
            CLOSE);
  }

  @Test
  void strengthsAndWeaknesses_threeEach_tiesByThemeId() {
    Results tied =
        replace(
            RESULTS,
            "caf-lanvezec",
            Map.of(
                Theme.ACCESSIBILITY, 70.0,
                Theme.COURTESY, 90.0,
                Theme.E_PROCEDURES, 50.0,
                Theme.EFFICIENCY, 90.0,
                Theme.INFORMATION, 50.0,
                Theme.WAITING_TIME, 60.0),
            Map.of());

    AnalysisReport caf =
        analysis(Reports.of(SampleFixture.scored(tied, Map.of()), null), "caf-lanvezec");

    assertThat(caf.strengths())
        .extracting(t -> t.theme().id())
        .containsExactly("courtesy", "efficiency", "accessibility");
    assertThat(caf.weaknesses())
        .extracting(t -> t.theme().id())
        .containsExactly("e_procedures", "information", "waiting_time");
    assertThat(caf.strengths().get(0).score()).isCloseTo(90.0, CLOSE);
  }

  @Test
  void strengthsAndWeaknesses_threeThemes_oneEach() {
    Results few =
        replace(
            RESULTS,
            "caf-lanvezec",
            Map.of(Theme.COURTESY, 40.0, Theme.OVERALL, 99.0),
            Map.of(Theme.EFFICIENCY, 70.0, Theme.INFORMATION, 55.0));

    AnalysisReport caf =
        analysis(Reports.of(SampleFixture.scored(few, Map.of()), null), "caf-lanvezec");

    assertThat(caf.themes())
        .extracting(t -> t.theme().id())
        .containsExactly("courtesy", "efficiency", "information");
    assertThat(caf.strengths()).extracting(t -> t.theme().id()).containsExactly("efficiency");
    assertThat(caf.weaknesses()).extracting(t -> t.theme().id()).containsExactly("courtesy");
  }

  @Test
  void strengthsAndWeaknesses_sample_bestAndWorstOfCombinedThemes() {
    AnalysisReport roches = analysis("mairie-roches-sur-marne");
    List<ThemeScore> sorted = new ArrayList<>(roches.themes());
    sorted.sort((a, b) -> Double.compare(b.score(), a.score()));

    assertThat(roches.strengths()).containsExactlyElementsOf(sorted.subList(0, 3));
    assertThat(roches.weaknesses()).containsExactly(sorted.get(5), sorted.get(4), sorted.get(3));
  }

  @Test
  void items_everyScoredItemInOrderButQuestionsWithoutATheme() {
    AnalysisReport montbazac = analysis("ch-montbazac");
    JsonNode items = expected("ch-montbazac").get("items");
    List<String> themed = new ArrayList<>();
    for (String name : names(items)) {
      JsonNode item = items.get(name);
      if (!item.get("theme").isNull() || item.get("source").asString().equals("audit")) {
        themed.add(name);
      }
    }

    // scoring.md §8.2: filter and consent questions are distributions in raw results only.
    assertThat(names(items)).contains("used_online", "comment_contact");
    assertThat(montbazac.items())
        .extracting(ItemAnalysis::id)
        .containsExactlyElementsOf(themed)
        .doesNotContain("used_online", "comment_contact");
    ItemAnalysis rings =
        montbazac.items().stream()
            .filter(i -> i.id().equals("phone_rings"))
            .findFirst()
            .orElseThrow();
    assertThat(rings.source()).isEqualTo(Source.AUDIT);
    assertThat(rings.theme()).isEqualTo(Theme.WAITING_TIME);
    assertThat(rings.value()).isCloseTo(items.at("/phone_rings/value").asDouble(), CLOSE);
    assertThat(rings.n()).isEqualTo(4);
    // The engine matches the sample's intervals within a relative 1e-9 (SampleResultsTest).
    assertThat(rings.ci().high()).isCloseTo(items.at("/phone_rings/ci/1").asDouble(), within(1e-7));
  }

  @Test
  void indicators_fromResults() {
    AnalysisReport montbazac = analysis("ch-montbazac");
    JsonNode now = expected("ch-montbazac");

    assertThat(montbazac.satisfaction().value())
        .isCloseTo(now.at("/satisfaction/value").asDouble(), CLOSE);
    assertThat(montbazac.net().n()).isEqualTo(now.at("/net/n").asLong());
    assertThat(montbazac.nps().value()).isCloseTo(now.at("/nps/value").asDouble(), CLOSE);
  }

  private static AnalysisReport analysis(String id) {
    return analysis(REPORTS, id);
  }

  private static AnalysisReport analysis(ReportSet reports, String id) {
    return reports.structure(new StructureId(id)).orElseThrow().analysis();
  }

  private static ThemeAnalysis theme(SourceAnalysis source, String id) {
    return source.themes().stream()
        .filter(t -> t.theme().id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static double score(List<ThemeScore> themes, String id) {
    return themes.stream().filter(t -> t.theme().id().equals(id)).findFirst().orElseThrow().score();
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.propertyNames().forEach(names::add);
    return names;
  }

  /** The results with one structure's survey and audit themes replaced. */
  static Results replace(
      Results results, String id, Map<Theme, Double> survey, Map<Theme, Double> audit) {
    List<StructureResult> structures = new ArrayList<>();
    for (StructureResult r : results.structures()) {
      structures.add(
          !r.id().value().equals(id)
              ? r
              : new StructureResult(
                  r.id(),
                  r.category(),
                  r.enrolled(),
                  r.level(),
                  r.responses(),
                  r.audits(),
                  new SourceResult(
                      r.survey().score(), r.survey().sufficient(), survey, r.survey().channels()),
                  new SourceResult(
                      r.audit().score(), r.audit().sufficient(), audit, r.audit().channels()),
                  r.composite(),
                  r.partial(),
                  r.eligible(),
                  r.satisfaction(),
                  r.net(),
                  r.nps(),
                  r.rank(),
                  r.of(),
                  r.percentile(),
                  r.items(), Map.of()));
    }
    return new Results(
        results.edition(),
        results.asOf(),
        results.responses(),
        results.audits(),
        structures,
        results.trophies(),
        results.notAwarded(),
        results.consultation());
  }
}

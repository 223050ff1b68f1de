package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.Population;
import io.github.indiko.core.edition.ScoringSettings;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.Weighting;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.questionnaire.SegmentValue;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.scoring.ItemResult;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ScoredEdition;
import io.github.indiko.scoring.StructureResult;
import io.github.indiko.scoring.StructureWeighting;
import io.github.indiko.scoring.StructureWeighting.Status;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Survey weighting in the results analysis (analysis.md §A3) of the sample's caf-lanvezec, in an
 * edition that asks for raking on {@code age} and {@code sex}: its results are given by hand a
 * weighting block (7 cycles, 500 weighted and 30 unweighted responses, nEffective 411.6, so 412
 * of 530 when read) and, on each survey item, nEffective = 0.8 · n + 0.25.
 */
class WeightingReportsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final StructureId CAF = new StructureId("caf-lanvezec");
  private static final HtmlOptions ENGLISH = new HtmlOptions(Locale.ENGLISH, ScoreScale.HUNDRED);
  private static final HtmlOptions FRENCH = new HtmlOptions(Locale.FRENCH, ScoreScale.HUNDRED);

  private static final StructureWeighting WEIGHTED =
      new StructureWeighting(Status.WEIGHTED, 7, 500, 30, 411.6, 1.2876, null, null);
  private static final StructureWeighting EMPTY_CELL =
      new StructureWeighting(Status.EMPTY_CELL, null, 500, 30, 530.0, 1.0, "age", "65+");
  private static final StructureWeighting NOT_CONVERGED =
      new StructureWeighting(Status.NOT_CONVERGED, null, 500, 30, 530.0, 1.0, null, null);
  private static final StructureWeighting NONE =
      new StructureWeighting(Status.NONE, null, 0, 530, 530.0, 1.0, null, null);

  private static final EditionDefinitions DEFINITIONS = definitions("Age");
  private static final AnalysisReport ANALYSIS = analysis();
  private static final AnalysisReport UNWEIGHTED =
      Reports.of(SampleFixture.scored(), null).structure(CAF).orElseThrow().analysis();

  @Test
  void analysis_weightedEdition_carriesMethodKeysBlockAndItemsNEffective() {
    WeightingAnalysis weighting = ANALYSIS.weighting();
    assertThat(weighting).isNotNull();
    assertThat(weighting.method()).isEqualTo(Weighting.Method.RAKING);
    assertThat(weighting.keys()).containsExactly("age", "sex");
    assertThat(weighting.result()).isEqualTo(WEIGHTED);
    assertThat(weighting.responses()).isEqualTo(530);
    assertThat(ANALYSIS.items()).isNotEmpty();
    for (ItemAnalysis item : ANALYSIS.items()) {
      if (item.source() == Source.SURVEY) {
        assertThat(item.nEffective()).as(item.id()).isEqualTo(0.8 * item.n() + 0.25);
      } else {
        assertThat(item.nEffective()).as(item.id()).isNull();
      }
    }
    assertThat(UNWEIGHTED.weighting()).isNull();
    assertThat(UNWEIGHTED.items()).extracting(ItemAnalysis::nEffective).containsOnlyNulls();
  }

  @Test
  void json_weighted_blockAfterTheItemsAndNEffectiveBesideN() {
    JsonNode report = tree(json(ANALYSIS));
    List<String> members = new ArrayList<>(report.propertyNames());
    assertThat(members.get(members.size() - 1)).isEqualTo("weighting");
    JsonNode weighting = report.get("weighting");
    assertThat(new ArrayList<>(weighting.propertyNames()))
        .containsExactly(
            "method", "keys", "status", "cycles", "weightedResponses", "unweightedResponses",
            "nEffective", "designEffect", "key", "value");
    assertThat(weighting.get("method").asString()).isEqualTo("raking");
    assertThat(weighting.get("keys").get(0).asString()).isEqualTo("age");
    assertThat(weighting.get("keys").get(1).asString()).isEqualTo("sex");
    assertThat(weighting.get("status").asString()).isEqualTo("weighted");
    assertThat(weighting.get("cycles").asInt()).isEqualTo(7);
    assertThat(weighting.get("weightedResponses").asLong()).isEqualTo(500);
    assertThat(weighting.get("unweightedResponses").asLong()).isEqualTo(30);
    assertThat(weighting.get("nEffective").asDouble()).isEqualTo(411.6);
    assertThat(weighting.get("designEffect").asDouble()).isEqualTo(1.2876);
    assertThat(weighting.get("key").isNull()).isTrue();
    assertThat(weighting.get("value").isNull()).isTrue();
    for (JsonNode item : report.get("items")) {
      List<String> itemMembers = new ArrayList<>(item.propertyNames());
      assertThat(itemMembers.indexOf("nEffective")).isEqualTo(itemMembers.indexOf("n") + 1);
      if (item.get("source").asString().equals("survey")) {
        assertThat(item.get("nEffective").asDouble())
            .isEqualTo(0.8 * item.get("n").asLong() + 0.25);
      } else {
        assertThat(item.get("nEffective").isNull()).isTrue();
      }
    }
  }

  @Test
  void json_everyStatus_mirrorsTheRecords() {
    for (StructureWeighting block : List.of(WEIGHTED, EMPTY_CELL, NOT_CONVERGED, NONE)) {
      AnalysisReport report = with(block);
      JsonMirror.assertReport(tree(json(report)), ReportJson.ANALYSIS, report);
    }
  }

  @Test
  void json_emptyCell_namesTheKeyAndValueWithoutCycles() {
    JsonNode weighting = tree(json(with(EMPTY_CELL))).get("weighting");
    assertThat(weighting.get("status").asString()).isEqualTo("empty_cell");
    assertThat(weighting.get("cycles").isNull()).isTrue();
    assertThat(weighting.get("key").asString()).isEqualTo("age");
    assertThat(weighting.get("value").asString()).isEqualTo("65+");
    assertThat(weighting.get("nEffective").asDouble()).isEqualTo(530.0);
  }

  @Test
  void json_everyStatus_validAgainstTheSchema() {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(JSON.readTree(ReportJson.schema("analysis")));
    for (StructureWeighting block : List.of(WEIGHTED, EMPTY_CELL, NOT_CONVERGED, NONE)) {
      assertThat(schema.validate(tree(json(with(block))))).as(block.status().json()).isEmpty();
    }
    assertThat(schema.validate(tree(json(UNWEIGHTED)))).isEmpty();
    String weighted = json(ANALYSIS);
    String withoutItemNEffective = weighted.replaceFirst("\"nEffective\": [0-9.]+,", "");
    assertThat(withoutItemNEffective).isNotEqualTo(weighted);
    assertThat(schema.validate(tree(withoutItemNEffective))).isNotEmpty();
    String cyclesNotWeighted =
        json(with(NOT_CONVERGED)).replace("\"cycles\": null", "\"cycles\": 3");
    assertThat(cyclesNotWeighted).contains("\"cycles\": 3");
    assertThat(schema.validate(tree(cyclesNotWeighted))).isNotEmpty();
    String unweighted = json(UNWEIGHTED);
    String strayNEffective =
        unweighted.replaceFirst("\"n\": ([0-9]+),", "\"n\": $1, \"nEffective\": 1.0,");
    assertThat(strayNEffective).isNotEqualTo(unweighted);
    assertThat(schema.validate(tree(strayNEffective))).isNotEmpty();
  }

  @Test
  void csv_weighted_methodKeysBlockAndItemsNEffective() {
    Map<String, String> rows = csv(ANALYSIS);
    assertThat(rows).containsEntry("weighting///method", "raking");
    assertThat(rows).containsEntry("weighting/age//position", "1");
    assertThat(rows).containsEntry("weighting/sex//position", "2");
    assertThat(rows).containsEntry("weighting///status", "weighted");
    assertThat(rows).containsEntry("weighting///cycles", "7");
    assertThat(rows).containsEntry("weighting///weightedResponses", "500");
    assertThat(rows).containsEntry("weighting///unweightedResponses", "30");
    assertThat(rows).containsEntry("weighting///nEffective", "411.6");
    assertThat(rows).containsEntry("weighting///designEffect", "1.2876");
    assertThat(rows).containsEntry("weighting///key", "");
    assertThat(rows).containsEntry("weighting///value", "");
    for (ItemAnalysis item : ANALYSIS.items()) {
      String key = "item/" + item.id() + "/" + item.source().id() + "/nEffective";
      if (item.source() == Source.SURVEY) {
        assertThat(Double.parseDouble(rows.get(key))).isEqualTo(0.8 * item.n() + 0.25);
      } else {
        assertThat(rows).containsEntry(key, "");
      }
    }
  }

  @Test
  void csv_emptyCell_keyAndValueAndNoCycles() {
    Map<String, String> rows = csv(with(EMPTY_CELL));
    assertThat(rows).containsEntry("weighting///status", "empty_cell");
    assertThat(rows).containsEntry("weighting///cycles", "");
    assertThat(rows).containsEntry("weighting///key", "age");
    assertThat(rows).containsEntry("weighting///value", "65+");
    assertThat(csv(with(NONE))).containsEntry("weighting///status", "none");
    assertThat(csv(with(NOT_CONVERGED))).containsEntry("weighting///status", "not_converged");
  }

  @Test
  void html_weighted_sentenceInEnglishAndFrench() {
    assertThat(sentence(ANALYSIS, ENGLISH))
        .isEqualTo(
            "Weighted on Age and Sex (raking, 7 cycles); effective sample 412 of 530 responses.");
    assertThat(sentence(ANALYSIS, FRENCH))
        .isEqualTo(
            "Pondéré selon Âge et Sexe (calage, 7 itérations) ; échantillon effectif 412 sur 530"
                + " réponses.");
  }

  @Test
  void html_oneCycleOneKey_singularAndOneLabel() {
    AnalysisReport report =
        with(
            new WeightingAnalysis(
                Weighting.Method.POST_STRATIFICATION,
                List.of("sex"),
                new StructureWeighting(Status.WEIGHTED, 1, 520, 10, 501.5, 1.05, null, null)));
    assertThat(sentence(report, ENGLISH))
        .isEqualTo(
            "Weighted on Sex (post-stratification, 1 cycle); effective sample 502 of 530"
                + " responses.");
    assertThat(sentence(report, FRENCH))
        .isEqualTo(
            "Pondéré selon Sexe (post-stratification, 1 itération) ; échantillon effectif 502"
                + " sur 530 réponses.");
  }

  @Test
  void html_notWeighted_sentenceWithTheReasonInEnglishAndFrench() {
    assertThat(sentence(with(EMPTY_CELL), ENGLISH))
        .isEqualTo("Not weighted: no response with Age 65 and over.");
    assertThat(sentence(with(EMPTY_CELL), FRENCH))
        .isEqualTo("Non pondéré : aucune réponse avec Âge 65 ans et plus.");
    assertThat(sentence(with(NOT_CONVERGED), ENGLISH))
        .isEqualTo("Not weighted: the weights did not converge in 1,000 cycles.");
    assertThat(sentence(with(NOT_CONVERGED), FRENCH))
        .isEqualTo("Non pondéré : les poids n'ont pas convergé en 1\u202F000 itérations.");
    assertThat(sentence(with(NONE), ENGLISH))
        .isEqualTo("Not weighted: no response gives every weighting key (Age and Sex).");
    assertThat(sentence(with(NONE), FRENCH))
        .isEqualTo(
            "Non pondéré : aucune réponse ne renseigne toutes les variables de pondération (Âge"
                + " et Sexe).");
    assertThat(section(with(NONE), ENGLISH).text())
        .contains("Every number is computed without weighting.");
    assertThat(section(ANALYSIS, ENGLISH).text())
        .contains("Scores, rates and their intervals are weighted; counts are not.");
  }

  @Test
  void html_weighted_navigationAndItemTableWithEffectiveSample() {
    Document page = Jsoup.parse(html(ANALYSIS, DEFINITIONS, ENGLISH));
    assertThat(page.select("nav a[href=#weighting]").eachText()).containsExactly("Weighting");
    Element table = page.selectFirst("section[aria-labelledby=items] table");
    List<String> headers = table.select("thead th").eachText();
    assertThat(headers.get(headers.size() - 1)).isEqualTo("Effective sample");
    assertThat(headers.get(headers.size() - 2)).isEqualTo("Scored answers");
    List<String> shown = new ArrayList<>();
    for (Element row : table.select("tbody tr")) {
      shown.add(row.children().last().text());
    }
    List<String> expected = new ArrayList<>();
    for (ItemAnalysis item : ANALYSIS.items()) {
      expected.add(
          item.source() == Source.SURVEY ? Long.toString(Math.round(0.8 * item.n() + 0.25)) : "—");
    }
    assertThat(shown).containsExactlyElementsOf(expected);
  }

  @Test
  void html_hostileKeyLabel_isEscaped() {
    String hostile = "Age <script>alert(1)</script> & \"x\"";
    EditionDefinitions definitions = definitions(hostile);
    String page = html(ANALYSIS, definitions, ENGLISH);
    assertThat(page).doesNotContain("<script>");
    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    Element section = Jsoup.parse(page).selectFirst("section[aria-labelledby=weighting]");
    assertThat(section.selectFirst("p").text()).startsWith("Weighted on " + hostile + " and Sex");
    assertThat(section.select("p bdi").eachText()).containsExactly(hostile, "Sex");
  }

  @Test
  void everyFormat_withoutWeighting_noWeightingAtAll() {
    assertThat(json(UNWEIGHTED)).doesNotContain("weighting").doesNotContain("nEffective");
    assertThat(text(out -> ReportCsv.write(UNWEIGHTED, out)))
        .doesNotContain("weighting")
        .doesNotContain("nEffective");
    for (HtmlOptions options : List.of(ENGLISH, FRENCH)) {
      String page = html(UNWEIGHTED, SampleFixture.DEFINITIONS, options);
      assertThat(page)
          .doesNotContain("id=\"weighting\"")
          .doesNotContain("Weighted")
          .doesNotContain("Not weighted")
          .doesNotContain("Effective sample")
          .doesNotContain("Pondér")
          .doesNotContain("Échantillon effectif");
    }
  }

  // ------------------------------------------------------------------ fixtures

  private static EditionDefinitions definitions(String ageLabel) {
    EditionDefinitions sample = SampleFixture.DEFINITIONS;
    Questionnaire q = sample.questionnaire();
    Segment age =
        new Segment(
            "age",
            new LocalizedText(Map.of("en", ageLabel, "fr", "Âge")),
            List.of(
                value("16-34", "16 to 34", "16 à 34 ans"),
                value("35-64", "35 to 64", "35 à 64 ans"),
                value("65+", "65 and over", "65 ans et plus")));
    Segment sex =
        new Segment(
            "sex",
            new LocalizedText(Map.of("en", "Sex", "fr", "Sexe")),
            List.of(value("f", "Woman", "Femme"), value("m", "Man", "Homme")));
    Edition e = sample.edition();
    ScoringSettings s = e.scoring();
    ScoringSettings raking =
        new ScoringSettings(
            s.survey(),
            s.audit(),
            s.ranking(),
            s.themes(),
            s.sources(),
            s.minimumResponses(),
            s.minimumAudits(),
            s.confidence(),
            s.disclosureThreshold(),
            s.target(),
            s.oneResponsePerRespondent(),
            new Weighting(Weighting.Method.RAKING, List.of("age", "sex")));
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
            raking,
            e.trophies(),
            e.previous(),
            e.channels(),
            e.state());
    Map<String, Map<String, Double>> margins = new LinkedHashMap<>();
    margins.put("age", shares("16-34", 0.28, "35-64", 0.49, "65+", 0.23));
    margins.put("sex", shares("f", 0.52, "m", 0.48));
    return new EditionDefinitions(
        edition,
        sample.structures(),
        sample.enrolments(),
        new Questionnaire(
            q.id(), q.version(), q.defaultLocale(), q.title(), q.sections(), List.of(age, sex)),
        sample.grid(),
        new Population(Map.of(Population.EVERY_STRUCTURE, margins)));
  }

  private static Map<String, Double> shares(Object... pairs) {
    Map<String, Double> shares = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      shares.put((String) pairs[i], (Double) pairs[i + 1]);
    }
    return shares;
  }

  private static SegmentValue value(String value, String english, String french) {
    return new SegmentValue(value, new LocalizedText(Map.of("en", english, "fr", french)));
  }

  private static AnalysisReport analysis() {
    Results sample = SampleFixture.RESULTS;
    List<StructureResult> structures = new ArrayList<>();
    for (StructureResult r : sample.structures()) {
      structures.add(r.id().equals(CAF) ? weighted(r) : r);
    }
    Results results =
        new Results(
            sample.edition(),
            sample.asOf(),
            sample.responses(),
            sample.audits(),
            structures,
            sample.trophies(),
            sample.notAwarded(),
            sample.consultation());
    ScoredEdition scored = SampleFixture.scored(results, Map.of());
    ScoredEdition withDefinitions =
        new ScoredEdition(DEFINITIONS, scored.results(), scored.details());
    return Reports.of(withDefinitions, null).structure(CAF).orElseThrow().analysis();
  }

  private static StructureResult weighted(StructureResult r) {
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
                        i.net(),
                        i.source() == Source.SURVEY ? 0.8 * i.n() + 0.25 : null)));
    return r.withDetails(items, r.segments(), WEIGHTED);
  }

  /** The analysis with the edition's raking on age and sex and this block. */
  private static AnalysisReport with(StructureWeighting block) {
    return with(new WeightingAnalysis(Weighting.Method.RAKING, List.of("age", "sex"), block));
  }

  private static AnalysisReport with(WeightingAnalysis weighting) {
    AnalysisReport a = ANALYSIS;
    return new AnalysisReport(
        a.structure(),
        a.target(),
        a.previousEdition(),
        a.composite(),
        a.partial(),
        a.eligible(),
        a.ranking(),
        a.satisfaction(),
        a.net(),
        a.nps(),
        a.satisfactionChange(),
        a.sources(),
        a.themes(),
        a.strengths(),
        a.weaknesses(),
        a.items(),
        a.segments(),
        weighting);
  }

  private static Element section(AnalysisReport report, HtmlOptions options) {
    Element section =
        Jsoup.parse(html(report, DEFINITIONS, options))
            .selectFirst("section[aria-labelledby=weighting]");
    assertThat(section).isNotNull();
    return section;
  }

  private static String sentence(AnalysisReport report, HtmlOptions options) {
    return section(report, options).selectFirst("p").text();
  }

  private static String html(
      AnalysisReport report, EditionDefinitions definitions, HtmlOptions options) {
    return text(out -> ReportHtml.write(report, definitions, options, out));
  }

  private static String json(AnalysisReport report) {
    return text(out -> ReportJson.write(report, out));
  }

  /** The CSV's values by {@code section/subject/detail/measure}. */
  private static Map<String, String> csv(AnalysisReport report) {
    Map<String, String> rows = new HashMap<>();
    for (List<String> row : Rfc4180.parse(text(out -> ReportCsv.write(report, out)))) {
      rows.put(row.get(0) + "/" + row.get(1) + "/" + row.get(2) + "/" + row.get(3), row.get(4));
    }
    return rows;
  }

  private interface Body {
    void to(ByteArrayOutputStream out);
  }

  private static String text(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    body.to(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static JsonNode tree(String json) {
    return JSON.readTree(json);
  }
}

package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.questionnaire.SegmentValue;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.scoring.Indicator;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ScoredEdition;
import io.github.indiko.scoring.SegmentCell;
import io.github.indiko.scoring.StructureResult;
import io.github.indiko.scoring.spi.Interval;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Segment breakdowns and their disclosure (analysis.md §A2) in the analysis of the sample's
 * caf-lanvezec, whose results are given a breakdown by hand (threshold 10 of the sample): key
 * {@code age} with 16-34 (n 12), 35-64 (n 30), 65+ (n 4: primary) and (none) (n 12), so that the
 * secondary rule withholds 16-34, the earliest of the two smallest published cells; key {@code sex}
 * with f (n 0: no response), m (n 40) and (none) (n 26), nothing suppressed. The withheld cells'
 * numbers are chosen so that no other number of the reports looks like them.
 */
class SegmentReportsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final StructureId CAF = new StructureId("caf-lanvezec");
  private static final HtmlOptions ENGLISH = new HtmlOptions(Locale.ENGLISH, ScoreScale.HUNDRED);
  private static final HtmlOptions FRENCH = new HtmlOptions(Locale.FRENCH, ScoreScale.HUNDRED);

  /** 16-34, withheld by the secondary rule. */
  private static final SegmentCell YOUNG =
      cell(12, 61.2345, 58.3467, 31.9137, 80.7219, 16.6789, 8.3791, -40.1357, 56.7913);

  private static final SegmentCell MIDDLE =
      cell(30, 72.5, 70.0, 52.125, 83.375, 40.0, 20.0, -10.0, 50.0);

  /** 65+, withheld by the primary rule. */
  private static final SegmentCell OLD =
      cell(4, 47.8912, 37.1593, 12.3579, 71.9753, -11.7531, 42.8642, 13.5791, 71.1357);

  private static final SegmentCell AGE_NONE =
      cell(12, 55.0, 66.0, 39.0, 86.0, 33.0, 0.0, -45.0, 45.0);

  private static final SegmentCell MEN = cell(40, 70.0, 75.0, 60.0, 86.0, 50.0, 25.0, 1.0, 49.0);

  private static final SegmentCell SEX_NONE =
      cell(26, 68.0, 73.0, 54.0, 86.0, 46.0, 15.0, -12.0, 42.0);

  /** The texts of the withheld numbers, as JSON and CSV write them. */
  private static final List<String> WITHHELD_EXACT =
      List.of(
          "61.2345", "58.3467", "31.9137", "80.7219", "16.6789", "8.3791", "40.1357", "56.7913",
          "47.8912", "37.1593", "12.3579", "71.9753", "11.7531", "42.8642", "13.5791", "71.1357");

  /** The same, as HTML shows them (one decimal). */
  private static final List<String> WITHHELD_SHOWN =
      List.of(
          "61.2", "58.3", "31.9", "80.7", "16.7", "8.4", "40.1", "56.8", "47.9", "37.2", "12.4",
          "72.0", "11.8", "42.9", "13.6", "71.1");

  private static final String HOSTILE_LABEL = "Age <script>alert(1)</script> & \"x\"";

  private static final EditionDefinitions DEFINITIONS = definitions();
  private static final AnalysisReport ANALYSIS = analysis();

  @Test
  void analysis_segments_breakdownInDeclaredOrderWithTheDisclosureRules() {
    assertThat(ANALYSIS.segments()).extracting(SegmentAnalysis::key).containsExactly("age", "sex");
    SegmentAnalysis age = ANALYSIS.segments().get(0);
    assertThat(age.values())
        .extracting(SegmentValueAnalysis::value)
        .containsExactly("16-34", "35-64", "65+", "(none)");
    assertThat(age.values())
        .extracting(SegmentValueAnalysis::suppressed)
        .containsExactly(true, false, true, false);
    assertThat(age.values().get(1).cell()).isEqualTo(MIDDLE);
    assertThat(age.values().get(3).cell()).isEqualTo(AGE_NONE);
    SegmentAnalysis sex = ANALYSIS.segments().get(1);
    assertThat(sex.values()).extracting(SegmentValueAnalysis::suppressed).containsOnly(false);
    assertThat(sex.values().get(0).cell().n()).isZero();
  }

  @Test
  void json_segments_publishedNumbersAndWithheldCells() {
    JsonNode segments = tree(text(out -> ReportJson.write(ANALYSIS, out))).get("segments");
    JsonNode age = segments.get(0);
    assertThat(age.get("key").asString()).isEqualTo("age");
    JsonNode middle = age.get("values").get(1);
    assertThat(middle.get("value").asString()).isEqualTo("35-64");
    assertThat(middle.get("suppressed").asBoolean()).isFalse();
    assertThat(middle.get("n").asLong()).isEqualTo(30);
    assertThat(middle.get("score").asDouble()).isEqualTo(72.5);
    assertThat(middle.at("/satisfaction/value").asDouble()).isEqualTo(70.0);
    assertThat(middle.at("/satisfaction/ci/0").asDouble()).isEqualTo(52.125);
    assertThat(middle.at("/net/value").asDouble()).isEqualTo(40.0);
    assertThat(middle.at("/nps/ci/1").asDouble()).isEqualTo(50.0);
    for (int withheld : new int[] {0, 2}) {
      JsonNode cell = age.get("values").get(withheld);
      assertThat(cell.get("suppressed").asBoolean()).isTrue();
      for (String member : List.of("n", "score", "satisfaction", "net", "nps")) {
        assertThat(cell.get(member).isNull()).as(member).isTrue();
      }
    }
    JsonNode women = segments.get(1).get("values").get(0);
    assertThat(women.get("n").asLong()).isZero();
    assertThat(women.get("suppressed").asBoolean()).isFalse();
    assertThat(segments.get(1).get("values").get(2).get("value").asString()).isEqualTo("(none)");
  }

  @Test
  void json_segments_validAgainstTheSchema() {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(JSON.readTree(ReportJson.schema("analysis")));
    String json = text(out -> ReportJson.write(ANALYSIS, out));
    assertThat(schema.validate(tree(json))).isEmpty();
    String broken = json.replace("\"value\": \"35-64\"", "\"value\": \"35 64\"");
    assertThat(broken).isNotEqualTo(json);
    assertThat(schema.validate(tree(broken))).isNotEmpty();
  }

  @Test
  void csv_segments_publishedNumbersAndWithheldCells() {
    Map<String, String> rows = new HashMap<>();
    for (List<String> row : Rfc4180.parse(text(out -> ReportCsv.write(ANALYSIS, out)))) {
      if (row.get(0).equals("segment")) {
        rows.put(row.get(1) + "/" + row.get(2) + "/" + row.get(3), row.get(4));
      }
    }
    assertThat(rows).containsEntry("age/35-64/n", "30");
    assertThat(rows).containsEntry("age/35-64/score", "72.5");
    assertThat(rows).containsEntry("age/35-64/satisfaction", "70");
    assertThat(rows).containsEntry("age/35-64/satisfaction.low", "52.125");
    assertThat(rows).containsEntry("age/35-64/net", "40");
    assertThat(rows).containsEntry("age/35-64/nps.high", "50");
    assertThat(rows).containsEntry("age/35-64/suppressed", "false");
    for (String value : List.of("16-34", "65+")) {
      assertThat(rows).containsEntry("age/" + value + "/suppressed", "true");
      assertThat(rows).containsEntry("age/" + value + "/n", "");
      assertThat(rows).containsEntry("age/" + value + "/score", "");
      assertThat(rows).containsEntry("age/" + value + "/satisfaction", "");
      assertThat(rows).containsEntry("age/" + value + "/nps.low", "");
    }
    assertThat(rows).containsEntry("sex/f/n", "0");
    assertThat(rows).containsEntry("sex/(none)/n", "26");
  }

  @Test
  void html_segments_chartAndTableWithLabelsAndWithheldCells() {
    Document page = Jsoup.parse(html(ENGLISH));
    Element section = page.selectFirst("section[aria-labelledby=segments]");
    assertThat(section).isNotNull();
    assertThat(section.select("h3").eachText()).containsExactly(HOSTILE_LABEL, "Sex");
    Element age = section.select("> section").get(0);
    assertThat(age.select("figure svg[role=img] title")).isNotEmpty();
    List<List<String>> rows = new ArrayList<>();
    for (Element row : age.select("table tbody tr")) {
      rows.add(row.children().eachText());
    }
    assertThat(rows).extracting(r -> r.get(0)).containsExactly(
        "16 to 34", "35 to 64", "65 & over <i>", "Not given");
    assertThat(rows.get(0)).containsOnly("16 to 34", "suppressed");
    assertThat(rows.get(2)).containsOnly("65 & over <i>", "suppressed");
    assertThat(rows.get(1))
        .containsExactly(
            "35 to 64", "30", "72.5/100", "70.0%", "[52.1, 83.4]", "40.0", "20.0",
            "[−10.0, 50.0]");
    Element sex = section.select("> section").get(1);
    assertThat(sex.select("table tbody tr").get(0).children().eachText())
        .containsExactly("Woman", "0", "no response", "no response", "no response",
            "no response", "no response", "no response");
    assertThat(html(FRENCH)).contains("Non renseigné").contains("Âge");
  }

  @Test
  void everyFormat_withheldCells_noneOfTheirNumbersAppears() {
    String json = text(out -> ReportJson.write(ANALYSIS, out));
    String csv = text(out -> ReportCsv.write(ANALYSIS, out));
    for (String number : WITHHELD_EXACT) {
      assertThat(json).doesNotContain(number);
      assertThat(csv).doesNotContain(number);
    }
    String section =
        Jsoup.parse(html(ENGLISH)).selectFirst("section[aria-labelledby=segments]").text();
    for (String number : WITHHELD_SHOWN) {
      assertThat(section).doesNotContain(number);
    }
    assertThat(section).contains("72.5");
  }

  @Test
  void html_hostileSegmentLabel_isEscaped() {
    String page = html(ENGLISH);
    assertThat(page).doesNotContain("<script>").doesNotContain("<i>");
    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void channels_oneSurveyChannelUnderTheThreshold_theSmallestOtherIsWithheldToo() {
    // mairie-trevennec: social 8 lines (primary), online_service 10, the smallest published.
    ReportSet reports = Reports.of(SampleFixture.scored(), null);
    AnalysisReport trevennec =
        reports.structure(new StructureId("mairie-trevennec")).orElseThrow().analysis();
    Map<io.github.indiko.core.edition.Channel, ChannelAnalysis> channels =
        trevennec.sources().get(0).channels();
    channels.forEach(
        (channel, score) ->
            assertThat(score.suppressed())
                .as(channel.id())
                .isEqualTo(Set.of("social", "online_service").contains(channel.id())));
    JsonNode json = tree(text(out -> ReportJson.write(trevennec, out)));
    JsonNode online = json.at("/sources/0/channels/online_service");
    assertThat(online.get("suppressed").asBoolean()).isTrue();
    assertThat(online.get("n").isNull()).isTrue();
    assertThat(online.get("score").isNull()).isTrue();
    assertThat(json.at("/sources/0/channels/phone/n").asLong()).isEqualTo(15);
    Map<String, String> csv = new HashMap<>();
    for (List<String> row : Rfc4180.parse(text(out -> ReportCsv.write(trevennec, out)))) {
      if (row.get(0).equals("channel") && row.get(2).equals("survey")) {
        csv.put(row.get(1) + "/" + row.get(3), row.get(4));
      }
    }
    assertThat(csv).containsEntry("online_service/suppressed", "true");
    assertThat(csv).containsEntry("online_service/n", "");
    assertThat(csv).containsEntry("online_service/score", "");
    Document page =
        Jsoup.parse(text(out -> ReportHtml.write(trevennec, DEFINITIONS, ENGLISH, out)));
    List<String> withheld = new ArrayList<>();
    for (Element row : page.select("section[aria-labelledby=channels] table tbody tr")) {
      if (row.child(2).text().equals("suppressed")) {
        assertThat(row.child(3).text()).isEqualTo("suppressed");
        withheld.add(row.child(0).text());
      }
    }
    assertThat(withheld).containsExactlyInAnyOrder("Social networks", "Online service");
  }

  // ------------------------------------------------------------------ fixtures

  private static SegmentCell cell(
      long n,
      double score,
      double satisfaction,
      double satisfactionLow,
      double satisfactionHigh,
      double net,
      double nps,
      double npsLow,
      double npsHigh) {
    return new SegmentCell(
        n,
        score,
        new Indicator(satisfaction, n, new Interval(satisfactionLow, satisfactionHigh)),
        new Indicator(net, n, null),
        new Indicator(nps, n, new Interval(npsLow, npsHigh)));
  }

  private static EditionDefinitions definitions() {
    EditionDefinitions sample = SampleFixture.DEFINITIONS;
    Questionnaire q = sample.questionnaire();
    Segment age =
        new Segment(
            "age",
            new LocalizedText(Map.of("en", HOSTILE_LABEL, "fr", "Âge")),
            List.of(
                value("16-34", "16 to 34", "16 à 34 ans"),
                value("35-64", "35 to 64", "35 à 64 ans"),
                value("65+", "65 & over <i>", "65 ans et plus")));
    Segment sex =
        new Segment(
            "sex",
            new LocalizedText(Map.of("en", "Sex", "fr", "Sexe")),
            List.of(value("f", "Woman", "Femme"), value("m", "Man", "Homme")));
    return new EditionDefinitions(
        sample.edition(),
        sample.structures(),
        sample.enrolments(),
        new Questionnaire(
            q.id(), q.version(), q.defaultLocale(), q.title(), q.sections(), List.of(age, sex)),
        sample.grid());
  }

  private static SegmentValue value(String value, String english, String french) {
    return new SegmentValue(value, new LocalizedText(Map.of("en", english, "fr", french)));
  }

  private static AnalysisReport analysis() {
    Map<String, SegmentCell> age = new LinkedHashMap<>();
    age.put("16-34", YOUNG);
    age.put("35-64", MIDDLE);
    age.put("65+", OLD);
    age.put(StructureResult.NO_SEGMENT_VALUE, AGE_NONE);
    Map<String, SegmentCell> sex = new LinkedHashMap<>();
    sex.put("f", new SegmentCell(0, null, Indicator.empty(), Indicator.empty(), Indicator.empty()));
    sex.put("m", MEN);
    sex.put(StructureResult.NO_SEGMENT_VALUE, SEX_NONE);
    Map<String, Map<String, SegmentCell>> segments = new LinkedHashMap<>();
    segments.put("age", age);
    segments.put("sex", sex);
    Results sample = SampleFixture.RESULTS;
    List<StructureResult> structures = new ArrayList<>();
    for (StructureResult r : sample.structures()) {
      structures.add(r.id().equals(CAF) ? withSegments(r, segments) : r);
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

  private static StructureResult withSegments(
      StructureResult r, Map<String, Map<String, SegmentCell>> segments) {
    return r.withDetails(r.items(), segments, r.weighting());
  }

  private static String html(HtmlOptions options) {
    return text(out -> ReportHtml.write(ANALYSIS, DEFINITIONS, options, out));
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

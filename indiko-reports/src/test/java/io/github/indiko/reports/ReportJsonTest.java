package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ResultsJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ReportJsonTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void write_raw_mirrorsRecordInOrder() {
    JsonNode document = JSON.readTree(text(ReportFixtures.RAW, ReportJson::write));

    JsonMirror.assertReport(document, ReportJson.RAW, ReportFixtures.RAW);
    assertThat(document.propertyNames())
        .containsExactly(
            "format",
            "edition",
            "asOf",
            "provisional",
            "structure",
            "responses",
            "audits",
            "questions",
            "criteria");
    assertThat(document.get("structure").propertyNames())
        .containsExactly("id", "name", "category", "level");
    assertThat(document.at("/questions/0/mean").doubleValue()).isEqualTo(68.75);
    assertThat(document.at("/questions/0/net").doubleValue()).isEqualTo(50.0);
    assertThat(document.at("/questions/2/quantities/mean").doubleValue()).isEqualTo(7.5);
    assertThat(document.at("/responses/byReason").propertyNames())
        .containsExactly("invalid_answer", "outside_collection");
  }

  @Test
  void write_analysis_mirrorsRecordInOrder() {
    JsonNode document = JSON.readTree(text(ReportFixtures.ANALYSIS, ReportJson::write));

    JsonMirror.assertReport(document, ReportJson.ANALYSIS, ReportFixtures.ANALYSIS);
    assertThat(document.at("/composite/toTarget").doubleValue()).isEqualTo(-8.75);
    assertThat(document.at("/composite/change").doubleValue()).isEqualTo(3.25);
    assertThat(document.at("/sources/0/channels").propertyNames())
        .containsExactly("in_person", "phone");
    assertThat(document.at("/net/ci").isNull()).isTrue();
    assertThat(document.at("/nps/ci/0").doubleValue()).isEqualTo(-48.0);
  }

  @Test
  void write_organisation_mirrorsRecordInOrder() {
    JsonNode document = JSON.readTree(text(ReportFixtures.ORGANISATION, ReportJson::write));

    JsonMirror.assertReport(document, ReportJson.ORGANISATION, ReportFixtures.ORGANISATION);
    assertThat(document.at("/themes/0/quadrant").stringValue()).isEqualTo("strength");
    assertThat(document.at("/themes/1/quadrant").isNull()).isTrue();
    assertThat(document.at("/actionPlan/0/kind").stringValue()).isEqualTo("theme");
    assertThat(document.at("/actionPlan/0/priority").doubleValue()).isEqualTo(0.61 * 40);
  }

  @Test
  void write_overview_trophiesAsTrophiesJsonHoldsThem() {
    Overview overview = ReportFixtures.OVERVIEW;
    Results results =
        new Results(
            overview.edition(),
            overview.asOf(),
            overview.responses(),
            overview.audits(),
            List.of(),
            overview.trophies(),
            overview.notAwarded(),
            overview.consultation());
    ByteArrayOutputStream trophiesJson = new ByteArrayOutputStream();
    ResultsJson.writeTrophies(results, trophiesJson);

    JsonNode document = JSON.readTree(text(overview, ReportJson::write));
    JsonNode trophies = JSON.readTree(trophiesJson.toString(StandardCharsets.UTF_8));

    assertThat(trophies.propertyNames()).containsExactly("trophies", "notAwarded", "consultation");
    for (String member : trophies.propertyNames()) {
      assertThat(document.get(member)).as(member).isEqualTo(trophies.get(member));
    }
  }

  @Test
  void write_overview_mirrorsRecordInOrder() {
    JsonNode document = JSON.readTree(text(ReportFixtures.OVERVIEW, ReportJson::write));

    assertThat(document.propertyNames())
        .containsExactly(
            "format",
            "edition",
            "asOf",
            "provisional",
            "name",
            "responses",
            "audits",
            "categories",
            "trophies",
            "notAwarded",
            "consultation",
            "structures");
    JsonMirror.assertReport(document, ReportJson.OVERVIEW, ReportFixtures.OVERVIEW);
    assertThat(document.at("/trophies/1/trophy").stringValue()).isEqualTo("consultation");
    assertThat(document.at("/name").propertyNames()).containsExactly("en", "fr");
  }

  @Test
  void write_hostileText_intactAndEscaped() {
    String text = text(ReportFixtures.RAW, ReportJson::write);
    JsonNode document = JSON.readTree(text);

    assertThat(document.at("/structure/name").stringValue()).isEqualTo(ReportFixtures.NAME);
    assertThat(document.at("/questions/4/texts/sample"))
        .extracting(JsonNode::stringValue)
        .containsExactlyElementsOf(ReportFixtures.HOSTILE);
    assertThat(document.at("/questions/1/distribution").propertyNames())
        .containsExactly("-1+1", "=x", "@SUM(A1)");
    assertThat(text)
        .contains("\"=HYPERLINK(\\\"http://x\\\")\"")
        .contains("\"\\tx\"", "\"\\rx\"", "\"line one\\r\\nline two\"")
        .contains("\"<script>alert(1)</script>\"")
        .contains("\u202Eexe.txt");
  }

  @Test
  void write_layout_likeResultsJson() {
    byte[] bytes = bytes(ReportFixtures.ORGANISATION, ReportJson::write);
    String text = new String(bytes, StandardCharsets.UTF_8);

    assertThat(text)
        .startsWith(
            "{\n"
                + "  \"format\": \"indiko.report.organisation/1\",\n"
                + "  \"edition\": \"2017\",\n"
                + "  \"asOf\": \"2017-12-01\",\n"
                + "  \"provisional\": false,\n"
                + "  \"structure\": {\n"
                + "    \"id\"");
    assertThat(text).endsWith("}\n").doesNotContain("\r");
    assertThat(bytes(ReportFixtures.ORGANISATION, ReportJson::write)).isEqualTo(bytes);
  }

  @Test
  void write_notFinite_refusedWithPointer() {
    AnalysisReport report =
        new AnalysisReport(
            ReportFixtures.LYON,
            80,
            null,
            Comparison.of(null, 80, null),
            true,
            false,
            null,
            io.github.indiko.scoring.Indicator.empty(),
            io.github.indiko.scoring.Indicator.empty(),
            io.github.indiko.scoring.Indicator.empty(),
            null,
            List.of(),
            List.of(new ThemeScore(Theme.COURTESY, Double.NaN)),
            List.of(),
            List.of(),
            List.of());

    assertThatThrownBy(() -> ReportJson.write(report, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN")
        .hasMessageContaining("/themes/0/score");
  }

  @Test
  void write_everyReport_validAgainstItsSchema() {
    assertThat(errors("raw", text(ReportFixtures.RAW, ReportJson::write))).isEmpty();
    assertThat(errors("analysis", text(ReportFixtures.ANALYSIS, ReportJson::write))).isEmpty();
    assertThat(errors("organisation", text(ReportFixtures.ORGANISATION, ReportJson::write)))
        .isEmpty();
    assertThat(errors("overview", text(ReportFixtures.OVERVIEW, ReportJson::write))).isEmpty();
  }

  @Test
  void write_emptyAnalysis_validAgainstSchema() {
    AnalysisReport report =
        new AnalysisReport(
            ReportFixtures.LYON,
            80,
            null,
            Comparison.of(null, 80, null),
            true,
            false,
            null,
            io.github.indiko.scoring.Indicator.empty(),
            io.github.indiko.scoring.Indicator.empty(),
            io.github.indiko.scoring.Indicator.empty(),
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    String text = text(report, ReportJson::write);

    assertThat(errors("analysis", text)).isEmpty();
    JsonMirror.assertReport(JSON.readTree(text), ReportJson.ANALYSIS, report);
  }

  @ParameterizedTest
  @ValueSource(strings = {"raw", "analysis", "organisation", "overview"})
  void schema_refusesAnotherFormatAndAnUnknownMember(String kind) {
    String text =
        switch (kind) {
          case "raw" -> text(ReportFixtures.RAW, ReportJson::write);
          case "analysis" -> text(ReportFixtures.ANALYSIS, ReportJson::write);
          case "organisation" -> text(ReportFixtures.ORGANISATION, ReportJson::write);
          default -> text(ReportFixtures.OVERVIEW, ReportJson::write);
        };
    ObjectNode wrongFormat = (ObjectNode) JSON.readTree(text);
    wrongFormat.put("format", "indiko.results/1");
    ObjectNode unknownMember = (ObjectNode) JSON.readTree(text);
    unknownMember.put("extra", 1);
    ObjectNode missingMember = (ObjectNode) JSON.readTree(text);
    missingMember.remove("edition");

    assertThat(schema(kind).validate(wrongFormat)).isNotEmpty();
    assertThat(schema(kind).validate(unknownMember)).isNotEmpty();
    assertThat(schema(kind).validate(missingMember)).isNotEmpty();
  }

  @Test
  void schema_ids() {
    for (String kind : List.of("raw", "analysis", "organisation", "overview")) {
      assertThat(JSON.readTree(ReportJson.schema(kind)).get("$id").stringValue())
          .isEqualTo("https://indiko.github.io/schema/v1/report-" + kind + ".schema.json");
    }
  }

  @Test
  void schema_unknownKind_refused() {
    assertThatThrownBy(() -> ReportJson.schema("results"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"results\"");
  }

  static List<Error> errors(String kind, String json) {
    return schema(kind).validate(JSON.readTree(json));
  }

  private static Schema schema(String kind) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JSON.readTree(ReportJson.schema(kind)));
  }

  static <T> byte[] bytes(T report, BiConsumer<T, java.io.OutputStream> writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.accept(report, out);
    return out.toByteArray();
  }

  static <T> String text(T report, BiConsumer<T, java.io.OutputStream> writer) {
    return new String(bytes(report, writer), StandardCharsets.UTF_8);
  }
}

package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class ReportCsvTest {
  /** The byte order mark that starts every CSV file (ReportCsv). */
  static final String BOM = "\uFEFF";

  private static final List<String> HEADER =
      List.of("section", "subject", "detail", "measure", "value");

  @Test
  void write_raw_everyCell() {
    List<List<String>> expected = new ArrayList<>();
    expected.add(HEADER);
    head(expected, "indiko.report.raw/1");
    expected.addAll(
        List.of(
            r("responses", "", "", "read", "13"),
            r("responses", "", "", "accepted", "10"),
            r("responses", "", "", "rejected", "3"),
            r("responses", "", "invalid_answer", "rejected", "2"),
            r("responses", "", "outside_collection", "rejected", "1"),
            r("audits", "", "", "read", "4"),
            r("audits", "", "", "accepted", "4"),
            r("audits", "", "", "rejected", "0")));
    question(expected, "courtesy_staff", "rating", "courtesy", "true", "4", "1");
    expected.addAll(
        List.of(
            r("question", "courtesy_staff", "2", "distribution", "1"),
            r("question", "courtesy_staff", "4", "distribution", "2"),
            r("question", "courtesy_staff", "5", "distribution", "1"),
            r("question", "courtesy_staff", "", "n", "4"),
            r("question", "courtesy_staff", "", "mean", "68.75"),
            r("question", "courtesy_staff", "", "satisfaction", "75"),
            r("question", "courtesy_staff", "", "net", "50"),
            r("question", "courtesy_staff", "", "nps", ""),
            r("question", "courtesy_staff", "", "texts", "0")));
    question(expected, "channel_choice", "single_choice", "", "false", "4", "0");
    expected.addAll(
        List.of(
            r("question", "channel_choice", "'-1+1", "distribution", "1"),
            r("question", "channel_choice", "'=x", "distribution", "1"),
            r("question", "channel_choice", "'@SUM(A1)", "distribution", "2")));
    unscored(expected, "channel_choice");
    expected.add(r("question", "channel_choice", "", "texts", "0"));
    question(expected, "wait_minutes", "number", "waiting_time", "false", "3", "1");
    unscored(expected, "wait_minutes");
    expected.addAll(
        List.of(
            r("question", "wait_minutes", "quantities", "n", "3"),
            r("question", "wait_minutes", "quantities", "min", "-12.5"),
            r("question", "wait_minutes", "quantities", "median", "5"),
            r("question", "wait_minutes", "quantities", "max", "30"),
            r("question", "wait_minutes", "quantities", "mean", "7.5"),
            r("question", "wait_minutes", "", "texts", "0")));
    question(expected, "recommend", "nps", "overall", "true", "3", "2");
    expected.addAll(
        List.of(
            r("question", "recommend", "10", "distribution", "1"),
            r("question", "recommend", "3", "distribution", "1"),
            r("question", "recommend", "9", "distribution", "1"),
            r("question", "recommend", "", "n", "3"),
            r("question", "recommend", "", "mean", Double.toString(220.0 / 3)),
            r("question", "recommend", "", "satisfaction", ""),
            r("question", "recommend", "", "net", ""),
            r("question", "recommend", "", "nps", Double.toString(100.0 * (2.0 / 3 - 1.0 / 3))),
            r("question", "recommend", "", "texts", "0")));
    question(expected, "comment", "text", "", "false", "15", "0");
    unscored(expected, "comment");
    expected.add(r("question", "comment", "", "texts", "15"));
    for (String text :
        List.of(
            "'=HYPERLINK(\"http://x\")",
            "'+1",
            "'-1+1",
            "'@SUM(A1)",
            "'\tx",
            "'\rx",
            "'\nx",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "\u202Eexe.txt",
            "she said \"fine\"",
            "slow, rude",
            "line one\r\nline two")) {
      expected.add(r("question", "comment", "", "text", text));
    }
    expected.addAll(
        List.of(
            r("criterion", "desk", "", "channel", "in_person"),
            r("criterion", "desk", "", "type", "check"),
            r("criterion", "desk", "", "theme", "courtesy"),
            r("criterion", "desk", "", "weight", "2"),
            r("criterion", "desk", "", "scored", "true"),
            r("criterion", "desk", "", "met", "3"),
            r("criterion", "desk", "", "notMet", "1"),
            r("criterion", "desk", "", "measured", "0"),
            r("criterion", "desk", "", "missed", "0"),
            r("criterion", "desk", "", "na", "0"),
            r("criterion", "desk", "", "failing", "1"),
            r("criterion", "call_delay", "", "channel", "phone"),
            r("criterion", "call_delay", "", "type", "measure"),
            r("criterion", "call_delay", "", "theme", "waiting_time"),
            r("criterion", "call_delay", "", "weight", "1.5"),
            r("criterion", "call_delay", "", "scored", "true"),
            r("criterion", "call_delay", "", "met", "0"),
            r("criterion", "call_delay", "", "notMet", "0"),
            r("criterion", "call_delay", "", "measured", "2"),
            r("criterion", "call_delay", "", "missed", "1"),
            r("criterion", "call_delay", "", "na", "1"),
            r("criterion", "call_delay", "", "failing", "2"),
            r("criterion", "call_delay", "measures", "n", "2"),
            r("criterion", "call_delay", "measures", "min", "0.00001"),
            r("criterion", "call_delay", "measures", "median", Double.toString(1.00001 / 2)),
            r("criterion", "call_delay", "measures", "max", "1"),
            r("criterion", "call_delay", "measures", "mean", Double.toString(1.00001 / 2))));

    assertThat(parsed(ReportFixtures.RAW, ReportCsv::write)).containsExactlyElementsOf(expected);
  }

  @Test
  void write_analysis_everyCell() {
    List<List<String>> expected = new ArrayList<>();
    expected.add(HEADER);
    head(expected, "indiko.report.analysis/1");
    expected.addAll(
        List.of(
            r("analysis", "", "", "target", "80"),
            r("analysis", "", "", "previousEdition", "2016"),
            r("analysis", "", "", "partial", "false"),
            r("analysis", "", "", "eligible", "true"),
            r("composite", "", "", "value", "71.25"),
            r("composite", "", "", "toTarget", "-8.75"),
            r("composite", "", "", "previous", "68"),
            r("composite", "", "", "change", "3.25"),
            r("ranking", "", "", "rank", "2"),
            r("ranking", "", "", "of", "7"),
            r("ranking", "", "", "percentile", Double.toString(500.0 / 6)),
            r("indicator", "satisfaction", "", "value", "75"),
            r("indicator", "satisfaction", "", "n", "40"),
            r("indicator", "satisfaction", "", "low", "59.8"),
            r("indicator", "satisfaction", "", "high", "85.8"),
            r("indicator", "net", "", "value", "-12.5"),
            r("indicator", "net", "", "n", "40"),
            r("indicator", "net", "", "low", ""),
            r("indicator", "net", "", "high", ""),
            r("indicator", "nps", "", "value", "-20"),
            r("indicator", "nps", "", "n", "30"),
            r("indicator", "nps", "", "low", "-48"),
            r("indicator", "nps", "", "high", "8"),
            r("satisfactionChange", "", "", "current", "75"),
            r("satisfactionChange", "", "", "n", "40"),
            r("satisfactionChange", "", "", "previous", "70"),
            r("satisfactionChange", "", "", "previousN", "50"),
            r("satisfactionChange", "", "", "change", "5"),
            r("satisfactionChange", "", "", "z", "0.53"),
            r("satisfactionChange", "", "", "significant", "false"),
            r("source", "survey", "", "weight", "0.6"),
            r("source", "survey", "", "value", "72"),
            r("source", "survey", "", "toTarget", "-8"),
            r("source", "survey", "", "previous", ""),
            r("source", "survey", "", "change", ""),
            r("source", "survey", "", "sufficient", "true"),
            r("theme", "courtesy", "survey", "weight", "1"),
            r("theme", "courtesy", "survey", "value", "80.5"),
            r("theme", "courtesy", "survey", "toTarget", "0.5"),
            r("theme", "courtesy", "survey", "previous", "79"),
            r("theme", "courtesy", "survey", "change", "1.5"),
            r("theme", "courtesy", "survey", "categoryMean", "77.25"),
            r("theme", "courtesy", "survey", "categoryStructures", "4"),
            r("theme", "waiting_time", "survey", "weight", "2"),
            r("theme", "waiting_time", "survey", "value", "60"),
            r("theme", "waiting_time", "survey", "toTarget", "-20"),
            r("theme", "waiting_time", "survey", "previous", ""),
            r("theme", "waiting_time", "survey", "change", ""),
            r("theme", "waiting_time", "survey", "categoryMean", ""),
            r("theme", "waiting_time", "survey", "categoryStructures", "2"),
            r("channel", "in_person", "survey", "score", "74"),
            r("channel", "in_person", "survey", "n", "30"),
            r("channel", "in_person", "survey", "suppressed", "false"),
            r("channel", "phone", "survey", "score", ""),
            r("channel", "phone", "survey", "n", ""),
            r("channel", "phone", "survey", "suppressed", "true"),
            r("source", "audit", "", "weight", "0.4"),
            r("source", "audit", "", "value", ""),
            r("source", "audit", "", "toTarget", ""),
            r("source", "audit", "", "previous", ""),
            r("source", "audit", "", "change", ""),
            r("source", "audit", "", "sufficient", "false"),
            r("theme", "courtesy", "", "score", "80.5"),
            r("theme", "waiting_time", "", "score", "60"),
            r("strength", "courtesy", "", "position", "1"),
            r("weakness", "waiting_time", "", "position", "1"),
            r("item", "courtesy_staff", "survey", "theme", "courtesy"),
            r("item", "courtesy_staff", "survey", "value", "68.75"),
            r("item", "courtesy_staff", "survey", "n", "4"),
            r("item", "courtesy_staff", "survey", "low", "30.1"),
            r("item", "courtesy_staff", "survey", "high", "100"),
            r("item", "call_delay", "audit", "theme", "waiting_time"),
            r("item", "call_delay", "audit", "value", "0"),
            r("item", "call_delay", "audit", "n", "3"),
            r("item", "call_delay", "audit", "low", ""),
            r("item", "call_delay", "audit", "high", "")));

    assertThat(parsed(ReportFixtures.ANALYSIS, ReportCsv::write))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void write_analysisWithoutRankingOrChange_hasNoRowsForThem() {
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

    List<List<String>> rows = parsed(report, ReportCsv::write);

    assertThat(rows).extracting(row -> row.get(0)).doesNotContain("ranking", "satisfactionChange");
    assertThat(rows).contains(r("analysis", "", "", "previousEdition", ""));
    assertThat(rows).hasSize(1 + 8 + 4 + 4 + 3 * 4);
  }

  @Test
  void write_organisation_everyCell() {
    List<List<String>> expected = new ArrayList<>();
    expected.add(HEADER);
    head(expected, "indiko.report.organisation/1");
    expected.addAll(
        List.of(
            r("criterion", "desk", "", "channel", "in_person"),
            r("criterion", "desk", "", "theme", "courtesy"),
            r("criterion", "desk", "", "weight", "2"),
            r("criterion", "desk", "", "conformity", "75"),
            r("criterion", "desk", "", "gap", "25"),
            r("criterion", "desk", "", "observations", "4"),
            r("criterion", "desk", "", "failed", "1"),
            r("criterion", "desk", "", "failing", "false"),
            r("criterion", "call_delay", "", "channel", "phone"),
            r("criterion", "call_delay", "", "theme", ""),
            r("criterion", "call_delay", "", "weight", "1.5"),
            r("criterion", "call_delay", "", "conformity", Double.toString(100.0 / 3)),
            r("criterion", "call_delay", "", "gap", Double.toString(100 - 100.0 / 3)),
            r("criterion", "call_delay", "", "observations", "3"),
            r("criterion", "call_delay", "", "failed", "2"),
            r("criterion", "call_delay", "", "failing", "true"),
            r("theme", "courtesy", "", "importance", "0.42"),
            r("theme", "courtesy", "", "respondents", "12"),
            r("theme", "courtesy", "", "performance", "80.5"),
            r("theme", "courtesy", "", "quadrant", "strength"),
            r("theme", "information", "", "importance", ""),
            r("theme", "information", "", "respondents", "4"),
            r("theme", "information", "", "performance", ""),
            r("theme", "information", "", "quadrant", ""),
            r("theme", "waiting_time", "", "importance", "0.61"),
            r("theme", "waiting_time", "", "respondents", "12"),
            r("theme", "waiting_time", "", "performance", "60"),
            r("theme", "waiting_time", "", "quadrant", "priority"),
            r("organisation", "", "", "meanImportance", Double.toString((0.42 + 0.61) / 2)),
            r("organisation", "", "", "meanPerformance", "72"),
            r("action", "waiting_time", "theme", "position", "1"),
            r("action", "waiting_time", "theme", "priority", Double.toString(0.61 * 40)),
            r("action", "waiting_time", "theme", "score", "60"),
            r("action", "call_delay", "criterion", "position", "2"),
            r(
                "action",
                "call_delay",
                "criterion",
                "priority",
                Double.toString(1.5 * (100 - 100.0 / 3))),
            r("action", "call_delay", "criterion", "score", Double.toString(100.0 / 3))));

    assertThat(parsed(ReportFixtures.ORGANISATION, ReportCsv::write))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void write_overview_everyCell() {
    String participation = Double.toString(800 * 1000.0 / 190_000);
    List<List<String>> expected =
        List.of(
            HEADER,
            r("report", "", "", "format", "indiko.report.overview/1"),
            r("report", "", "", "edition", "2017"),
            r("report", "", "", "asOf", "2017-12-01"),
            r("report", "", "", "provisional", "false"),
            r("report", "", "en", "name", "'@Barometer, \"2017\""),
            r("report", "", "fr", "name", "Baromètre =1+1"),
            r("responses", "", "", "read", "13"),
            r("responses", "", "", "accepted", "10"),
            r("responses", "", "", "rejected", "3"),
            r("responses", "", "invalid_answer", "rejected", "2"),
            r("responses", "", "outside_collection", "rejected", "1"),
            r("audits", "", "", "read", "4"),
            r("audits", "", "", "accepted", "4"),
            r("audits", "", "", "rejected", "0"),
            r("category", "commune/xl", "", "enrolled", "7"),
            r("category", "commune/xl", "", "eligible", "5"),
            r("category", "commune/xl", "", "meanComposite", "70.2"),
            r("category", "hospital/none", "", "enrolled", "2"),
            r("category", "hospital/none", "", "eligible", "1"),
            r("category", "hospital/none", "", "meanComposite", ""),
            r("trophy", "commune/xl", "", "structure", "mairie-x"),
            r("trophy", "commune/xl", "", "composite", "82.3"),
            r("trophy", "consultation", "", "structure", "mairie-y"),
            r("trophy", "consultation", "", "participation", participation),
            r("trophy", "consultation", "", "responses", "800"),
            r("notAwarded", "hospital/none", "", "reason", "too_few_eligible"),
            r("notAwarded", "hospital/none", "", "eligible", "1"),
            r("consultation", "mairie-y", "", "position", "1"),
            r("consultation", "mairie-y", "", "participation", participation),
            r("consultation", "mairie-y", "", "responses", "800"),
            r("consultation", "mairie-lyon", "", "position", "2"),
            r(
                "consultation",
                "mairie-lyon",
                "",
                "participation",
                Double.toString(10_000.0 / 513_000)),
            r("consultation", "mairie-lyon", "", "responses", "10"),
            r("structure", "chu-x", "", "name", "CHU \"X\""),
            r("structure", "chu-x", "", "category", "hospital/none"),
            r("structure", "chu-x", "", "level", "raw"),
            r("structure", "mairie-lyon", "", "name", "'" + ReportFixtures.NAME),
            r("structure", "mairie-lyon", "", "category", "commune/xl"),
            r("structure", "mairie-lyon", "", "level", "organisation"));

    assertThat(parsed(ReportFixtures.OVERVIEW, ReportCsv::write))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void write_startsWithBom_endsRowsWithCrLf() {
    byte[] bytes = bytes(ReportFixtures.RAW, ReportCsv::write);
    String text = new String(bytes, StandardCharsets.UTF_8);

    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(text).startsWith("\uFEFFsection,subject,detail,measure,value\r\n");
    assertThat(text).endsWith("\r\n");
    assertThat(text)
        .contains("\r\nquestion,comment,,text,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n")
        .contains("\r\nquestion,comment,,text,'@SUM(A1)\r\n")
        .contains("\r\nquestion,wait_minutes,quantities,min,-12.5\r\n");
  }

  @Test
  void write_everyReport_noTextCellStartsDangerously() {
    for (List<List<String>> rows :
        List.of(
            parsed(ReportFixtures.RAW, ReportCsv::write),
            parsed(ReportFixtures.ANALYSIS, ReportCsv::write),
            parsed(ReportFixtures.ORGANISATION, ReportCsv::write),
            parsed(ReportFixtures.OVERVIEW, ReportCsv::write))) {
      for (List<String> row : rows) {
        assertThat(row).hasSize(5);
        for (int i = 0; i < 4; i++) {
          assertThat(CsvTexts.dangerous(row.get(i))).as("%s", row).isFalse();
        }
        if (CsvTexts.dangerous(row.get(4))) {
          assertThat(row.get(4)).as("a negative number in %s", row).matches("-[0-9]+(\\.[0-9]+)?");
        }
      }
    }
  }

  @Test
  void write_notFinite_refused() {
    OrganisationReport report =
        new OrganisationReport(
            ReportFixtures.LYON, List.of(), List.of(), Double.POSITIVE_INFINITY, null, List.of());

    assertThatThrownBy(() -> ReportCsv.write(report, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Infinity");
  }

  private static void head(List<List<String>> rows, String format) {
    rows.addAll(
        List.of(
            r("report", "", "", "format", format),
            r("report", "", "", "edition", "2017"),
            r("report", "", "", "asOf", "2017-12-01"),
            r("report", "", "", "provisional", "false"),
            r("report", "", "", "structure", "mairie-lyon"),
            r("report", "", "", "name", "'" + ReportFixtures.NAME),
            r("report", "", "", "category", "commune/xl"),
            r("report", "", "", "level", "organisation")));
  }

  private static void question(
      List<List<String>> rows,
      String id,
      String type,
      String theme,
      String scored,
      String answered,
      String na) {
    rows.addAll(
        List.of(
            r("question", id, "", "type", type),
            r("question", id, "", "theme", theme),
            r("question", id, "", "scored", scored),
            r("question", id, "", "answered", answered),
            r("question", id, "", "na", na)));
  }

  private static void unscored(List<List<String>> rows, String id) {
    rows.addAll(
        List.of(
            r("question", id, "", "n", "0"),
            r("question", id, "", "mean", ""),
            r("question", id, "", "satisfaction", ""),
            r("question", id, "", "net", ""),
            r("question", id, "", "nps", "")));
  }

  private static List<String> r(String... cells) {
    return List.of(cells);
  }

  static <T> byte[] bytes(T report, BiConsumer<T, OutputStream> writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.accept(report, out);
    return out.toByteArray();
  }

  /** The rows of a rendered file, without its byte order mark, read by a strict RFC 4180 reader. */
  static <T> List<List<String>> parsed(T report, BiConsumer<T, OutputStream> writer) {
    String text = new String(bytes(report, writer), StandardCharsets.UTF_8);
    assertThat(text).startsWith(BOM);
    return Rfc4180.parse(text.substring(1));
  }
}

package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.structure.StructureId;
import io.github.indiko.scoring.QuestionDetail;
import io.github.indiko.scoring.ScoredEdition;
import io.github.indiko.scoring.ScoringEngine;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample's filter and consent questions, which have no theme ({@code used_online} "Avez-vous
 * fait une démarche en ligne ?", {@code comment_contact}), scored in full: every report gives
 * their distribution (count and share of each answer, {@code na} apart), never a score nor a
 * satisfaction rate (scoring.md §8.1, §8.2).
 */
class QuestionWithoutThemeTest {
  private static final StructureId STRUCTURE = new StructureId("mairie-trevennec");
  private static final ScoredEdition SCORED =
      ScoringEngine.builder()
          .builtIns()
          .build()
          .scoreInFull(SampleFixture.DEFINITIONS, SampleFixture.EDITION, reject -> {});
  private static final StructureReports REPORTS =
      Reports.of(SCORED, SampleFixture.PREVIOUS_RESULTS).structures().stream()
          .filter(s -> s.structure().id().equals(STRUCTURE))
          .findFirst()
          .orElseThrow();

  @Test
  void raw_questionWithoutTheme_keepsItsCountsAndDropsItsScores() {
    QuestionDetail engine = engineDetail("used_online");
    QuestionDetail reported = reported("used_online");

    // The engine scores a yes_no (scoring.md §1); the report does not show it as a score.
    assertThat(engine.scored()).isTrue();
    assertThat(engine.mean()).isNotNull();
    assertThat(engine.distribution()).isNotEmpty();
    assertThat(reported.scored()).isFalse();
    assertThat(reported.n()).isZero();
    assertThat(reported.mean()).isNull();
    assertThat(reported.satisfaction()).isNull();
    assertThat(reported.net()).isNull();
    assertThat(reported.nps()).isNull();
    assertThat(reported.distribution()).isEqualTo(engine.distribution());
    assertThat(reported.answered()).isEqualTo(engine.answered());
    assertThat(reported.na()).isEqualTo(engine.na());
    QuestionDetail themed = reported("courtesy_staff");
    assertThat(themed).isEqualTo(engineDetail("courtesy_staff"));
    assertThat(themed.mean()).isNotNull();
  }

  @Test
  void html_questionWithoutTheme_showsCountsAndSharesAndNoScore() {
    QuestionDetail engine = engineDetail("used_online");
    Document page =
        Jsoup.parse(
            text(
                out ->
                    ReportHtml.write(
                        REPORTS.raw(),
                        SampleFixture.DEFINITIONS,
                        new HtmlOptions(Locale.ENGLISH, ScoreScale.HUNDRED),
                        out)));

    Element section = page.selectFirst("section:has(> h3#q-used_online)");
    assertThat(section).isNotNull();
    assertThat(section.select("dt").eachText())
        .contains("Answers", "Unanswered")
        .doesNotContain(
            "Scored answers", "Mean score", "Satisfaction rate", "Net satisfaction", "NPS");
    assertThat(section.select("p").eachText())
        .anySatisfy(p -> assertThat(p).startsWith("Question without a theme"));
    Element table = section.selectFirst("table");
    List<String> rows = new ArrayList<>();
    long total = engine.distribution().values().stream().mapToLong(Long::longValue).sum();
    for (Map.Entry<String, Long> entry : engine.distribution().entrySet()) {
      String answer = entry.getKey().equals("yes") ? "Yes" : "No";
      String share =
          BigDecimal.valueOf(100.0 * entry.getValue() / total).setScale(1, RoundingMode.HALF_UP)
              + "%";
      rows.add(answer + " " + entry.getValue() + " " + share);
    }
    assertThat(table.select("tbody tr").eachText()).containsExactlyElementsOf(rows);
    Element themed = page.selectFirst("section:has(> h3#q-courtesy_staff)");
    assertThat(themed.select("dt").eachText()).contains("Mean score", "Satisfaction rate");
  }

  @Test
  void jsonAndCsv_questionWithoutTheme_distributionAndNoScore() {
    QuestionDetail engine = engineDetail("used_online");
    JsonNode json =
        JsonMapper.builder()
            .build()
            .readTree(text(out -> ReportJson.write(REPORTS.raw(), out)));
    JsonNode question = null;
    for (JsonNode q : json.get("questions")) {
      if (q.get("id").asString().equals("used_online")) {
        question = q;
      }
    }

    assertThat(question).isNotNull();
    assertThat(question.get("theme").isNull()).isTrue();
    assertThat(question.get("scored").asBoolean()).isFalse();
    assertThat(question.get("n").asLong()).isZero();
    assertThat(question.get("mean").isNull()).isTrue();
    assertThat(question.get("satisfaction").isNull()).isTrue();
    assertThat(question.get("net").isNull()).isTrue();
    assertThat(question.get("distribution").get("yes").asLong())
        .isEqualTo(engine.distribution().get("yes"));
    assertThat(question.get("distribution").get("no").asLong())
        .isEqualTo(engine.distribution().get("no"));
    assertThat(question.get("na").asLong()).isEqualTo(engine.na());

    String csv = text(out -> ReportCsv.write(REPORTS.raw(), out)).replace("\uFEFF", "");
    List<List<String>> rows =
        Rfc4180.parse(csv).stream()
            .filter(r -> r.size() == 5 && r.get(1).equals("used_online"))
            .toList();
    String yes = Long.toString(engine.distribution().get("yes"));
    assertThat(rows).contains(List.of("question", "used_online", "yes", "distribution", yes));
    assertThat(rows).contains(List.of("question", "used_online", "", "mean", ""));
    assertThat(rows).contains(List.of("question", "used_online", "", "satisfaction", ""));
    assertThat(rows).contains(List.of("question", "used_online", "", "scored", "false"));
  }

  @Test
  void analysis_questionsWithoutTheme_areNotItems() {
    AnalysisReport analysis = REPORTS.analysis();
    assertThat(analysis).isNotNull();
    assertThat(analysis.items())
        .extracting(ItemAnalysis::id)
        .contains("courtesy_staff")
        .doesNotContain("used_online", "comment_contact");
    String html =
        text(
            out ->
                ReportHtml.write(
                    analysis,
                    SampleFixture.DEFINITIONS,
                    new HtmlOptions(Locale.FRENCH, ScoreScale.HUNDRED),
                    out));
    assertThat(Jsoup.parse(html).text())
        .doesNotContain("Avez-vous fait une démarche en ligne ?")
        .doesNotContain("Pouvons-nous vous recontacter");
  }

  private static QuestionDetail engineDetail(String id) {
    return SCORED.detail(STRUCTURE).orElseThrow().questions().stream()
        .filter(q -> q.id().value().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static QuestionDetail reported(String id) {
    return REPORTS.raw().questions().stream()
        .filter(q -> q.id().value().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static String text(Consumer<ByteArrayOutputStream> writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.accept(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}

package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.scoring.Agreement;
import io.github.indiko.scoring.Results;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The auditors' agreement (analysis.md §A5) as a report: the order of its criteria, the reading of
 * an alpha, and its JSON, CSV and HTML; the agreement records are built here by hand.
 */
class AgreementReportTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * An agreement over the sample's grid: desk_signage 0.9, desk_wait 0.5, desk_answer 0.5 (a tie,
   * after desk_wait in the grid), desk_docs 0.7, every other criterion without alpha.
   */
  static Agreement sampleAgreement() {
    Map<String, Double> alphas =
        Map.of("desk_signage", 0.9, "desk_wait", 0.5, "desk_answer", 0.5, "desk_docs", 0.7);
    List<Agreement.CriterionAgreement> criteria = new ArrayList<>();
    for (Criterion criterion : SampleFixture.DEFINITIONS.grid().criteria()) {
      Double alpha = alphas.get(criterion.id().value());
      Agreement.Level level =
          criterion.type() instanceof CriterionType.Check
              ? Agreement.Level.NOMINAL
              : Agreement.Level.INTERVAL;
      criteria.add(
          new Agreement.CriterionAgreement(
              criterion.id(),
              new Agreement.Reliability(
                  alpha == null ? 0 : 7, alpha == null ? 0 : 15, level, alpha)));
    }
    return new Agreement(
        7, criteria, new Agreement.Reliability(28, 60, Agreement.Level.NOMINAL, 0.8125));
  }

  /** The sample's results with an agreement. */
  static Results withAgreement(Results results, Agreement agreement) {
    return new Results(
        results.edition(),
        results.asOf(),
        results.responses(),
        results.audits(),
        results.structures(),
        results.trophies(),
        results.notAwarded(),
        results.consultation(),
        agreement);
  }

  private static AgreementReport sample() {
    return AgreementReport.of(
            withAgreement(SampleFixture.RESULTS, sampleAgreement()), SampleFixture.DEFINITIONS)
        .orElseThrow();
  }

  @Test
  void of_resultsWithoutDouble_noReport() {
    assertThat(SampleFixture.RESULTS.agreement()).isNull();
    assertThat(AgreementReport.of(SampleFixture.RESULTS, SampleFixture.DEFINITIONS)).isEmpty();
  }

  @Test
  void of_leastAgreedFirst_withoutAlphaLast_tiesInGridOrder() {
    AgreementReport report = sample();

    List<String> order =
        report.criteria().stream().map(c -> c.criterion().value()).toList();
    assertThat(order.subList(0, 5))
        .containsExactly("desk_wait", "desk_answer", "desk_docs", "desk_signage", "desk_greeting");
    assertThat(order.subList(4, order.size()))
        .containsExactly(
            "desk_greeting", "phone_hours", "phone_rings", "phone_greeting", "phone_answer",
            "email_delay", "email_complete", "email_polite", "web_a11y", "web_procedures",
            "web_clicks", "web_info", "social_reply", "social_tone");
    assertThat(report.criteria().get(0).channel()).isEqualTo(Channel.IN_PERSON);
    assertThat(report.criteria().get(0).reliability().level()).isEqualTo(Agreement.Level.INTERVAL);
    assertThat(report.doubles()).isEqualTo(7);
    assertThat(report.checks().alpha()).isEqualTo(0.8125);
    assertThat(report.asOf()).isEqualTo(SampleFixture.RESULTS.asOf());
  }

  @Test
  void of_criterionTheGridDoesNotHold_refused() {
    Agreement agreement =
        new Agreement(
            1,
            List.of(
                new Agreement.CriterionAgreement(
                    new CriterionId("nowhere"),
                    new Agreement.Reliability(1, 2, Agreement.Level.NOMINAL, 1.0))),
            new Agreement.Reliability(1, 2, Agreement.Level.NOMINAL, 1.0));

    assertThatThrownBy(
            () ->
                AgreementReport.of(
                    withAgreement(SampleFixture.RESULTS, agreement), SampleFixture.DEFINITIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nowhere");
  }

  @Test
  void reading_krippendorffsThresholds() {
    assertThat(AgreementReport.Reading.of(1.0)).isEqualTo(AgreementReport.Reading.RELIABLE);
    assertThat(AgreementReport.Reading.of(0.8)).isEqualTo(AgreementReport.Reading.RELIABLE);
    assertThat(AgreementReport.Reading.of(0.7999)).isEqualTo(AgreementReport.Reading.TENTATIVE);
    assertThat(AgreementReport.Reading.of(0.667)).isEqualTo(AgreementReport.Reading.TENTATIVE);
    assertThat(AgreementReport.Reading.of(0.6669)).isEqualTo(AgreementReport.Reading.UNRELIABLE);
    assertThat(AgreementReport.Reading.of(-0.4)).isEqualTo(AgreementReport.Reading.UNRELIABLE);
    assertThat(AgreementReport.Reading.of(null)).isEqualTo(AgreementReport.Reading.NOT_COMPUTED);
    assertThat(AgreementReport.Reading.NOT_COMPUTED.id()).isEqualTo("not_computed");
  }

  @Test
  void json_membersInOrder_validAgainstItsSchema() {
    String text = ReportJsonTest.text(HostileFixture.agreement(), ReportJson::write);
    JsonNode tree = JSON.readTree(text);

    assertThat(tree.propertyNames())
        .containsExactly(
            "format", "edition", "asOf", "provisional", "doubles", "criteria", "checks");
    assertThat(tree.get("format").stringValue()).isEqualTo("indiko.report.agreement/1");
    assertThat(tree.get("provisional").booleanValue()).isTrue();
    assertThat(tree.get("doubles").longValue()).isEqualTo(12);
    JsonNode greeting = tree.get("criteria").get(0);
    assertThat(greeting.propertyNames())
        .containsExactly("id", "channel", "level", "units", "values", "alpha", "reading");
    assertThat(greeting.get("id").stringValue()).isEqualTo("greeting");
    assertThat(greeting.get("channel").stringValue()).isEqualTo("in_person");
    assertThat(greeting.get("level").stringValue()).isEqualTo("nominal");
    assertThat(greeting.get("alpha").doubleValue()).isEqualTo(0.743);
    assertThat(greeting.get("reading").stringValue()).isEqualTo("tentative");
    JsonNode wait = tree.get("criteria").get(1);
    assertThat(wait.get("alpha").isNull()).isTrue();
    assertThat(wait.get("reading").stringValue()).isEqualTo("not_computed");
    assertThat(tree.get("checks").propertyNames())
        .containsExactly("level", "units", "values", "alpha", "reading");
    assertThat(text).endsWith("}\n");
    assertThat(ReportJsonTest.errors("agreement", text)).isEmpty();

    ObjectNode unknownMember = (ObjectNode) tree.deepCopy();
    unknownMember.put("structures", 1);
    ObjectNode badReading = (ObjectNode) tree.deepCopy();
    ((ObjectNode) badReading.get("checks")).put("reading", "good");
    assertThat(ReportJsonTest.errors("agreement", unknownMember.toString())).isNotEmpty();
    assertThat(ReportJsonTest.errors("agreement", badReading.toString())).isNotEmpty();
  }

  @Test
  void csv_longFormRows() {
    String text = ReportJsonTest.text(HostileFixture.agreement(), ReportCsv::write);

    assertThat(text.split("\r\n", -1))
        .containsExactly(
            ReportCsvTest.BOM + "section,subject,detail,measure,value",
            "report,,,format,indiko.report.agreement/1",
            "report,,,edition,2017",
            "report,,,asOf,2017-10-02",
            "report,,,provisional,true",
            "report,,,doubles,12",
            "criterion,greeting,,channel,in_person",
            "criterion,greeting,,level,nominal",
            "criterion,greeting,,units,12",
            "criterion,greeting,,values,40",
            "criterion,greeting,,alpha,0.743",
            "criterion,greeting,,reading,tentative",
            "criterion,phone_wait,,channel,phone",
            "criterion,phone_wait,,level,interval",
            "criterion,phone_wait,,units,1",
            "criterion,phone_wait,,values,0",
            "criterion,phone_wait,,alpha,",
            "criterion,phone_wait,,reading,not_computed",
            "checks,,,level,nominal",
            "checks,,,units,12",
            "checks,,,values,40",
            "checks,,,alpha,0.743",
            "checks,,,reading,tentative",
            "");
  }

  private static Document html(AgreementReport report, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportHtml.write(
        report,
        HostileFixture.definitions(),
        new HtmlOptions(locale, ScoreScale.HUNDRED),
        out);
    return Jsoup.parse(new String(out.toByteArray(), StandardCharsets.UTF_8));
  }

  @Test
  void html_tableOfTheCriteria_readingAidAndLinkBack() {
    Document doc = html(HostileFixture.agreement(), Locale.FRENCH);

    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(doc.selectFirst("h1").text()).startsWith("Accord des auditeurs — Baromètre 2017");
    assertThat(doc.select("nav a").eachAttr("href"))
        .containsExactly("index.html", "#reading", "#criteria", "#checks");
    assertThat(doc.select("p.provisional")).hasSize(1);
    Element table = doc.selectFirst("#criteria").parent().selectFirst("table");
    assertThat(table.selectFirst("caption").text())
        .isEqualTo("Accord par critère, du moins consensuel au plus consensuel");
    assertThat(table.select("thead th").eachAttr("scope")).containsOnly("col");
    assertThat(table.select("thead th").eachText())
        .containsExactly(
            "Critère", "Canal", "Niveau de mesure", "Unités (audits doublés)",
            "Valeurs comparées", "Alpha", "Lecture");
    assertThat(table.select("tbody tr").get(0).select("th, td").eachText())
        .containsExactly(
            "javascript:alert(1) greeting", "Accueil physique", "nominal (respecté ou non)",
            "12", "40", "0,743", "conclusions provisoires seulement");
    assertThat(table.select("tbody tr").get(1).select("th, td").eachText())
        .containsExactly(
            "Attente au téléphone phone_wait", "Téléphone", "intervalle (nombres)", "1", "0",
            "—", "non calculé");
    assertThat(table.select("tbody th").eachAttr("scope")).containsOnly("row");
    assertThat(doc.selectFirst("#reading").parent().text())
        .contains("α ≥ 0,800")
        .contains("0,667 ≤ α < 0,800")
        .contains("Content Analysis: An Introduction to Its Methodology, 2e éd., 2004, p. 241");
    assertThat(doc.select("dl.facts dd").eachText())
        .containsExactly("12", "0,743 (conclusions provisoires seulement)");
    assertThat(doc.select("script, a[href^=javascript]")).isEmpty();
  }

  @Test
  void html_inEnglish() {
    Document doc = html(HostileFixture.agreement(), Locale.ENGLISH);

    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Auditors' agreement — Barometer 2017");
    assertThat(doc.selectFirst("#checks").parent().select("tbody td").eachText())
        .containsExactly("—", "nominal (met or not met)", "12", "40", "0.743",
            "tentative conclusions only");
  }
}

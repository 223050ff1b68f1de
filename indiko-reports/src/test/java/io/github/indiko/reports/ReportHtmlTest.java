package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Theme;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportHtmlTest {
  private static final EditionDefinitions DEFINITIONS = HostileFixture.definitions();
  private static final HtmlOptions FRENCH = new HtmlOptions(Locale.FRANCE, ScoreScale.HUNDRED);
  private static final HtmlOptions ENGLISH = new HtmlOptions(Locale.ENGLISH, ScoreScale.HUNDRED);

  /** A page type and how to render it. */
  record Kind(String name, Function<HtmlOptions, String> render) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Kind> kinds() {
    return List.of(
        new Kind("raw", o -> render(out -> ReportHtml.write(HostileFixture.raw(), DEFINITIONS, o, out))),
        new Kind(
            "analysis",
            o -> render(out -> ReportHtml.write(HostileFixture.analysis(), DEFINITIONS, o, out))),
        new Kind(
            "organisation",
            o -> render(out -> ReportHtml.write(HostileFixture.organisation(), DEFINITIONS, o, out))),
        new Kind(
            "overview",
            o ->
                render(
                    out ->
                        ReportHtml.write(
                            HostileFixture.overview(),
                            DEFINITIONS,
                            o,
                            EnumSet.allOf(ReportFormat.class),
                            out))));
  }

  static List<Object[]> kindsAndLanguages() {
    List<Object[]> all = new ArrayList<>();
    for (Kind kind : kinds()) {
      all.add(new Object[] {kind, FRENCH});
      all.add(new Object[] {kind, ENGLISH});
    }
    return all;
  }

  interface Writer {
    void write(ByteArrayOutputStream out);
  }

  static String render(Writer writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @MethodSource("kindsAndLanguages")
  void write_hasNoScriptNoHandlerNoExternalResource(Kind kind, HtmlOptions options) {
    assertInert(Jsoup.parse(kind.render().apply(options)));
  }

  /** No script, no event handler, no external resource, and the page's content security policy. */
  static void assertInert(Document document) {
    assertThat(document.select("script")).isEmpty();
    assertThat(document.select("img, iframe, object, embed, link, base, form")).isEmpty();
    for (Element element : document.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        assertThat(attribute.getKey()).as(element.tagName()).doesNotStartWith("on");
        assertThat(attribute.getValue().toLowerCase(Locale.ROOT))
            .as(element.tagName() + " " + attribute.getKey())
            .doesNotContain("http:", "https:", "javascript:", "//");
      }
    }
    for (Element style : document.select("style")) {
      assertThat(style.data().toLowerCase(Locale.ROOT))
          .doesNotContain("http:", "https:", "javascript:", "//", "@import");
    }
    assertThat(document.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .isEqualTo("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  }

  @ParameterizedTest
  @MethodSource("kindsAndLanguages")
  void write_headingsInOrderOneH1(Kind kind, HtmlOptions options) {
    Document document = Jsoup.parse(kind.render().apply(options));

    Elements headings = document.select("h1, h2, h3, h4, h5, h6");
    assertThat(document.select("h1")).hasSize(1);
    assertThat(headings.first().tagName()).isEqualTo("h1");
    int previous = 1;
    for (Element heading : headings) {
      int level = heading.tagName().charAt(1) - '0';
      assertThat(level).as(heading.text()).isLessThanOrEqualTo(previous + 1);
      previous = level;
    }
    assertThat(document.select("main")).hasSize(1);
    assertThat(document.select("header nav")).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("kindsAndLanguages")
  void write_tablesHaveCaptionAndScopedHeaders(Kind kind, HtmlOptions options) {
    Document document = Jsoup.parse(kind.render().apply(options));

    assertThat(document.select("table")).isNotEmpty();
    for (Element table : document.select("table")) {
      assertThat(table.select("> caption").text()).isNotBlank();
      assertThat(table.select("th[scope]")).isNotEmpty();
      for (Element th : table.select("th")) {
        assertThat(th.attr("scope")).isIn("col", "row");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("kindsAndLanguages")
  void write_everySvgIsAnImageWithTitleAndDescription(Kind kind, HtmlOptions options) {
    Document document = Jsoup.parse(kind.render().apply(options));

    for (Element svg : document.select("svg")) {
      assertThat(svg.attr("role")).isEqualTo("img");
      Element title = svg.selectFirst("> title");
      Element desc = svg.selectFirst("> desc");
      assertThat(title).isNotNull();
      assertThat(desc).isNotNull();
      assertThat(title.text()).isNotBlank();
      assertThat(desc.text()).isNotBlank();
      assertThat(svg.attr("aria-labelledby")).isEqualTo(title.id());
      assertThat(svg.attr("aria-describedby")).isEqualTo(desc.id());
      Element figure = svg.parent();
      assertThat(figure.tagName()).isEqualTo("figure");
      assertThat(figure.select("> figcaption")).hasSize(1);
      assertThat(figure.select("table")).hasSize(1);
    }
  }

  @ParameterizedTest
  @MethodSource("kindsAndLanguages")
  void write_langIsThePageLanguage(Kind kind, HtmlOptions options) {
    Document document = Jsoup.parse(kind.render().apply(options));

    assertThat(document.selectFirst("html").attr("lang")).isEqualTo(options.locale().getLanguage());
  }

  @Test
  void write_rawShowsEveryHostileFreeTextAsText() {
    String html = kinds().get(0).render().apply(FRENCH);
    Document document = Jsoup.parse(html);

    List<String> answers = document.select("ul.texts > li > bdi").eachText();
    assertThat(answers).containsExactlyInAnyOrderElementsOf(HostileFixture.HOSTILE);
    for (String hostile : HostileFixture.HOSTILE) {
      assertThat(document.body().text()).contains(hostile);
    }
    assertThat(html).doesNotContain(HostileFixture.SCRIPT, HostileFixture.ATTRIBUTE);
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @ParameterizedTest
  @MethodSource("kindsAndLanguages")
  void write_structureNameAndLabelsAreTextInBdi(Kind kind, HtmlOptions options) {
    Document document = Jsoup.parse(kind.render().apply(options));

    List<String> isolated = document.select("bdi").eachText();
    if (kind.name().equals("overview")) {
      assertThat(isolated)
          .contains(HostileFixture.JAVASCRIPT, HostileFixture.SCRIPT, HostileFixture.OVERRIDE);
    } else {
      assertThat(document.selectFirst("h1 bdi").text()).isEqualTo(HostileFixture.JAVASCRIPT);
      assertThat(document.title()).contains(HostileFixture.JAVASCRIPT);
    }
  }

  @Test
  void write_rawLabelsFromDefinitionsInThePageLanguageElseTheDefault() {
    Document french = Jsoup.parse(kinds().get(0).render().apply(FRENCH));
    Document english = Jsoup.parse(kinds().get(0).render().apply(ENGLISH));

    assertThat(french.select("h3").eachText())
        .contains("Accueil " + HostileFixture.SCRIPT, HostileFixture.FORMULA, "Motif de la visite");
    assertThat(english.select("h3").eachText()).contains("Welcome " + HostileFixture.SCRIPT);
    Element fallback = english.select("h3 bdi[lang=fr]").first();
    assertThat(fallback).isNotNull();
    assertThat(english.select("h3 bdi[lang=fr]").eachText()).contains("Motif de la visite");
    assertThat(french.body().text()).contains(HostileFixture.ATTRIBUTE, HostileFixture.JAVASCRIPT);
    assertThat(french.body().text()).contains("5 – Très satisfait");
  }

  @Test
  void write_rawCountsByReasonAndQuestionMeasures() {
    Document document = Jsoup.parse(kinds().get(0).render().apply(ENGLISH));

    Element reasons = document.select("table:has(caption:contains(by reason))").first();
    assertThat(reasons.select("tbody tr")).hasSize(3);
    assertThat(reasons.select("tbody tr").get(0).text()).isEqualTo("Invalid answer invalid_answer 4 0");
    assertThat(reasons.select("tbody tr").get(1).text())
        .isEqualTo("Observation missing missing_observation 0 1");
    // 83.33 % of 60 favourable, net 75, nps 40, mean 79.58 → 79.6/100
    String text = document.body().text();
    assertThat(text).contains("83.3%", "79.6/100", "40.0");
    // the distribution of ratings: 30 of 60 answers are 5, 50.0 %
    assertThat(text).contains("30 (50.0%)");
  }

  @Test
  void write_frenchNumbersAndScaleOfTen() {
    HtmlOptions ten = new HtmlOptions(Locale.FRENCH, ScoreScale.TEN);
    Document document = Jsoup.parse(kinds().get(1).render().apply(ten));

    String text = document.body().text();
    // composite 82.5 / 10 = 8.25, half-up → 8,3; previous 78.0 → 7,8; change +4.5 → +0,5 (0.45 half-up)
    assertThat(text).contains("8,3/10", "7,8/10", "+0,5");
    // satisfaction stays a percentage, NPS on −100…100: 83,33 → 83,3 %, 40 → 40,0
    assertThat(text).contains("83,3\u202F%", "40,0");
    assertThat(text).doesNotContain("/100");
  }

  @Test
  void write_analysisEnglishOnAHundred() {
    Document document = Jsoup.parse(kinds().get(1).render().apply(ENGLISH));

    String text = document.body().text();
    assertThat(text).contains("82.5/100", "78.0/100", "+4.5");
    assertThat(text).contains("fewer than three eligible structures in the category");
    assertThat(text).contains("not significant");
    assertThat(text).contains("no benchmark");
    assertThat(text).contains("Online survey: suppressed");
    // the suppressed phone channel has no bar: the channel chart draws three bars (survey in person,
    // audit in person, audit phone)
    Element channels = document.select("section[aria-labelledby=channels]").first();
    assertThat(channels.select("svg rect[height=14.0]")).hasSize(3);
    // whiskers: three items with an interval, each a line and two caps
    Element items = document.select("section[aria-labelledby=items]").first();
    assertThat(items.select("svg line[stroke=#000]")).hasSize(9);
    assertThat(document.select("section[aria-labelledby=evolution] svg")).hasSize(1);
  }

  @Test
  void write_frenchApostrophesAreKept() {
    Document document = Jsoup.parse(kinds().get(1).render().apply(FRENCH));

    assertThat(document.select("a.skip").text()).isEqualTo("Aller au contenu");
    assertThat(document.body().text()).contains("Délai d'attente et de réponse", "Baromètre de l'accueil");
  }

  @Test
  void write_organisationMarksFailingCriteriaAndNumbersThePlan() {
    Document document = Jsoup.parse(kinds().get(2).render().apply(ENGLISH));

    Element table = document.select("table:has(caption:contains(Conformity rate))").first();
    assertThat(table.select("tbody tr")).hasSize(2);
    assertThat(table.select("tbody tr").get(0).select(".fail").text()).isEqualTo("✗ Failing");
    assertThat(table.select("tbody tr").get(1).select(".fail")).isEmpty();
    Elements themes = document.select("section:has(> h3#actions-themes) ol.actions > li");
    Elements criteria = document.select("section:has(> h3#actions-criteria) ol.actions > li");
    assertThat(document.select("ol.actions > li")).hasSize(2);
    assertThat(themes.eachText())
        .containsExactly("Theme Efficiency: performance 62.5/100, priority index 18.0");
    assertThat(criteria.eachText())
        .containsExactly(
            "Criterion "
                + HostileFixture.JAVASCRIPT
                + ": conformity 40.0/100, priority index 60.0");
    assertThat(document.select("section:has(> h3#actions-themes) > h3").text())
        .isEqualTo("Priority themes");
    Element svg = document.selectFirst("svg");
    assertThat(svg.select("line[stroke-dasharray]")).hasSize(2);
    assertThat(svg.select("text").eachText())
        .contains("\u2068Priority (improve first)\u2069", "\u2068Surplus (effort sufficient)\u2069");
    assertThat(svg.selectFirst("desc").text())
        .contains("Courtesy (marker 1): importance 0.62, performance 79.6/100");
  }

  @Test
  void write_organisationMatrixNumbersItsPointsAndNamesThemInTheTable() {
    Document document = Jsoup.parse(kinds().get(2).render().apply(ENGLISH));

    Element figure = document.selectFirst("figure:has(svg)");
    // Courtesy, Efficiency and Information have a point; Accessibility has no importance.
    Elements marks = figure.select("svg text:has(> title)");
    assertThat(marks.stream().map(Element::ownText))
        .containsExactly("\u20681\u2069", "\u20682\u2069", "\u20683\u2069");
    assertThat(marks.select("title").eachText())
        .containsExactly(
            "\u2068Courtesy\u2069",
            "\u2068Efficiency\u2069",
            "\u2068Information and guidance\u2069");
    Element table = figure.selectFirst("table");
    assertThat(table.select("thead th").eachText()).startsWith("Theme", "Marker");
    List<String> rows = new ArrayList<>();
    for (Element row : table.select("tbody tr")) {
      rows.add(row.child(0).text() + "=" + row.child(1).text());
    }
    assertThat(rows)
        .containsExactly(
            "Accessibility=—", "Courtesy=1", "Efficiency=2", "Information and guidance=3");
  }

  @Test
  void write_actionPlan_twoPartsEachByItsOwnIndex_sameOrderInJsonAndCsv() {
    OrganisationReport fixture = HostileFixture.organisation();
    // A theme's index is not comparable with a criterion's: 13.0 is listed before 150.0.
    OrganisationReport report =
        new OrganisationReport(
            fixture.structure(),
            fixture.criteria(),
            fixture.themes(),
            fixture.meanImportance(),
            fixture.meanPerformance(),
            List.of(
                new Action(Action.Kind.THEME, "efficiency", 13.0, 62.5),
                new Action(Action.Kind.THEME, "courtesy", 5.0, 79.58),
                new Action(Action.Kind.CRITERION, "greeting", 150.0, 40.0),
                new Action(Action.Kind.CRITERION, "phone_wait", 90.0, 64.0)));
    Document french =
        Jsoup.parse(render(out -> ReportHtml.write(report, DEFINITIONS, FRENCH, out)));

    Element actions = french.selectFirst("section:has(> h2#actions)");
    assertThat(actions.select("h3").eachText())
        .containsExactly("Thèmes prioritaires", "Critères en échec");
    assertThat(actions.selectFirst("p").text())
        .startsWith("Chaque liste est classée par son propre indice de priorité")
        .contains("importance × (100 − performance)", "poids × (100 − conformité)");
    List<String> html = new ArrayList<>();
    for (Element item : actions.select("ol.actions > li")) {
      html.add(item.text());
    }
    assertThat(html).hasSize(4);
    assertThat(html.get(0)).startsWith("Thème Efficacité").endsWith("13,0");
    assertThat(html.get(1)).startsWith("Thème Courtoisie").endsWith("5,0");
    assertThat(html.get(2)).startsWith("Critère").endsWith("150,0");
    assertThat(html.get(3)).startsWith("Critère Attente au téléphone").endsWith("90,0");

    JsonNode json =
        JsonMapper.builder()
            .build()
            .readTree(render(out -> ReportJson.write(report, out)));
    List<String> jsonOrder = new ArrayList<>();
    json.get("actionPlan")
        .forEach(a -> jsonOrder.add(a.get("kind").asString() + ":" + a.get("id").asString()));
    List<String> expected =
        List.of("theme:efficiency", "theme:courtesy", "criterion:greeting", "criterion:phone_wait");
    assertThat(jsonOrder).containsExactlyElementsOf(expected);
    List<String> csvOrder = new ArrayList<>();
    for (List<String> row :
        Rfc4180.parse(render(out -> ReportCsv.write(report, out)).replace("\uFEFF", ""))) {
      if (row.get(0).equals("action") && row.get(3).equals("priority")) {
        csvOrder.add(row.get(2) + ":" + row.get(1));
      }
    }
    assertThat(csvOrder).containsExactlyElementsOf(expected);
  }

  @Test
  void write_organisationWithoutPriorityTheme_saysSoInItsPart() {
    OrganisationReport fixture = HostileFixture.organisation();
    OrganisationReport report =
        new OrganisationReport(
            fixture.structure(),
            fixture.criteria(),
            fixture.themes(),
            fixture.meanImportance(),
            fixture.meanPerformance(),
            List.of(new Action(Action.Kind.CRITERION, "greeting", 60.0, 40.0)));
    Document document =
        Jsoup.parse(render(out -> ReportHtml.write(report, DEFINITIONS, ENGLISH, out)));

    assertThat(document.select("section:has(> h3#actions-themes) p").text())
        .isEqualTo("No theme in the priority quadrant.");
    assertThat(document.select("section:has(> h3#actions-criteria) li")).hasSize(1);
  }

  @Test
  void write_chartLabelTooLongForTwoLines_isShortenedWithItsFullTextAsTitleAndInTheTable() {
    AnalysisReport fixture = HostileFixture.analysis();
    String id = "theme_" + "w".repeat(58);
    SourceAnalysis survey = fixture.sources().get(0);
    SourceAnalysis longTheme =
        new SourceAnalysis(
            survey.source(),
            survey.weight(),
            survey.score(),
            survey.sufficient(),
            List.of(
                new ThemeAnalysis(new Theme(id), 1, Comparison.of(70.0, 80, null), null, 1)),
            survey.channels());
    AnalysisReport report =
        new AnalysisReport(
            fixture.structure(),
            fixture.target(),
            fixture.previousEdition(),
            fixture.composite(),
            fixture.partial(),
            fixture.eligible(),
            fixture.ranking(),
            fixture.satisfaction(),
            fixture.net(),
            fixture.nps(),
            fixture.satisfactionChange(),
            List.of(longTheme),
            fixture.themes(),
            fixture.strengths(),
            fixture.weaknesses(),
            fixture.items());
    Document document =
        Jsoup.parse(render(out -> ReportHtml.write(report, DEFINITIONS, ENGLISH, out)));

    Element figure = document.selectFirst("section:has(> h2#themes) figure");
    Elements labels = figure.select("svg text:has(> title)");
    assertThat(labels).isNotEmpty();
    for (Element label : labels) {
      assertThat(label.selectFirst("title").text()).isEqualTo("\u2068" + id + "\u2069");
    }
    assertThat(labels.last().ownText()).endsWith("…\u2069");
    assertThat(figure.select("table tbody th").eachText()).contains(id);
    assertThat(
            document.select("svg text").stream()
                .filter(t -> t.ownText().contains("…") && t.selectFirst("title") == null)
                .toList())
        .as("no text shortened without its title")
        .isEmpty();
  }

  @Test
  void write_overviewLinksEachWrittenFormatPerAllowedLevel() {
    String html =
        render(
            out ->
                ReportHtml.write(
                    HostileFixture.overview(),
                    DEFINITIONS,
                    ENGLISH,
                    EnumSet.of(ReportFormat.HTML, ReportFormat.CSV),
                    out));
    Document document = Jsoup.parse(html);

    List<String> links = document.select("main a[href]").eachAttr("href");
    assertThat(links)
        .containsExactly(
            "structures/mairie-a/raw.html",
            "structures/mairie-a/raw.csv",
            "structures/mairie-a/analysis.html",
            "structures/mairie-a/analysis.csv",
            "structures/mairie-a/organisation.html",
            "structures/mairie-a/organisation.csv",
            "structures/mairie-b/raw.html",
            "structures/mairie-b/raw.csv",
            "structures/mairie-b/analysis.html",
            "structures/mairie-b/analysis.csv",
            "structures/mairie-c/raw.html",
            "structures/mairie-c/raw.csv");
    String text = document.body().text();
    assertThat(text).contains("Barometer 2017", "not published: fewer than three ranked structures");
    assertThat(text).contains("71.3/100", "fewer ranked structures than the minimum");
    assertThat(text).contains("Winner: " + HostileFixture.JAVASCRIPT + ", with 5.3 responses");
    assertThat(text).contains("1,900");
  }

  @Test
  void write_structurePagesLinkBackToTheOverview() {
    for (Kind kind : kinds().subList(0, 3)) {
      Document document = Jsoup.parse(kind.render().apply(FRENCH));

      assertThat(document.select("header nav a").eachAttr("href")).contains("../../index.html");
      assertThat(document.select("a.skip").attr("href")).isEqualTo("#main");
    }
  }

  @Test
  void write_printsOnA4() {
    Document document = Jsoup.parse(kinds().get(3).render().apply(FRENCH));

    String css = document.selectFirst("style").data();
    assertThat(css).contains("@page{size:A4;margin:15mm}", "@media print", "break-inside:avoid");
  }

  @Test
  void write_anotherLanguageFallsBackToEnglish() {
    Document document = Jsoup.parse(kinds().get(3).render().apply(new HtmlOptions(Locale.GERMAN, ScoreScale.HUNDRED)));

    assertThat(document.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(document.select("a.skip").text()).isEqualTo("Skip to content");
  }
}

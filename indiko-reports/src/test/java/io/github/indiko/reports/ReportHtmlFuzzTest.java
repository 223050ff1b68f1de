package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.indiko.core.EditionDefinitions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fuzzes the HTML renderer (docs/fuzzing.md) with the texts that reach it from data ({@link
 * FuzzedReports}): structure names and ids, free-text answers, the edition's name, question,
 * option and criterion labels, item and action ids, a reason. Pages are in French for an input of
 * even length, in English otherwise, on a scale picked by the length too.
 *
 * <p>Invariants: rendering the four pages throws nothing; parsed by jsoup, a page has no {@code
 * script} element, no {@code on…} attribute, no URL attribute ({@code href}, {@code src}…) that
 * is a {@code javascript:}, {@code vbscript:} or {@code data:text/html} URL, one {@code meta http-equiv}, the content security
 * policy, and only elements that the page has when every text is a plain word: data adds no
 * element.
 */
class ReportHtmlFuzzTest {
  /** The attributes whose value is a URL that a browser may follow or load. */
  private static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href", "src", "srcset", "action", "formaction", "xlink:href", "data", "poster",
          "background", "cite", "ping", "manifest", "codebase", "longdesc");
  private static final List<String> KINDS = List.of("raw", "analysis", "organisation", "overview");
  private static final Map<String, Set<String>> PLAIN = plainElements();

  @FuzzTest
  void html(byte[] input) {
    FuzzedReports reports = FuzzedReports.of(input);
    if (reports == null) {
      return;
    }
    HtmlOptions options =
        new HtmlOptions(
            input.length % 2 == 0 ? Locale.FRENCH : Locale.ENGLISH,
            ScoreScale.values()[input.length / 2 % ScoreScale.values().length]);
    for (String kind : KINDS) {
      Document page = Jsoup.parse(render(kind, reports, options));
      runsNoCode(page);
      assertThat(elements(page)).as(kind).isSubsetOf(PLAIN.get(key(kind, options.locale())));
    }
  }

  private static String render(String kind, FuzzedReports reports, HtmlOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EditionDefinitions d = reports.definitions();
    switch (kind) {
      case "raw" -> ReportHtml.write(reports.raw(), d, options, out);
      case "analysis" -> ReportHtml.write(reports.analysis(), d, options, out);
      case "organisation" -> ReportHtml.write(reports.organisation(), d, options, out);
      default ->
          ReportHtml.write(reports.overview(), d, options, EnumSet.allOf(ReportFormat.class), out);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void runsNoCode(Document page) {
    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("meta[http-equiv]"))
        .singleElement()
        .satisfies(meta -> assertThat(meta.attr("http-equiv")).isEqualToIgnoringCase("Content-Security-Policy"));
    for (Element element : page.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        assertThat(key).doesNotStartWith("on");
        if (!URL_ATTRIBUTES.contains(key)) {
          continue;
        }
        String value =
            attribute.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
        assertThat(value)
            .as("%s=%s", attribute.getKey(), attribute.getValue())
            .doesNotStartWith("javascript:")
            .doesNotStartWith("vbscript:")
            .doesNotStartWith("data:text/html");
      }
    }
  }

  private static Set<String> elements(Document page) {
    Set<String> names = new TreeSet<>();
    page.getAllElements().forEach(element -> names.add(element.normalName()));
    return names;
  }

  private static Map<String, Set<String>> plainElements() {
    FuzzedReports plain = FuzzedReports.of("word".getBytes(StandardCharsets.UTF_8));
    Map<String, Set<String>> elements = new HashMap<>();
    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      for (String kind : KINDS) {
        Set<String> names = new TreeSet<>();
        for (ScoreScale scale : ScoreScale.values()) {
          names.addAll(elements(Jsoup.parse(render(kind, plain, new HtmlOptions(locale, scale)))));
        }
        elements.put(key(kind, locale), names);
      }
    }
    return elements;
  }

  private static String key(String kind, Locale locale) {
    return kind + "/" + locale.getLanguage();
  }
}

package io.github.indiko.reports.internal;

import io.github.indiko.core.internal.Markup;
import io.github.indiko.reports.AnalysisReport;
import io.github.indiko.reports.WeightingAnalysis;
import io.github.indiko.scoring.StructureWeighting;
import java.util.List;

/**
 * How the survey numbers of the results analysis were weighted (analysis.md §A3), in one sentence:
 * the keys (their labels in the page's language), the method, the cycles and the effective sample
 * rounded to an integer when weighted; else "not weighted" with the reason, naming the value with
 * no response for {@code empty_cell}. Nothing for an edition that asks for no weighting.
 */
final class WeightingHtml {
  /** The section's anchor, for the page's navigation. */
  static final String ANCHOR = "weighting";

  private WeightingHtml() {}

  /** Writes the section on the page; nothing when the report has no weighting. */
  static void render(Html page, HtmlText text, AnalysisReport report) {
    WeightingAnalysis weighting = report.weighting();
    if (weighting == null) {
      return;
    }
    page.section(ANCHOR, 2, text.msg("wt.title"));
    page.paragraphHtml(sentence(text, weighting));
    page.paragraph(text.msg(weighting.weighted() ? "wt.note.weighted" : "wt.note.unweighted"));
    page.endSection();
  }

  /** The sentence, as markup: labels escaped and isolated, numbers in the page's notation. */
  static String sentence(HtmlText text, WeightingAnalysis weighting) {
    StructureWeighting result = weighting.result();
    return switch (result.status()) {
      case WEIGHTED ->
          text.markup(
              "wt.weighted",
              keys(text, weighting.keys()),
              Markup.escape(text.msg("wt.method." + weighting.method().code())),
              Markup.escape(cycles(text, result.cycles())),
              Markup.escape(text.count(Math.round(result.nEffective()))),
              Markup.escape(text.count(weighting.responses())));
      case EMPTY_CELL ->
          text.markup(
              "wt.empty_cell",
              Markup.label(text.segment(result.key()), text.language()),
              Markup.label(text.segmentValue(result.key(), result.value()), text.language()));
      case NOT_CONVERGED -> text.markup("wt.not_converged");
      case NONE -> text.markup("wt.none", keys(text, weighting.keys()));
    };
  }

  /** "1 cycle", "7 cycles". */
  private static String cycles(HtmlText text, Integer cycles) {
    return text.msg(cycles == 1 ? "wt.cycles.one" : "wt.cycles.other", text.count(cycles));
  }

  /** The keys' labels: "A", "A and B", "A, B and C". */
  private static String keys(HtmlText text, List<String> keys) {
    String last = Markup.label(text.segment(keys.get(keys.size() - 1)), text.language());
    if (keys.size() == 1) {
      return last;
    }
    StringBuilder head = new StringBuilder();
    for (String key : keys.subList(0, keys.size() - 1)) {
      if (!head.isEmpty()) {
        head.append(", ");
      }
      head.append(Markup.label(text.segment(key), text.language()));
    }
    return text.markup("wt.and", head.toString(), last);
  }
}

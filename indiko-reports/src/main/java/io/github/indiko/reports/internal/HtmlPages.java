package io.github.indiko.reports.internal;

import io.github.indiko.core.internal.Markup;
import io.github.indiko.reports.StructureInfo;
import java.util.ArrayList;
import java.util.List;

/** What the pages of a structure share: their head, and the axes of their charts. */
final class HtmlPages {
  /** The overview, from a structure's page at {@code structures/ID/LEVEL.html}. */
  static final String HOME = "../../index.html";

  private HtmlPages() {}

  /**
   * Opens a structure's page: title and {@code h1} name the level and the structure, the header
   * names the edition and links back to the overview and to the page's sections, a notice says
   * when the results are provisional, and the facts say who the page is about.
   *
   * @param sections anchors and headings of the page's sections, in order
   */
  static void start(
      Html page, HtmlText text, StructureInfo structure, String levelTitle, List<Html.Link> sections) {
    page.start(
        text,
        text.msg("page.title", levelTitle, structure.name()),
        text.markup("page.title", Markup.escape(levelTitle), Markup.bdi(structure.name())),
        text.markup("page.context", Markup.escape(structure.edition().value())),
        new Html.Link(HOME, text.msg("nav.home")),
        sections);
    page.provisional(text, structure.asOf());
    page.facts(
        List.of(
            List.of(text.msg("structure.id"), Markup.escape(structure.id().value())),
            List.of(text.msg("structure.category"), Markup.escape(text.category(structure.category()))),
            List.of(text.msg("structure.level"), Markup.escape(text.level(structure.level())))));
  }

  /** The axis of scores: 0 to 100, shown on the page's scale. */
  static HtmlCharts.Axis scoreAxis(HtmlText text) {
    return new HtmlCharts.Axis(0, 100, List.of(0.0, 25.0, 50.0, 75.0, 100.0), text::scoreBare);
  }

  /** The axis of counts: 0 to a round number at least {@code max}. */
  static HtmlCharts.Axis countAxis(HtmlText text, long max) {
    long step = 1;
    while (max > step * 5) {
      step = nextStep(step);
    }
    List<Double> ticks = new ArrayList<>();
    long high = Math.max(step, ((max + step - 1) / step) * step);
    for (long tick = 0; tick <= high; tick += step) {
      ticks.add((double) tick);
    }
    return new HtmlCharts.Axis(0, high, ticks, v -> text.count((long) v));
  }

  /** 1, 2, 5, 10, 20, 50… */
  private static long nextStep(long step) {
    return Long.toString(step).charAt(0) == '2' ? step * 5 / 2 : step * 2;
  }
}

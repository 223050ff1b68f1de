package io.github.indiko.cli;

import io.github.indiko.core.edition.Source;
import io.github.indiko.scoring.Agreement;
import io.github.indiko.scoring.Explanation;
import io.github.indiko.scoring.Explanation.IntervalFormula;
import io.github.indiko.scoring.Explanation.ItemPart;
import io.github.indiko.scoring.Explanation.Minimum;
import io.github.indiko.scoring.Explanation.SourcePart;
import io.github.indiko.scoring.Explanation.Statistic;
import io.github.indiko.scoring.Explanation.Term;
import io.github.indiko.scoring.Explanation.ThemePart;
import io.github.indiko.scoring.Explanation.WeightedItem;
import io.github.indiko.scoring.Explanation.WeightedMean;
import io.github.indiko.scoring.StructureWeighting;
import io.github.indiko.scoring.spi.Interval;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The text of {@code indiko explain}: an {@link Explanation} for a person, numbers rounded to two
 * decimals (quantiles to six, alphas to three) and weights without trailing zeros; the JSON keeps
 * them unrounded.
 * Aggregates only: no answer, no respondent.
 */
final class ExplanationText {
  private final Explanation explanation;
  private final String level;

  /**
   * @param explanation what to print
   */
  ExplanationText(Explanation explanation) {
    this.explanation = explanation;
    this.level = Numbers.percent(explanation.confidence()) + "% interval";
  }

  void print(PrintWriter out) {
    out.printf(
        "%s, edition %s, category %s, %s%n",
        explanation.structure().value(),
        explanation.edition().value(),
        explanation.category(),
        explanation.level() == null
            ? "not enrolled (named by rejected lines only)"
            : "level " + explanation.level().id());
    out.printf(
        "%d accepted responses, %d accepted audit records%s%n",
        explanation.responses(),
        explanation.audits(),
        explanation.agreement() == null
            ? ""
            : ", " + explanation.doubles() + " doubles (calibration audits, in no score)");
    if (explanation.weighting() != null) {
      weighting(out, explanation.weighting());
    }
    for (Source source : Source.values()) {
      source(out, explanation.source(source));
    }
    out.println();
    out.println(composite());
    out.println(statistic("satisfaction", explanation.satisfaction()));
    out.println(statistic("net", explanation.net()));
    out.println(statistic("nps", explanation.nps()));
    out.println(ranking());
    if (explanation.agreement() != null) {
      agreement(out, explanation.agreement());
    }
  }

  /**
   * The edition's agreement of auditors (analysis.md §A5): Krippendorff's alpha of each criterion
   * that has a unit and of the checks pooled, with its level, units and values; the JSON lists
   * every criterion.
   */
  private static void agreement(PrintWriter out, Agreement agreement) {
    out.println();
    out.printf(
        "agreement of auditors in the edition: %d doubles, Krippendorff's alpha%n",
        agreement.doubles());
    Table table = new Table("    ", "criterion", "level", "units", "values", "alpha");
    long without = 0;
    for (Agreement.CriterionAgreement criterion : agreement.criteria()) {
      if (criterion.reliability().units() == 0) {
        without++;
      } else {
        reliability(table, criterion.criterion().value(), criterion.reliability());
      }
    }
    reliability(table, "checks pooled", agreement.checks());
    table.print(out);
    if (without > 0) {
      out.printf("    %d criteria without a doubled observation are left out%n", without);
    }
  }

  private static void reliability(Table table, String name, Agreement.Reliability reliability) {
    Double alpha = reliability.alpha();
    table.row(
        name,
        reliability.level().code(),
        reliability.units(),
        reliability.values(),
        alpha == null ? "none" : Numbers.alpha(alpha));
  }

  private void source(PrintWriter out, SourcePart source) {
    out.println();
    out.printf(
        "%s: weight V = %s%s, %s, score %s%n",
        source.source().id(),
        Numbers.weight(source.weight()),
        source.weight() > 0 ? "" : " (not in the composite)",
        sufficiency(source),
        score(source.score().value()));
    for (ThemePart theme : source.themes()) {
      out.printf(
          "  theme %s: %s, score %s%n",
          theme.theme(),
          theme.weight() == null ? "not weighted" : "weight W = " + Numbers.weight(theme.weight()),
          Numbers.score(theme.score()));
      items(out, theme.items());
    }
    if (!source.unthemed().isEmpty()) {
      out.println("  items without a theme (not in any score):");
      items(out, source.unthemed());
    }
    out.println("  " + sourceFormula(source));
  }

  /**
   * The weighting (analysis.md §A3): method, keys and status, then its design summaries and each
   * cell with its count n_c and weight w_c.
   */
  private static void weighting(PrintWriter out, Explanation.Weighting weighting) {
    StructureWeighting summary = weighting.summary();
    String keys = String.join(", ", weighting.keys());
    String status =
        switch (summary.status()) {
          case WEIGHTED -> "weighted, converged in " + summary.cycles() + " cycles";
          case EMPTY_CELL ->
              "empty_cell: "
                  + summary.key()
                  + " "
                  + summary.value()
                  + " has a share and no weighted response; every number is unweighted";
          case NOT_CONVERGED -> "not_converged; every number is unweighted";
          case NONE -> "none: no response has every key; every number is unweighted";
        };
    out.println();
    out.printf("weighting: %s on %s, %s%n", weighting.method(), keys, status);
    out.printf(
        "  %d weighted responses (n_R), %d unweighted (weight 1), nEffective %s, design effect"
            + " %s%n",
        summary.weightedResponses(),
        summary.unweightedResponses(),
        Numbers.score(summary.nEffective()),
        Numbers.factor(summary.designEffect()));
    Table cells = new Table("    ", "cell (" + keys + ")", "n_c", "weight w_c");
    for (Explanation.Cell cell : weighting.cells()) {
      cells.row(String.join(", ", cell.values()), cell.n(), Numbers.factor(cell.weight()));
    }
    cells.print(out);
  }

  private String sufficiency(SourcePart source) {
    String verdict = source.sufficient() ? "sufficient" : "insufficient";
    List<Minimum> minimums = source.minimums();
    String lines = source.source() == Source.SURVEY ? "responses" : "audit records";
    if (minimums.size() == 1 && minimums.get(0).channel() == null) {
      Minimum minimum = minimums.get(0);
      return String.format(
          "%s (%d %s, %d needed)", verdict, minimum.count(), lines, minimum.needed());
    }
    if (minimums.isEmpty()) {
      return verdict + " (no channel the structure offers needs " + lines + ")";
    }
    String perChannel =
        minimums.stream()
            .map(m -> m.channel() + " " + m.count() + " of " + m.needed() + " needed")
            .collect(Collectors.joining(", "));
    return String.format("%s (%s per channel offered: %s)", verdict, lines, perChannel);
  }

  private void items(PrintWriter out, List<ItemPart> items) {
    if (items.stream().anyMatch(item -> item.weighted() != null)) {
      weightedItems(out, items);
      return;
    }
    Table table =
        new Table("    ", "item", "weight", "n", "value", level, "quantile", "standard error");
    for (ItemPart item : items) {
      IntervalFormula formula = item.formula();
      table.row(
          item.id(),
          Numbers.weight(item.weight()),
          item.n(),
          Numbers.score(item.value()),
          interval(item.ci()),
          formula == null ? "" : quantile(formula),
          formula == null ? "" : Numbers.score(formula.standardError()));
    }
    table.print(out);
  }

  /**
   * The items of a weighted structure's survey: W = Σw, Σw·s, the value (the weighted mean for the
   * {@code mean} strategy) and nEffective before the interval (analysis.md §A3, Weighted
   * statistics).
   */
  private void weightedItems(PrintWriter out, List<ItemPart> items) {
    Table table =
        new Table(
            "    ",
            "item",
            "weight",
            "n",
            "W = Σw",
            "Σw·s",
            "value",
            "nEffective",
            level,
            "quantile",
            "standard error");
    for (ItemPart item : items) {
      WeightedItem weighted = item.weighted();
      IntervalFormula formula = item.formula();
      table.row(
          item.id(),
          Numbers.weight(item.weight()),
          item.n(),
          weighted == null ? "" : Numbers.score(weighted.weightSum()),
          weighted == null ? "" : Numbers.score(weighted.weightedScoreSum()),
          Numbers.score(item.value()),
          weighted == null ? "" : Numbers.score(weighted.nEffective()),
          interval(item.ci()),
          formula == null ? "" : quantile(formula),
          formula == null ? "" : Numbers.score(formula.standardError()));
    }
    table.print(out);
  }

  private String sourceFormula(SourcePart source) {
    String name = source.source().id();
    if (source.score().value() == null) {
      return name + " = none: no weighted theme has a score";
    }
    return formula(name, source.score());
  }

  private String composite() {
    WeightedMean composite = explanation.composite();
    if (composite.value() == null) {
      return "composite = none: no sufficient source with a weight V > 0 has a score";
    }
    String formula = formula("composite", composite);
    return explanation.partial()
        ? formula + " (partial: a weighted source is insufficient or has no score)"
        : formula;
  }

  /**
   * @return e.g. {@code nps = 19.57 of 46 answers; 95% interval = 19.57 ± 1.959964 × 11.31 =
   *     [-2.67, 41.80]}
   */
  private String statistic(String name, Statistic statistic) {
    if (statistic.value() == null) {
      return name + " = none: no answer";
    }
    String line = name + " = " + Numbers.score(statistic.value()) + " of " + statistic.n();
    line += statistic.n() == 1 ? " answer" : " answers";
    IntervalFormula formula = statistic.formula();
    if (formula == null) {
      return line;
    }
    return String.format(
        "%s; %s (%s) = %s ± %s × %s = %s",
        line,
        level,
        formula.method().id(),
        Numbers.score(formula.centre()),
        Numbers.quantile(formula.quantile()),
        Numbers.score(formula.standardError()),
        interval(statistic.ci()));
  }

  private String ranking() {
    Explanation.Ranking ranking = explanation.ranking();
    if (ranking.eligible() && ranking.rank() != null && ranking.percentile() != null) {
      return String.format(
          "rank %d of %d in %s, percentile %s (ranking policy %s)",
          ranking.rank(),
          ranking.of(),
          explanation.category(),
          Numbers.score(ranking.percentile()),
          ranking.policy());
    }
    return explanation.enrolled()
        ? "not ranked: the composite is partial or missing"
        : "not ranked: not enrolled";
  }

  private static String formula(String name, WeightedMean mean) {
    List<Term> terms = mean.terms();
    return name
        + " = ("
        + terms.stream()
            .map(term -> Numbers.weight(term.weight()) + " × " + Numbers.score(term.value()))
            .collect(Collectors.joining(" + "))
        + ") / ("
        + terms.stream()
            .map(term -> Numbers.weight(term.weight()))
            .collect(Collectors.joining(" + "))
        + ") = "
        + Numbers.score(Objects.requireNonNull(mean.value(), "value"));
  }

  /** {@code t 2.039513} or {@code z 1.959964}. */
  private static String quantile(IntervalFormula formula) {
    String symbol = formula.method() == Explanation.Method.STUDENT_T ? "t" : "z";
    return symbol + " " + Numbers.quantile(formula.quantile());
  }

  private static String interval(@Nullable Interval ci) {
    return ci == null ? "" : "[" + Numbers.score(ci.low()) + ", " + Numbers.score(ci.high()) + "]";
  }

  private static String score(@Nullable Double score) {
    return score == null ? "none" : Numbers.score(score);
  }
}

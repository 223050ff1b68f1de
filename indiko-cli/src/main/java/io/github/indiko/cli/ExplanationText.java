package io.github.indiko.cli;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.MinimumAudits;
import io.github.indiko.core.edition.ScoringSettings;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.scoring.ItemResult;
import io.github.indiko.scoring.SourceResult;
import io.github.indiko.scoring.StructureResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How a structure's composite was computed (scoring.md §4), from its results and the edition's
 * weights: every source with its weight V_s, sufficiency and score; every theme with its weight W_t
 * and score; every item with its weight, n and value; the source scores and the composite as
 * formulas with their numbers. Aggregates only: no answer, no respondent.
 */
final class Explanation {
  private final EditionDefinitions definitions;
  private final ScoringSettings scoring;
  private final StructureResult structure;

  /**
   * @param definitions the edition's definitions, for the weights
   * @param structure the structure's results
   */
  Explanation(EditionDefinitions definitions, StructureResult structure) {
    this.definitions = definitions;
    this.scoring = definitions.edition().scoring();
    this.structure = structure;
  }

  void print(PrintWriter out) {
    out.printf(
        "%s, edition %s, category %s, %s%n",
        structure.id().value(),
        definitions.edition().id().value(),
        structure.category(),
        structure.enrolled()
            ? "level " + Objects.requireNonNull(structure.level()).id()
            : "not enrolled (named by rejected lines only)");
    out.printf(
        "%d accepted responses, %d accepted audit records%n",
        structure.responses(), structure.audits());
    source(out, Source.SURVEY, structure.survey());
    source(out, Source.AUDIT, structure.audit());
    out.println();
    out.println(composite());
    out.println(ranking());
  }

  private void source(PrintWriter out, Source source, SourceResult result) {
    double weight = scoring.weight(source);
    out.println();
    out.printf(
        "%s: weight V = %s%s, %s, score %s%n",
        source.id(),
        Numbers.weight(weight),
        weight > 0 ? "" : " (not in the composite)",
        sufficiency(source, result),
        score(result.score()));
    for (Map.Entry<Theme, Double> theme : result.themes().entrySet()) {
      Double themeWeight = scoring.themes().get(theme.getKey());
      out.printf(
          "  theme %s: %s, score %s%n",
          theme.getKey(),
          themeWeight == null ? "not weighted" : "weight W = " + Numbers.weight(themeWeight),
          Numbers.score(theme.getValue()));
      items(out, source, theme.getKey());
    }
    items(out, source, null);
    out.println("  " + sourceFormula(source, result));
  }

  private String sufficiency(Source source, SourceResult result) {
    String verdict = result.sufficient() ? "sufficient" : "insufficient";
    if (source == Source.SURVEY) {
      return String.format(
          "%s (%d responses, %d needed)",
          verdict, structure.responses(), scoring.minimumResponses());
    }
    MinimumAudits minimum = scoring.minimumAudits();
    if (minimum instanceof MinimumAudits.Total total) {
      return String.format(
          "%s (%d audit records, %d needed)", verdict, structure.audits(), total.count());
    }
    String perChannel =
        ((MinimumAudits.PerChannel) minimum)
            .counts().entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    return String.format("%s (audit records needed per channel offered: %s)", verdict, perChannel);
  }

  /** The items of a source on a theme, or without a theme when {@code theme} is null. */
  private void items(PrintWriter out, Source source, @Nullable Theme theme) {
    Table table = new Table("    ", "item", "weight", "n", "value");
    boolean any = false;
    for (Map.Entry<String, ItemResult> entry : structure.items().entrySet()) {
      ItemResult item = entry.getValue();
      if (item.source() == source && Objects.equals(item.theme(), theme)) {
        table.row(
            entry.getKey(), itemWeight(source, entry.getKey()), item.n(), score(item.value()));
        any = true;
      }
    }
    if (any) {
      if (theme == null) {
        out.println("  items without a theme (not in any score):");
      }
      table.print(out);
    }
  }

  private String itemWeight(Source source, String id) {
    Optional<Double> weight =
        source == Source.SURVEY
            ? definitions.questionnaire().question(new QuestionId(id)).map(Question::weight)
            : definitions.grid().criterion(new CriterionId(id)).map(Criterion::weight);
    return weight.map(Numbers::weight).orElse("?");
  }

  private String sourceFormula(Source source, SourceResult result) {
    List<String> terms = new ArrayList<>();
    List<String> weights = new ArrayList<>();
    for (Map.Entry<Theme, Double> theme : scoring.themes().entrySet()) {
      Double value = result.themes().get(theme.getKey());
      if (value != null) {
        terms.add(Numbers.weight(theme.getValue()) + " × " + Numbers.score(value));
        weights.add(Numbers.weight(theme.getValue()));
      }
    }
    if (terms.isEmpty() || result.score() == null) {
      return source.id() + " = none: no weighted theme has a score";
    }
    return formula(source.id(), terms, weights, result.score());
  }

  private String composite() {
    List<String> terms = new ArrayList<>();
    List<String> weights = new ArrayList<>();
    for (Source source : Source.values()) {
      SourceResult result = source == Source.SURVEY ? structure.survey() : structure.audit();
      double weight = scoring.weight(source);
      if (weight > 0 && result.sufficient() && result.score() != null) {
        terms.add(Numbers.weight(weight) + " × " + Numbers.score(result.score()));
        weights.add(Numbers.weight(weight));
      }
    }
    Double composite = structure.composite();
    if (composite == null) {
      return "composite = none: no sufficient source with a weight V > 0 has a score";
    }
    String formula = formula("composite", terms, weights, composite);
    return structure.partial()
        ? formula + " (partial: a weighted source is insufficient or has no score)"
        : formula;
  }

  private String ranking() {
    if (structure.eligible() && structure.rank() != null && structure.percentile() != null) {
      return String.format(
          "rank %d of %d in %s, percentile %s",
          structure.rank(),
          structure.of(),
          structure.category(),
          Numbers.score(structure.percentile()));
    }
    return structure.enrolled()
        ? "not ranked: the composite is partial or missing"
        : "not ranked: not enrolled";
  }

  private static String formula(
      String name, List<String> terms, List<String> weights, double value) {
    return name
        + " = ("
        + String.join(" + ", terms)
        + ") / ("
        + String.join(" + ", weights)
        + ") = "
        + Numbers.score(value);
  }

  private static String score(@Nullable Double score) {
    return score == null ? "none" : Numbers.score(score);
  }
}

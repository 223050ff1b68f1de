package io.github.indiko.scoring;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.MinimumAudits;
import io.github.indiko.core.edition.ScoringSettings;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.StrategyRef;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.scoring.Explanation.IntervalFormula;
import io.github.indiko.scoring.Explanation.ItemPart;
import io.github.indiko.scoring.Explanation.Method;
import io.github.indiko.scoring.Explanation.Minimum;
import io.github.indiko.scoring.Explanation.SourcePart;
import io.github.indiko.scoring.Explanation.Statistic;
import io.github.indiko.scoring.Explanation.Term;
import io.github.indiko.scoring.Explanation.ThemePart;
import io.github.indiko.scoring.Explanation.WeightedItem;
import io.github.indiko.scoring.Explanation.WeightedMean;
import io.github.indiko.scoring.internal.ItemStatistics;
import io.github.indiko.scoring.spi.Interval;
import io.github.indiko.scoring.spi.Intervals;
import io.github.indiko.scoring.spi.ItemStrategy;
import io.github.indiko.scoring.spi.Strategies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Explains one structure's results (scoring.md §4, §5) from the results and the tally they were
 * computed from: the numbers are the results', the tally gives what the results do not keep (the
 * standard deviations of the items, the NPS's promoters and detractors; for a weighted structure,
 * its cells and the weighted sums of analysis.md §A3, {@link ExplanationWeighting}).
 */
final class ExplanationAssembler {
  private final Tally tally;
  private final EditionPlan plan;
  private final ScoringSettings settings;
  private final StructureResult result;
  private final int s;

  /** The structure's weighting, or null when the results give it none. */
  private final @Nullable ExplanationWeighting weighting;

  /** The weighting when its weights are used (status weighted), else null. */
  private final @Nullable ExplanationWeighting weighted;

  private ExplanationAssembler(Tally tally, StructureResult result) {
    this.tally = tally;
    this.plan = tally.plan;
    this.settings = plan.settings();
    this.result = result;
    this.s = plan.structure(result.id());
    this.weighting =
        result.weighting() == null ? null : ExplanationWeighting.of(tally, s, result);
    this.weighted = weighting != null && weighting.weighted() ? weighting : null;
  }

  /**
   * @throws IllegalArgumentException naming the structure when the results do not list it
   */
  static Explanation explain(Tally tally, Results results, String structure) {
    Objects.requireNonNull(structure, "structure");
    StructureResult result =
        results
            .structure(structure)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no structure '"
                            + structure
                            + "' among the enrolled structures and those the data names"));
    return new ExplanationAssembler(tally, result).explanation(results);
  }

  private Explanation explanation(Results results) {
    return new Explanation(
        results.edition(),
        result.id(),
        result.category(),
        result.level(),
        result.responses(),
        result.audits(),
        settings.confidence(),
        source(Source.SURVEY, result.survey(), List.of(surveyMinimum())),
        source(Source.AUDIT, result.audit(), auditMinimums()),
        composite(),
        result.partial(),
        statistic(result.satisfaction(), satisfactionFormula()),
        statistic(result.net(), null),
        statistic(result.nps(), npsFormula()),
        new Explanation.Ranking(
            settings.ranking().name(),
            result.eligible(),
            result.rank(),
            result.of(),
            result.percentile()),
        weighting == null ? null : weighting.block(),
        result.doubles(),
        results.agreement());
  }

  private SourcePart source(Source source, SourceResult scores, List<Minimum> minimums) {
    List<ThemePart> themes = new ArrayList<>();
    for (Map.Entry<Theme, Double> theme : scores.themes().entrySet()) {
      themes.add(
          new ThemePart(
              theme.getKey(),
              settings.themes().get(theme.getKey()),
              theme.getValue(),
              items(source, theme.getKey())));
    }
    // Terms in theme order, the order in which the engine sums them.
    List<Term> terms = new ArrayList<>();
    for (Map.Entry<Theme, Double> theme : scores.themes().entrySet()) {
      Double weight = settings.themes().get(theme.getKey());
      if (weight != null && weight > 0) {
        terms.add(new Term(theme.getKey().id(), weight, theme.getValue()));
      }
    }
    return new SourcePart(
        source,
        settings.weight(source),
        scores.sufficient(),
        minimums,
        themes,
        items(source, null),
        new WeightedMean(terms, scores.score()));
  }

  private Minimum surveyMinimum() {
    return new Minimum(null, result.responses(), settings.minimumResponses());
  }

  private List<Minimum> auditMinimums() {
    MinimumAudits minimum = settings.minimumAudits();
    if (minimum instanceof MinimumAudits.Total total) {
      return List.of(new Minimum(null, result.audits(), total.count()));
    }
    Structure structure = plan.structures.get(s);
    List<Minimum> minimums = new ArrayList<>();
    for (Map.Entry<Channel, Integer> needed :
        ((MinimumAudits.PerChannel) minimum).counts().entrySet()) {
      if (structure.offers(needed.getKey())) {
        ChannelScore channel = result.audit().channels().get(needed.getKey());
        long count = channel == null ? 0 : channel.n();
        minimums.add(new Minimum(needed.getKey(), count, needed.getValue()));
      }
    }
    return minimums;
  }

  /** The source's items of a theme, or without a theme when {@code theme} is null. */
  private List<ItemPart> items(Source source, @Nullable Theme theme) {
    List<ItemPart> items = new ArrayList<>();
    for (int i = 0; i < plan.items.length; i++) {
      ItemPlan item = plan.items[i];
      ItemResult value = result.items().get(item.id);
      if (item.source == source && Objects.equals(item.theme, theme) && value != null) {
        WeightedItem sums = weighted == null || source != Source.SURVEY ? null : weighted.item(i);
        items.add(
            new ItemPart(
                item.id,
                item.weight,
                value.n(),
                value.value(),
                value.ci(),
                itemFormula(i, value, sums),
                sums));
      }
    }
    return items;
  }

  private @Nullable IntervalFormula itemFormula(
      int i, ItemResult value, @Nullable WeightedItem sums) {
    Interval ci = value.ci();
    Method method = method(value.source());
    if (ci == null || method == null) {
      return null;
    }
    if (method == Method.WILSON) {
      return wilson(ci);
    }
    if (weighted != null && sums != null) {
      return weighted.meanFormula(sums, value.n());
    }
    ItemStatistics statistics = Objects.requireNonNull(tally.statistics(s, i), "statistics");
    double sd = statistics.standardDeviation().orElseThrow();
    return new IntervalFormula(
        Method.STUDENT_T,
        value.value(),
        Intervals.t(value.n() - 1, settings.confidence()),
        sd / Math.sqrt(value.n()));
  }

  /**
   * The interval of a source's items when its strategy is a built-in one (scoring.md §3): Student
   * t for {@code mean}, Wilson for {@code top-box} and {@code share-at-least}; null for another.
   */
  private @Nullable Method method(Source source) {
    ItemStrategy strategy = plan.strategy(source);
    StrategyRef ref = source == Source.SURVEY ? settings.survey() : settings.audit();
    ItemStrategy shareAtLeast = Strategies.shareAtLeast();
    if (strategy.equals(Strategies.mean())) {
      return Method.STUDENT_T;
    }
    if (strategy.equals(Strategies.topBox())
        || ref.name().equals(shareAtLeast.name())
            && strategy.equals(shareAtLeast.configure(ref.parameters()))) {
      return Method.WILSON;
    }
    return null;
  }

  /**
   * The Wilson interval as centre ± z · se: it is never clipped, so its centre and half-width are
   * its middle and half its width.
   */
  private IntervalFormula wilson(Interval ci) {
    double z = Intervals.z(settings.confidence());
    return new IntervalFormula(
        Method.WILSON, (ci.low() + ci.high()) / 2, z, (ci.high() - ci.low()) / 2 / z);
  }

  private static Statistic statistic(Indicator indicator, @Nullable IntervalFormula formula) {
    return new Statistic(indicator.value(), indicator.n(), indicator.ci(), formula);
  }

  private @Nullable IntervalFormula satisfactionFormula() {
    Interval ci = result.satisfaction().ci();
    return ci == null ? null : wilson(ci);
  }

  private @Nullable IntervalFormula npsFormula() {
    Double value = result.nps().value();
    if (result.nps().ci() == null || value == null) {
      return null;
    }
    if (weighted != null) {
      return weighted.npsFormula(value);
    }
    ItemStatistics pooled = Objects.requireNonNull(tally.nps(s), "nps statistics");
    long n = pooled.count();
    return new IntervalFormula(
        Method.NPS,
        value,
        Intervals.z(settings.confidence()),
        Intervals.npsStandardError(
            (double) pooled.promoters() / n, (double) pooled.detractors() / n, n));
  }

  private WeightedMean composite() {
    List<Term> terms = new ArrayList<>();
    for (Source source : Source.values()) {
      SourceResult scores = source == Source.SURVEY ? result.survey() : result.audit();
      double weight = settings.weight(source);
      if (weight > 0 && scores.sufficient() && scores.score() != null) {
        terms.add(new Term(source.id(), weight, scores.score()));
      }
    }
    return new WeightedMean(terms, result.composite());
  }
}

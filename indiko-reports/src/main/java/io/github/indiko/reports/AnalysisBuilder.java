package io.github.indiko.reports;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.ScoringSettings;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.edition.Weighting;
import io.github.indiko.core.structure.Category;
import io.github.indiko.scoring.ChannelScore;
import io.github.indiko.scoring.Disclosure;
import io.github.indiko.scoring.Indicator;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.SegmentCell;
import io.github.indiko.scoring.SourceResult;
import io.github.indiko.scoring.StructureResult;
import io.github.indiko.scoring.StructureWeighting;
import io.github.indiko.scoring.spi.Intervals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Makes the results analysis of scoring.md §8.2 for the structures of one edition, against the
 * enrolled structures of their categories and the previous edition's results.
 */
final class AnalysisBuilder {
  /** The most strengths (and weaknesses) listed. */
  private static final int EXTREMES = 3;

  private static final Comparator<ThemeScore> STRONGEST_FIRST =
      Comparator.comparingDouble(ThemeScore::score).reversed().thenComparing(ThemeScore::theme);
  private static final Comparator<ThemeScore> WEAKEST_FIRST =
      Comparator.comparingDouble(ThemeScore::score).thenComparing(ThemeScore::theme);

  private final ScoringSettings settings;
  private final @Nullable Results previous;
  private final Map<String, StructureResult> previousById = new HashMap<>();

  /** The enrolled structures of each category, sorted by id. */
  private final Map<Category, List<StructureResult>> peers = new TreeMap<>();

  AnalysisBuilder(ScoringSettings settings, Results results, @Nullable Results previous) {
    this.settings = settings;
    this.previous = previous;
    if (previous != null) {
      previous.structures().forEach(r -> previousById.put(r.id().value(), r));
    }
    results.structures().stream()
        .filter(StructureResult::enrolled)
        .sorted(Comparator.comparing(StructureResult::id))
        .forEach(r -> peers.computeIfAbsent(r.category(), c -> new ArrayList<>()).add(r));
  }

  AnalysisReport report(StructureInfo structure, StructureResult result) {
    double target = settings.target();
    StructureResult before = previousById.get(result.id().value());
    List<SourceAnalysis> sources = new ArrayList<>();
    for (Source source : Source.values()) {
      sources.add(source(source, result, before));
    }
    List<ThemeScore> themes = themeScores(settings, result);
    int extremes = Math.min(EXTREMES, themes.size() / 2);
    return new AnalysisReport(
        structure,
        target,
        before == null || previous == null ? null : previous.edition(),
        Comparison.of(result.composite(), target, before == null ? null : before.composite()),
        result.partial(),
        result.eligible(),
        ranking(result),
        result.satisfaction(),
        result.net(),
        result.nps(),
        before == null
            ? null
            : satisfactionChange(
                result.satisfaction(), before.satisfaction(), settings.confidence()),
        sources,
        themes,
        themes.stream().sorted(STRONGEST_FIRST).limit(extremes).toList(),
        themes.stream().sorted(WEAKEST_FIRST).limit(extremes).toList(),
        result.items().entrySet().stream()
            .filter(e -> e.getValue().theme() != null || e.getValue().source() != Source.SURVEY)
            .map(
                e ->
                    new ItemAnalysis(
                        e.getKey(),
                        e.getValue().source(),
                        e.getValue().theme(),
                        e.getValue().value(),
                        e.getValue().n(),
                        e.getValue().nEffective(),
                        e.getValue().ci()))
            .toList(),
        segments(result),
        weighting(result));
  }

  /**
   * How the structure's survey numbers were weighted (analysis.md §A3): the edition's method and
   * keys beside the structure's block; null when the edition asks for no weighting, or when the
   * results have no block (read from a {@code results.json} scored without weighting).
   */
  private @Nullable WeightingAnalysis weighting(StructureResult result) {
    StructureWeighting block = result.weighting();
    Weighting asked = settings.weighting();
    if (!asked.asked() || block == null) {
      return null;
    }
    return new WeightingAnalysis(asked.method(), asked.keys(), block);
  }

  private SourceAnalysis source(
      Source source, StructureResult result, @Nullable StructureResult before) {
    double target = settings.target();
    SourceResult now = of(result, source);
    SourceResult then = before == null ? null : of(before, source);
    List<ThemeAnalysis> themes = new ArrayList<>();
    now.themes()
        .forEach(
            (theme, score) -> {
              List<Double> scores = new ArrayList<>();
              for (StructureResult peer : peers.getOrDefault(result.category(), List.of())) {
                Double peerScore = of(peer, source).themes().get(theme);
                if (peerScore != null) {
                  scores.add(peerScore);
                }
              }
              // This structure is among its peers and has the score: the others are one fewer.
              boolean disclosed = scores.size() - 1 >= 2;
              themes.add(
                  new ThemeAnalysis(
                      theme,
                      settings.themes().getOrDefault(theme, 0.0),
                      Comparison.of(score, target, then == null ? null : then.themes().get(theme)),
                      disclosed ? mean(scores) : null,
                      scores.size()));
            });
    return new SourceAnalysis(
        source,
        settings.weight(source),
        Comparison.of(now.score(), target, then == null ? null : then.score()),
        now.sufficient(),
        themes,
        disclosed(source, now.channels()));
  }

  /**
   * The channels as scoring.md §6 and analysis.md §A2 (Disclosure) let them be published: the
   * survey's channels go through {@link Disclosure} with the edition's disclosure threshold
   * whatever the results say, since results read back from a {@code results.json} may have been
   * scored under a lower threshold (a channel those results already suppress stays so); audit
   * channels are never suppressed.
   */
  private Map<Channel, ChannelAnalysis> disclosed(
      Source source, Map<Channel, ChannelScore> channels) {
    List<Channel> order = new ArrayList<>(new TreeMap<>(channels).keySet());
    boolean[] suppressed =
        source == Source.SURVEY
            ? Disclosure.suppressed(
                order.stream().map(c -> channels.get(c).n()).toList(),
                settings.disclosureThreshold())
            : new boolean[order.size()];
    Map<Channel, ChannelAnalysis> shown = new TreeMap<>();
    for (int i = 0; i < order.size(); i++) {
      ChannelScore score = channels.get(order.get(i));
      shown.put(
          order.get(i),
          suppressed[i] || score.suppressed()
              ? ChannelAnalysis.withheld()
              : new ChannelAnalysis(score.score(), score.n(), false));
    }
    return shown;
  }

  /**
   * The segment breakdown as analysis.md §A2 (Disclosure) lets it be published: the cells of each
   * key go through {@link Disclosure} with the edition's disclosure threshold, in declared order,
   * {@code (none)} last.
   */
  private List<SegmentAnalysis> segments(StructureResult result) {
    List<SegmentAnalysis> segments = new ArrayList<>();
    result
        .segments()
        .forEach(
            (key, cells) -> {
              List<String> values = new ArrayList<>(cells.keySet());
              boolean[] suppressed =
                  Disclosure.suppressed(
                      values.stream().map(v -> cells.get(v).n()).toList(),
                      settings.disclosureThreshold());
              List<SegmentValueAnalysis> shown = new ArrayList<>();
              for (int i = 0; i < values.size(); i++) {
                SegmentCell cell = cells.get(values.get(i));
                shown.add(
                    new SegmentValueAnalysis(
                        values.get(i), suppressed[i], suppressed[i] ? null : cell));
              }
              segments.add(new SegmentAnalysis(key, shown));
            });
    return segments;
  }

  /**
   * Each theme of {@code scoring.themes} over both sources: Σ V_s · theme_s / Σ V_s over the
   * sources that score it, for the themes where that sum of weights is positive.
   */
  static List<ThemeScore> themeScores(ScoringSettings settings, StructureResult result) {
    List<ThemeScore> scores = new ArrayList<>();
    for (Theme theme : settings.themes().keySet()) {
      double weighted = 0;
      double weights = 0;
      for (Source source : Source.values()) {
        Double score = of(result, source).themes().get(theme);
        if (score != null) {
          double weight = settings.weight(source);
          weighted += weight * score;
          weights += weight;
        }
      }
      if (weights > 0) {
        scores.add(new ThemeScore(theme, weighted / weights));
      }
    }
    return scores;
  }

  private static @Nullable Ranking ranking(StructureResult result) {
    Integer rank = result.rank();
    Integer of = result.of();
    if (!result.eligible() || rank == null || of == null || of < 3) {
      return null;
    }
    return new Ranking(rank, of, 100.0 * (of - rank) / (of - 1));
  }

  /**
   * The change of the satisfaction, tested with the two-sided pooled two-proportion z-test.
   *
   * @return the change, or null when either edition has no satisfaction
   */
  static @Nullable SatisfactionChange satisfactionChange(
      Indicator current, Indicator previous, double confidence) {
    Double now = current.value();
    Double then = previous.value();
    if (now == null || then == null) {
      return null;
    }
    Double z =
        z(favourable(now, current.n()), current.n(), favourable(then, previous.n()), previous.n());
    return new SatisfactionChange(
        now,
        current.n(),
        then,
        previous.n(),
        now - then,
        z,
        z != null && Math.abs(z) > Intervals.z(confidence));
  }

  /**
   * The pooled two-proportion z statistic of x₁/n₁ against x₂/n₂.
   *
   * @return z, or null when a sample is empty or the pooled proportion is 0 or 1
   */
  static @Nullable Double z(long x1, long n1, long x2, long n2) {
    if (n1 == 0 || n2 == 0) {
      return null;
    }
    double pooled = (double) (x1 + x2) / (n1 + n2);
    if (pooled <= 0 || pooled >= 1) {
      return null;
    }
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
    return ((double) x1 / n1 - (double) x2 / n2) / se;
  }

  private static long favourable(double satisfaction, long n) {
    return Math.round(satisfaction * n / 100);
  }

  private static double mean(List<Double> values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.size();
  }

  private static SourceResult of(StructureResult result, Source source) {
    return source == Source.SURVEY ? result.survey() : result.audit();
  }
}

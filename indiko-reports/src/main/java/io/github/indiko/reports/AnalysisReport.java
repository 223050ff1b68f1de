package io.github.indiko.reports;

import io.github.indiko.core.edition.EditionId;
import io.github.indiko.scoring.Indicator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Results analysis (scoring.md §8.2, level {@code analysis}).
 *
 * @param structure who it is about
 * @param target {@code scoring.target}
 * @param previousEdition the previous edition, or null when {@code edition.previous} is null or
 *     the structure is not in its results
 * @param composite the composite beside the target and the previous edition
 * @param partial whether the composite is partial
 * @param eligible whether it is ranked
 * @param ranking its place in its category, or null when not eligible or when the category has
 *     fewer than three eligible structures
 * @param satisfaction the satisfaction, with its interval
 * @param net the net satisfaction
 * @param nps the NPS, with its interval
 * @param satisfactionChange the change of the satisfaction and its test, or null without a
 *     previous satisfaction
 * @param sources survey, then audit
 * @param themes the themes of {@code scoring.themes} with a score over both sources, sorted by id
 * @param strengths the strongest themes, best first (ties by theme id): min(3, ⌊k/2⌋) of the k
 *     themes scored
 * @param weaknesses the weakest themes, weakest first (ties by theme id), as many as strengths
 * @param items every scored item with its interval, questionnaire then grid order, but the
 *     questions without a theme, which raw results report as a distribution (scoring.md §8.2)
 * @param segments the survey's breakdown by each segment key the questionnaire declares, in
 *     declared order (analysis.md §A2), its cells as the disclosure rules let them be published;
 *     empty when the questionnaire declares none
 * @param weighting how the survey numbers were weighted (analysis.md §A3), or null when the
 *     edition asks for no weighting
 */
public record AnalysisReport(
    StructureInfo structure,
    double target,
    @Nullable EditionId previousEdition,
    Comparison composite,
    boolean partial,
    boolean eligible,
    @Nullable Ranking ranking,
    Indicator satisfaction,
    Indicator net,
    Indicator nps,
    @Nullable SatisfactionChange satisfactionChange,
    List<SourceAnalysis> sources,
    List<ThemeScore> themes,
    List<ThemeScore> strengths,
    List<ThemeScore> weaknesses,
    List<ItemAnalysis> items,
    List<SegmentAnalysis> segments,
    @Nullable WeightingAnalysis weighting) {
  /** Checks that nothing required is null, and copies the lists. */
  public AnalysisReport {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(composite, "composite");
    Objects.requireNonNull(satisfaction, "satisfaction");
    Objects.requireNonNull(net, "net");
    Objects.requireNonNull(nps, "nps");
    sources = List.copyOf(sources);
    themes = List.copyOf(themes);
    strengths = List.copyOf(strengths);
    weaknesses = List.copyOf(weaknesses);
    items = List.copyOf(items);
    segments = List.copyOf(segments);
  }

  /**
   * An analysis of an edition that asks for no weighting.
   *
   * @param structure who it is about
   * @param target {@code scoring.target}
   * @param previousEdition the previous edition, or null
   * @param composite the composite beside the target and the previous edition
   * @param partial whether the composite is partial
   * @param eligible whether it is ranked
   * @param ranking its place in its category, or null
   * @param satisfaction the satisfaction, with its interval
   * @param net the net satisfaction
   * @param nps the NPS, with its interval
   * @param satisfactionChange the change of the satisfaction and its test, or null
   * @param sources survey, then audit
   * @param themes the themes with a score over both sources, sorted by id
   * @param strengths the strongest themes, best first
   * @param weaknesses the weakest themes, weakest first
   * @param items every scored item with its interval
   * @param segments the survey's breakdown by each declared segment key
   */
  public AnalysisReport(
      StructureInfo structure,
      double target,
      @Nullable EditionId previousEdition,
      Comparison composite,
      boolean partial,
      boolean eligible,
      @Nullable Ranking ranking,
      Indicator satisfaction,
      Indicator net,
      Indicator nps,
      @Nullable SatisfactionChange satisfactionChange,
      List<SourceAnalysis> sources,
      List<ThemeScore> themes,
      List<ThemeScore> strengths,
      List<ThemeScore> weaknesses,
      List<ItemAnalysis> items,
      List<SegmentAnalysis> segments) {
    this(
        structure,
        target,
        previousEdition,
        composite,
        partial,
        eligible,
        ranking,
        satisfaction,
        net,
        nps,
        satisfactionChange,
        sources,
        themes,
        strengths,
        weaknesses,
        items,
        segments,
        null);
  }

  /**
   * An analysis without segment breakdown nor weighting, for a questionnaire that declares no
   * segment.
   *
   * @param structure who it is about
   * @param target {@code scoring.target}
   * @param previousEdition the previous edition, or null
   * @param composite the composite beside the target and the previous edition
   * @param partial whether the composite is partial
   * @param eligible whether it is ranked
   * @param ranking its place in its category, or null
   * @param satisfaction the satisfaction, with its interval
   * @param net the net satisfaction
   * @param nps the NPS, with its interval
   * @param satisfactionChange the change of the satisfaction and its test, or null
   * @param sources survey, then audit
   * @param themes the themes with a score over both sources, sorted by id
   * @param strengths the strongest themes, best first
   * @param weaknesses the weakest themes, weakest first
   * @param items every scored item with its interval
   */
  public AnalysisReport(
      StructureInfo structure,
      double target,
      @Nullable EditionId previousEdition,
      Comparison composite,
      boolean partial,
      boolean eligible,
      @Nullable Ranking ranking,
      Indicator satisfaction,
      Indicator net,
      Indicator nps,
      @Nullable SatisfactionChange satisfactionChange,
      List<SourceAnalysis> sources,
      List<ThemeScore> themes,
      List<ThemeScore> strengths,
      List<ThemeScore> weaknesses,
      List<ItemAnalysis> items) {
    this(
        structure,
        target,
        previousEdition,
        composite,
        partial,
        eligible,
        ranking,
        satisfaction,
        net,
        nps,
        satisfactionChange,
        sources,
        themes,
        strengths,
        weaknesses,
        items,
        List.of());
  }
}

package io.github.indiko.core.edition;

import io.github.indiko.core.constraints.SourceWeights;
import io.github.indiko.core.constraints.ThemeWeights;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The {@code scoring} member of an edition. Every member has a default ({@link #defaults()}); a
 * given {@code themes} or {@code sources} map replaces the default whole. Checked on construction:
 * nothing is null. Checked by Bean Validation: every bound below, the theme weights ({@link
 * ThemeWeights}), the source weights ({@link SourceWeights}), the strategy names and the minimum
 * audits (cascaded).
 *
 * @param survey the item strategy of the survey
 * @param audit the item strategy of audits
 * @param ranking the ranking policy
 * @param themes theme weights, each in (0, 1000]; {@code overall} excluded; sorted by theme
 * @param sources source weights, each in [0, 1000], at least one positive; survey first
 * @param minimumResponses accepted responses that make the survey sufficient
 * @param minimumAudits accepted audit records that make the audit sufficient, at least 0
 * @param confidence the confidence level of intervals, in (0, 1)
 * @param disclosureThreshold smallest survey breakdown published, at least 5
 * @param target the score the analysis compares with, in [0, 100]
 * @param oneResponsePerRespondent whether a respondent may answer once per structure
 * @param weighting the survey weighting (analysis.md §A3), {@link Weighting#none()} by default
 */
public record ScoringSettings(
    @Valid StrategyRef survey,
    @Valid StrategyRef audit,
    @Valid StrategyRef ranking,
    @ThemeWeights(max = ScoringSettings.MAX_WEIGHT) Map<Theme, Double> themes,
    @SourceWeights(max = ScoringSettings.MAX_WEIGHT) Map<Source, Double> sources,
    @Min(0) int minimumResponses,
    @Valid MinimumAudits minimumAudits,
    @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false)
        double confidence,
    @Min(5) int disclosureThreshold,
    @DecimalMin("0") @DecimalMax("100") double target,
    boolean oneResponsePerRespondent,
    Weighting weighting) {

  /** Largest item, theme or source weight. */
  public static final double MAX_WEIGHT = 1000;

  /** Checks that nothing is null, and copies the maps (themes sorted, survey first). */
  public ScoringSettings {
    Objects.requireNonNull(survey, "survey");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(ranking, "ranking");
    Objects.requireNonNull(minimumAudits, "minimumAudits");
    Objects.requireNonNull(weighting, "weighting");
    TreeMap<Theme, Double> themeCopy = new TreeMap<>();
    themes.forEach((theme, weight) -> themeCopy.put(theme, Objects.requireNonNull(weight)));
    EnumMap<Source, Double> sourceCopy = new EnumMap<>(Source.class);
    sources.forEach((source, weight) -> sourceCopy.put(source, Objects.requireNonNull(weight)));
    themes = Collections.unmodifiableMap(themeCopy);
    sources = Collections.unmodifiableMap(sourceCopy);
  }

  /**
   * Settings without weighting.
   *
   * @param survey the item strategy of the survey
   * @param audit the item strategy of audits
   * @param ranking the ranking policy
   * @param themes theme weights
   * @param sources source weights
   * @param minimumResponses accepted responses that make the survey sufficient
   * @param minimumAudits accepted audit records that make the audit sufficient
   * @param confidence the confidence level of intervals
   * @param disclosureThreshold smallest survey breakdown published
   * @param target the score the analysis compares with
   * @param oneResponsePerRespondent whether a respondent may answer once per structure
   */
  public ScoringSettings(
      StrategyRef survey,
      StrategyRef audit,
      StrategyRef ranking,
      Map<Theme, Double> themes,
      Map<Source, Double> sources,
      int minimumResponses,
      MinimumAudits minimumAudits,
      double confidence,
      int disclosureThreshold,
      double target,
      boolean oneResponsePerRespondent) {
    this(
        survey,
        audit,
        ranking,
        themes,
        sources,
        minimumResponses,
        minimumAudits,
        confidence,
        disclosureThreshold,
        target,
        oneResponsePerRespondent,
        Weighting.none());
  }

  /**
   * @return the defaults of formats.md: {@code mean}, {@code mean}, {@code composite}, the six
   *     themes weighted 1, sources 0.5 and 0.5, 30 responses, 3 audits, 0.95, 10, 80, false,
   *     no weighting
   */
  public static ScoringSettings defaults() {
    Map<Theme, Double> themes = new TreeMap<>();
    Theme.BUILT_IN.forEach(theme -> themes.put(theme, 1.0));
    return new ScoringSettings(
        StrategyRef.of("mean"),
        StrategyRef.of("mean"),
        StrategyRef.of("composite"),
        themes,
        Map.of(Source.SURVEY, 0.5, Source.AUDIT, 0.5),
        30,
        new MinimumAudits.Total(3),
        0.95,
        10,
        80,
        false);
  }

  /**
   * These settings with other weights, e.g. to compare weightings of one edition. Like every
   * weight, they are checked by Bean Validation, not here.
   *
   * @param themeWeights the theme weights, replacing {@link #themes()} whole
   * @param sourceWeights the source weights, replacing {@link #sources()} whole
   * @return the same settings but for their weights
   */
  public ScoringSettings withWeights(
      Map<Theme, Double> themeWeights, Map<Source, Double> sourceWeights) {
    return new ScoringSettings(
        survey,
        audit,
        ranking,
        themeWeights,
        sourceWeights,
        minimumResponses,
        minimumAudits,
        confidence,
        disclosureThreshold,
        target,
        oneResponsePerRespondent,
        weighting);
  }

  /**
   * @param source survey or audit
   * @return its weight, 0 when {@code sources} does not name it
   */
  public double weight(Source source) {
    return sources.getOrDefault(source, 0.0);
  }
}

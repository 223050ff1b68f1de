package io.github.indiko.scoring;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.EditionId;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.structure.Category;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.scoring.spi.Interval;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one structure's numbers were made (scoring.md §4, §5; cli.md, Explanation of a structure):
 * each source with its weight V and sufficiency, each theme with its weight W and score, each item
 * with its weight, n, value and interval, and the weighted means of the source scores and of the
 * composite term by term, with the structure's indicators and ranking. Every number is the one of
 * the results, unrounded. Aggregates only: no answer, no respondent. Immutable; obtain one from
 * {@link ScoringEngine#explain}, write it as JSON with {@link ExplanationJson}.
 *
 * @param edition the edition
 * @param structure the structure
 * @param category its category
 * @param level its analysis level, or null when it is not enrolled (named by rejected lines only)
 * @param responses accepted responses
 * @param audits accepted audit records
 * @param confidence the confidence level c of every interval ({@code scoring.confidence})
 * @param survey the survey's part
 * @param audit the audit's part
 * @param composite Σ V_s · source_s / Σ V_s over the sufficient sources with V_s &gt; 0 that have a
 *     score, survey first; its value is null when there is none
 * @param partial whether a source with V_s &gt; 0 is insufficient or has no score (never ranked)
 * @param satisfaction satisfaction over the pooled answers (scoring.md §4), with its Wilson
 *     interval
 * @param net net satisfaction over the same answers; it has no interval
 * @param nps the NPS over the pooled nps items, with its interval
 * @param ranking the structure's place in its category
 * @param weighting how the structure's survey responses were weighted, when the edition asks for
 *     weighting (analysis.md §A3), else null
 * @param doubles the structure's accepted calibration audits (analysis.md §A5), not among {@code
 *     audits}
 * @param agreement the edition's agreement of auditors, as the results give it (analysis.md §A5),
 *     or null when no double was accepted
 */
public record Explanation(
    EditionId edition,
    StructureId structure,
    Category category,
    @Nullable Level level,
    long responses,
    long audits,
    double confidence,
    SourcePart survey,
    SourcePart audit,
    WeightedMean composite,
    boolean partial,
    Statistic satisfaction,
    Statistic net,
    Statistic nps,
    Ranking ranking,
    @Nullable Weighting weighting,
    long doubles,
    @Nullable Agreement agreement) {

  /** Checks that nothing required is null and the count of doubles. */
  public Explanation {
    if (doubles < 0) {
      throw new IllegalArgumentException("negative count of doubles: " + doubles);
    }
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(survey, "survey");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(composite, "composite");
    Objects.requireNonNull(satisfaction, "satisfaction");
    Objects.requireNonNull(net, "net");
    Objects.requireNonNull(nps, "nps");
    Objects.requireNonNull(ranking, "ranking");
  }

  /**
   * The explanation of a structure of an edition without calibration audits.
   *
   * @param edition the edition
   * @param structure the structure
   * @param category its category
   * @param level its analysis level, or null when it is not enrolled
   * @param responses accepted responses
   * @param audits accepted audit records
   * @param confidence the confidence level c of every interval
   * @param survey the survey's part
   * @param audit the audit's part
   * @param composite the composite and its terms
   * @param partial whether a source with V_s &gt; 0 is insufficient or has no score
   * @param satisfaction satisfaction over the pooled answers
   * @param net net satisfaction over the same answers
   * @param nps the NPS over the pooled nps items
   * @param ranking the structure's place in its category
   * @param weighting how the structure's survey responses were weighted, or null
   */
  public Explanation(
      EditionId edition,
      StructureId structure,
      Category category,
      @Nullable Level level,
      long responses,
      long audits,
      double confidence,
      SourcePart survey,
      SourcePart audit,
      WeightedMean composite,
      boolean partial,
      Statistic satisfaction,
      Statistic net,
      Statistic nps,
      Ranking ranking,
      @Nullable Weighting weighting) {
    this(
        edition,
        structure,
        category,
        level,
        responses,
        audits,
        confidence,
        survey,
        audit,
        composite,
        partial,
        satisfaction,
        net,
        nps,
        ranking,
        weighting,
        0,
        null);
  }

  /**
   * @return whether the structure is enrolled
   */
  public boolean enrolled() {
    return level != null;
  }

  /**
   * @param source survey or audit
   * @return that source's part
   */
  public SourcePart source(Source source) {
    return source == Source.SURVEY ? survey : audit;
  }

  /**
   * One source's part: its weight V_s in the composite, its sufficiency, its themes and items, and
   * its score Σ W_t · theme_t / Σ W_t over the themes of {@code scoring.themes} that have a score.
   *
   * @param source survey or audit
   * @param weight V_s ({@code scoring.sources}); 0 keeps the source out of the composite
   * @param sufficient whether the structure has enough accepted lines for this source
   * @param minimums what sufficiency asks: one count for the survey and for an audit minimum over
   *     all channels, one per channel the structure offers for a minimum per channel; sufficient
   *     when every one is met
   * @param themes every theme with a score, weighted or not ({@code overall} included), by id
   * @param unthemed the source's items without a theme, which enter no score
   * @param score the source score and its terms, by theme id; its value is null when no weighted
   *     theme has a score
   */
  public record SourcePart(
      Source source,
      double weight,
      boolean sufficient,
      List<Minimum> minimums,
      List<ThemePart> themes,
      List<ItemPart> unthemed,
      WeightedMean score) {

    /** Checks that nothing is null, and copies the lists. */
    public SourcePart {
      Objects.requireNonNull(source, "source");
      minimums = List.copyOf(minimums);
      themes = List.copyOf(themes);
      unthemed = List.copyOf(unthemed);
      Objects.requireNonNull(score, "score");
    }
  }

  /**
   * A count that sufficiency asks for (scoring.md §4).
   *
   * @param channel the channel it counts, or null for all channels together
   * @param count accepted lines: responses for the survey, audit records for the audit
   * @param needed the least count that is sufficient
   */
  public record Minimum(@Nullable Channel channel, long count, long needed) {
    /**
     * @return whether the count reaches what is needed
     */
    public boolean met() {
      return count >= needed;
    }
  }

  /**
   * One theme of a source: its score Σ wᵢ · valueᵢ / Σ wᵢ over its items that have a value.
   *
   * @param theme the theme
   * @param weight W_t in the source score, or null when the theme is not in {@code
   *     scoring.themes} and so enters no source score
   * @param score the theme score
   * @param items the theme's items that have a value, in questionnaire or grid order
   */
  public record ThemePart(
      Theme theme, @Nullable Double weight, double score, List<ItemPart> items) {
    /** Checks that the theme is not null, and copies the items. */
    public ThemePart {
      Objects.requireNonNull(theme, "theme");
      items = List.copyOf(items);
    }
  }

  /**
   * One item (question or criterion) that has a value.
   *
   * @param id the question or criterion
   * @param weight wᵢ, its weight in its theme
   * @param n the number of item scores
   * @param value the item value of the source's strategy (scoring.md §3)
   * @param ci its interval, or null where the strategy gives none
   * @param formula how the interval was made, or null when there is none or when the strategy is
   *     not a built-in one
   * @param weighted how the survey item's weighted statistics were made when its structure is
   *     weighted (analysis.md §A3, Weighted statistics), else null
   */
  public record ItemPart(
      String id,
      double weight,
      long n,
      double value,
      @Nullable Interval ci,
      @Nullable IntervalFormula formula,
      @Nullable WeightedItem weighted) {

    /** Checks that the id is not null. */
    public ItemPart {
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * How a structure's survey responses were weighted (analysis.md §A3, Weights).
   *
   * @param method the edition's weighting method: {@code post-stratification} or {@code raking}
   * @param keys the weighting keys, in declared order
   * @param summary its {@code weighting} of {@code results.json}: status, cycles, n_R, the
   *     unweighted responses, nEffective and designEffect
   * @param cells the cells of the weighted responses, in their values' declared order key by key,
   *     each with its count n_c and weight w_c (1 unless the status is {@code weighted})
   */
  public record Weighting(
      String method, List<String> keys, StructureWeighting summary, List<Cell> cells) {
    /** Checks that nothing is null, and copies the lists. */
    public Weighting {
      Objects.requireNonNull(method, "method");
      keys = List.copyOf(keys);
      Objects.requireNonNull(summary, "summary");
      cells = List.copyOf(cells);
    }
  }

  /**
   * One weighting cell: a combination of values of the weighting keys.
   *
   * @param values its value of each weighting key, key by key
   * @param n n_c, its weighted responses
   * @param weight w_c, the weight of each of them
   */
  public record Cell(List<String> values, long n, double weight) {
    /** Copies the values. */
    public Cell {
      values = List.copyOf(values);
    }
  }

  /**
   * How a survey item's weighted value was made (analysis.md §A3, Weighted statistics), over the
   * responses that give it a score; each sum correctly rounded over terms rounded to binary64.
   *
   * @param weightSum W = Σw
   * @param weightedScoreSum Σ w·s
   * @param mean the weighted mean Σ w·s / W (kept within the scores, which it leaves only by
   *     rounding): the item value of the {@code mean} strategy
   * @param nEffective W² / Σw², as {@code results.json} gives it
   * @param standardError the linearised standard error √( n/(n − 1) · Σ w²·(s − m)² ) / W, or
   *     null when n &lt; 2
   */
  public record WeightedItem(
      double weightSum,
      double weightedScoreSum,
      double mean,
      double nEffective,
      @Nullable Double standardError) {}

  /**
   * A weighted mean Σ wᵢ · vᵢ / Σ wᵢ, term by term.
   *
   * @param terms its terms, in the order they are summed
   * @param value the mean as the results hold it, or null when it does not exist
   */
  public record WeightedMean(List<Term> terms, @Nullable Double value) {
    /** Copies the terms. */
    public WeightedMean {
      terms = List.copyOf(terms);
    }
  }

  /**
   * One term of a weighted mean.
   *
   * @param id what it weighs: a theme or a source
   * @param weight its weight
   * @param value its value
   */
  public record Term(String id, double weight, double value) {
    /** Checks that the id is not null. */
    public Term {
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * A structure-level indicator (scoring.md §4).
   *
   * @param value the indicator, or null when no answer was pooled
   * @param n the number of answers pooled
   * @param ci its interval, or null where scoring.md §5 gives none
   * @param formula how the interval was made, or null when there is none
   */
  public record Statistic(
      @Nullable Double value, long n, @Nullable Interval ci, @Nullable IntervalFormula formula) {}

  /**
   * How an interval of scoring.md §5 was made: before clipping it is centre ± quantile · standard
   * error.
   *
   * @param method the interval's kind
   * @param centre the mean for Student t; the Wilson centre 100 · (p + z²/2n)/(1 + z²/n); the NPS
   * @param quantile t₍ₙ₋₁₎ for Student t, z for Wilson and NPS
   * @param standardError sd/√n for Student t, the linearised standard error for a weighted mean;
   *     100 · √(p(1 − p)/n + z²/4n²)/(1 + z²/n), the half-width over z, for Wilson (n_eff in
   *     place of n when weighted); 100 · √((P + D − (P − D)²)/n) for NPS, the linearised standard
   *     error when weighted
   */
  public record IntervalFormula(
      Method method, double centre, double quantile, double standardError) {
    /** Checks that the method is not null. */
    public IntervalFormula {
      Objects.requireNonNull(method, "method");
    }

    /**
     * @return quantile · standard error, the half-width before clipping
     */
    public double halfWidth() {
      return quantile * standardError;
    }
  }

  /** The intervals of scoring.md §5. */
  public enum Method {
    /** A mean's: mean ± t₍ₙ₋₁₎ · sd/√n. */
    STUDENT_T,
    /** A share's, the Wilson score interval. */
    WILSON,
    /** A net promoter score's: nps ± z · se. */
    NPS;

    /**
     * @return its identifier: {@code student-t}, {@code wilson} or {@code nps}
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * The structure's place in its category (scoring.md §7).
   *
   * @param policy the edition's ranking policy ({@code scoring.ranking})
   * @param eligible whether it is ranked: enrolled and not partial
   * @param rank its 1-based rank, or null when not eligible
   * @param of how many eligible structures its category has, or null when not eligible
   * @param percentile 100 · (of − rank) / (of − 1), 100 when alone, or null when not eligible
   */
  public record Ranking(
      String policy,
      boolean eligible,
      @Nullable Integer rank,
      @Nullable Integer of,
      @Nullable Double percentile) {

    /** Checks that the policy is not null. */
    public Ranking {
      Objects.requireNonNull(policy, "policy");
    }
  }
}

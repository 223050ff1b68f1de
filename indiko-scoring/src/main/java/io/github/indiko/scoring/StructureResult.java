package io.github.indiko.scoring;

import io.github.indiko.core.structure.Category;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.StructureId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Every number of one structure (cli.md, {@code results.json}).
 *
 * @param id the structure
 * @param category its category
 * @param enrolled whether it is enrolled (a structure that is not appears only when data named it)
 * @param level its analysis level, or null when not enrolled
 * @param responses accepted responses
 * @param audits accepted audit records
 * @param survey the survey's scores
 * @param audit the audit's scores
 * @param composite the composite index, or null when no sufficient weighted source has a score
 * @param partial whether a weighted source is insufficient or has no score
 * @param eligible whether it is ranked: enrolled and not partial
 * @param satisfaction satisfaction over the pooled overall items
 * @param net net satisfaction over the same answers
 * @param nps NPS over the pooled nps items
 * @param rank its 1-based rank in its category, or null when not eligible
 * @param of how many eligible structures its category has, or null when not eligible
 * @param percentile 100 · (of − rank) / (of − 1), 100 when alone, or null when not eligible
 * @param items every scored item with n ≥ 1, by item id, in questionnaire then grid order
 * @param segments the segment breakdown (analysis.md §A2): segment key → value → cell, keys and
 *     values in declared order, {@code (none)} last; empty when the questionnaire declares no
 *     segment
 * @param weighting how its survey responses were weighted (analysis.md §A3), or null when the
 *     edition asks for no weighting or the structure is not enrolled
 * @param versions its accepted responses per version of the questionnaire (analysis.md §A4), by
 *     version in ascending order, every version the edition names; empty when it names one
 * @param doubles its accepted calibration audits, doubles of others (analysis.md §A5): not among
 *     {@code audits}, in no score nor sufficiency
 */
public record StructureResult(
    StructureId id,
    Category category,
    boolean enrolled,
    @Nullable Level level,
    long responses,
    long audits,
    SourceResult survey,
    SourceResult audit,
    @Nullable Double composite,
    boolean partial,
    boolean eligible,
    Indicator satisfaction,
    Indicator net,
    Indicator nps,
    @Nullable Integer rank,
    @Nullable Integer of,
    @Nullable Double percentile,
    Map<String, ItemResult> items,
    Map<String, Map<String, SegmentCell>> segments,
    @Nullable StructureWeighting weighting,
    Map<Integer, Long> versions,
    long doubles) {
  /** The cell of the responses that give no value for a key, last in each key's breakdown. */
  public static final String NO_SEGMENT_VALUE = "(none)";

  /**
   * Checks that nothing required is null and no count negative, and copies the items, the
   * breakdown and the versions, these sorted.
   */
  public StructureResult {
    if (doubles < 0) {
      throw new IllegalArgumentException("negative count of doubles: " + doubles);
    }
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(survey, "survey");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(satisfaction, "satisfaction");
    Objects.requireNonNull(net, "net");
    Objects.requireNonNull(nps, "nps");
    items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
    Map<String, Map<String, SegmentCell>> copy = new LinkedHashMap<>();
    segments.forEach(
        (key, cells) -> copy.put(key, Collections.unmodifiableMap(new LinkedHashMap<>(cells))));
    segments = Collections.unmodifiableMap(copy);
    versions = Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(versions)));
  }

  /**
   * A structure without double (analysis.md §A5) of an edition that names one version of its
   * questionnaire: without {@code versions} (analysis.md §A4).
   */
  public StructureResult(
      StructureId id,
      Category category,
      boolean enrolled,
      @Nullable Level level,
      long responses,
      long audits,
      SourceResult survey,
      SourceResult audit,
      @Nullable Double composite,
      boolean partial,
      boolean eligible,
      Indicator satisfaction,
      Indicator net,
      Indicator nps,
      @Nullable Integer rank,
      @Nullable Integer of,
      @Nullable Double percentile,
      Map<String, ItemResult> items,
      Map<String, Map<String, SegmentCell>> segments,
      @Nullable StructureWeighting weighting) {
    this(
        id,
        category,
        enrolled,
        level,
        responses,
        audits,
        survey,
        audit,
        composite,
        partial,
        eligible,
        satisfaction,
        net,
        nps,
        rank,
        of,
        percentile,
        items,
        segments,
        weighting,
        Map.of(),
        0);
  }

  /**
   * A structure without double of an edition that asks for no weighting and names one version of
   * its questionnaire: without {@code weighting} nor {@code versions}.
   */
  public StructureResult(
      StructureId id,
      Category category,
      boolean enrolled,
      @Nullable Level level,
      long responses,
      long audits,
      SourceResult survey,
      SourceResult audit,
      @Nullable Double composite,
      boolean partial,
      boolean eligible,
      Indicator satisfaction,
      Indicator net,
      Indicator nps,
      @Nullable Integer rank,
      @Nullable Integer of,
      @Nullable Double percentile,
      Map<String, ItemResult> items,
      Map<String, Map<String, SegmentCell>> segments) {
    this(
        id,
        category,
        enrolled,
        level,
        responses,
        audits,
        survey,
        audit,
        composite,
        partial,
        eligible,
        satisfaction,
        net,
        nps,
        rank,
        of,
        percentile,
        items,
        segments,
        null,
        Map.of(),
        0);
  }

  /**
   * @param items other items
   * @param segments another breakdown
   * @param weighting another weighting, or null
   * @return these numbers with those items, breakdown and weighting (the same versions and
   *     doubles)
   */
  public StructureResult withDetails(
      Map<String, ItemResult> items,
      Map<String, Map<String, SegmentCell>> segments,
      @Nullable StructureWeighting weighting) {
    return new StructureResult(
        id,
        category,
        enrolled,
        level,
        responses,
        audits,
        survey,
        audit,
        composite,
        partial,
        eligible,
        satisfaction,
        net,
        nps,
        rank,
        of,
        percentile,
        items,
        segments,
        weighting,
        versions,
        doubles);
  }
}

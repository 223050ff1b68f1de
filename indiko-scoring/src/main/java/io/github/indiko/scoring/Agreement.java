package io.github.indiko.scoring;

import io.github.indiko.core.grid.CriterionId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How far auditors agree, from the calibration audits an edition accepted (analysis.md §A5): for
 * each criterion of the grid, Krippendorff's alpha over the originals that have a double, and the
 * same over every check criterion pooled. Immutable. Edition-wide: it names no structure, and its
 * numbers are those of the auditors, not of the structures they audited.
 *
 * @param doubles the accepted doubles of the edition, at least 1
 * @param criteria one per criterion of the grid, in grid order
 * @param checks every check criterion pooled, a unit being an original × a criterion (nominal)
 */
public record Agreement(long doubles, List<CriterionAgreement> criteria, Reliability checks) {
  /** Checks that nothing is null and the count of doubles, and copies the criteria. */
  public Agreement {
    if (doubles < 1) {
      throw new IllegalArgumentException("an agreement needs a double: " + doubles);
    }
    criteria = List.copyOf(criteria);
    Objects.requireNonNull(checks, "checks");
  }

  /**
   * One criterion's agreement.
   *
   * @param criterion the criterion
   * @param reliability its alpha and what it was computed over
   */
  public record CriterionAgreement(CriterionId criterion, Reliability reliability) {
    /** Checks that nothing is null. */
    public CriterionAgreement {
      Objects.requireNonNull(criterion, "criterion");
      Objects.requireNonNull(reliability, "reliability");
    }
  }

  /**
   * Krippendorff's alpha and what it was computed over (analysis.md §A5).
   *
   * @param units the originals with at least one accepted double and a value of the criterion
   * @param values n: the values of the units that have at least two, which alpha is computed over
   * @param level how two values differ: nominal for checks, interval for measures
   * @param alpha 1 − D_o / D_e, or null when n &lt; 2 or D_e = 0
   */
  public record Reliability(long units, long values, Level level, @Nullable Double alpha) {
    /** Checks the counts and the level. */
    public Reliability {
      if (units < 0 || values < 0) {
        throw new IllegalArgumentException("negative count: " + units + ", " + values);
      }
      Objects.requireNonNull(level, "level");
    }
  }

  /** The metric of differences between two values (analysis.md §A5). */
  public enum Level {
    /** Values are equal or not: δ² is 0 or 1 ({@code met}, {@code not_met}). */
    NOMINAL,
    /** Values are numbers: δ² = (c − k)². */
    INTERVAL;

    /**
     * @return the level's name in {@code results.json}: {@code nominal} or {@code interval}
     */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}

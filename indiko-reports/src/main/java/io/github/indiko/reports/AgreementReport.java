package io.github.indiko.reports;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.EditionId;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.scoring.Agreement;
import io.github.indiko.scoring.AsOf;
import io.github.indiko.scoring.Results;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The auditors' agreement (analysis.md §A5), the operator's page of an edition with calibration
 * audits ({@code agreement.html}, {@code .json}, {@code .csv}): how far two auditors observing the
 * same interaction agree, criterion by criterion, the criteria they agree on least first. It is
 * edition-wide and about the auditors: it names no structure and holds none of their numbers.
 *
 * @param edition the edition
 * @param asOf the day the results are scored as of, and whether they are provisional
 * @param doubles the accepted calibration audits, at least 1
 * @param criteria every criterion of the grid, the least agreed on first: alpha ascending, those
 *     without alpha last, ties in grid order
 * @param checks every check criterion pooled
 */
public record AgreementReport(
    EditionId edition,
    AsOf asOf,
    long doubles,
    List<CriterionReliability> criteria,
    Agreement.Reliability checks) {
  /** Checks that nothing is null and the count of doubles, and copies the criteria. */
  public AgreementReport {
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(checks, "checks");
    criteria = List.copyOf(criteria);
    if (doubles < 1) {
      throw new IllegalArgumentException("an agreement needs a double: " + doubles);
    }
  }

  /**
   * @param results an edition's results
   * @param definitions the edition's definitions, for the channel of each criterion
   * @return the agreement page of the results, or empty when they accepted no calibration audit
   * @throws IllegalArgumentException when the agreement names a criterion the grid does not hold
   */
  public static Optional<AgreementReport> of(Results results, EditionDefinitions definitions) {
    Agreement agreement = results.agreement();
    if (agreement == null) {
      return Optional.empty();
    }
    List<CriterionReliability> criteria = new ArrayList<>();
    for (Agreement.CriterionAgreement entry : agreement.criteria()) {
      Criterion criterion =
          definitions
              .grid()
              .criterion(entry.criterion())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "the grid holds no criterion " + entry.criterion()));
      criteria.add(
          new CriterionReliability(entry.criterion(), criterion.channel(), entry.reliability()));
    }
    // A stable sort: criteria of equal alpha, and those without alpha, keep the grid's order.
    criteria.sort(
        Comparator.comparing(
            (CriterionReliability c) -> c.reliability().alpha(),
            Comparator.nullsLast(Comparator.naturalOrder())));
    return Optional.of(
        new AgreementReport(
            results.edition(), results.asOf(), agreement.doubles(), criteria, agreement.checks()));
  }

  /**
   * One criterion's agreement.
   *
   * @param criterion the criterion
   * @param channel its channel
   * @param reliability its alpha and what it was computed over
   */
  public record CriterionReliability(
      CriterionId criterion, Channel channel, Agreement.Reliability reliability) {
    /** Checks that nothing is null. */
    public CriterionReliability {
      Objects.requireNonNull(criterion, "criterion");
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(reliability, "reliability");
    }

    /**
     * @return how far the criterion's observations can be relied on
     */
    public Reading reading() {
      return Reading.of(reliability.alpha());
    }
  }

  /**
   * How far observations can be relied on, by Krippendorff's usual thresholds (K. Krippendorff,
   * <i>Content Analysis: An Introduction to Its Methodology</i>, 2nd ed., 2004, p. 241): rely on
   * a variable with α ≥ 0.800, draw only tentative conclusions from one with 0.667 ≤ α &lt; 0.800,
   * and none below.
   */
  public enum Reading {
    /** α ≥ 0.800. */
    RELIABLE,
    /** 0.667 ≤ α &lt; 0.800: tentative conclusions only. */
    TENTATIVE,
    /** α &lt; 0.667. */
    UNRELIABLE,
    /** No alpha: fewer than two values to pair, or no variation among them. */
    NOT_COMPUTED;

    /** The lowest alpha of a reliable variable. */
    public static final double RELIABLE_FROM = 0.800;

    /** The lowest alpha from which tentative conclusions may be drawn. */
    public static final double TENTATIVE_FROM = 0.667;

    /**
     * @param alpha an alpha, or null
     * @return its reading
     */
    public static Reading of(@Nullable Double alpha) {
      if (alpha == null) {
        return NOT_COMPUTED;
      }
      if (alpha >= RELIABLE_FROM) {
        return RELIABLE;
      }
      return alpha >= TENTATIVE_FROM ? TENTATIVE : UNRELIABLE;
    }

    /**
     * @return the reading's id in the JSON and CSV reports, e.g. {@code not_computed}
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}

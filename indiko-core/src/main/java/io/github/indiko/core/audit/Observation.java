package io.github.indiko.core.audit;

import org.jspecify.annotations.Nullable;

/**
 * An auditor's observation of a criterion: a check's {@code met}/{@code not_met}, a measure's
 * number or {@code missed}, or {@code na} for either.
 */
public sealed interface Observation {
  /** {@code "met"}. */
  Observation MET = new Check(true);
  /** {@code "not_met"}. */
  Observation NOT_MET = new Check(false);
  /** {@code "missed"}. */
  Observation MISSED = new Missed();
  /** {@code "na"}. */
  Observation NOT_APPLICABLE = new NotApplicable();

  /**
   * The observation of a check.
   *
   * @param met true for {@code met}, false for {@code not_met}
   */
  record Check(boolean met) implements Observation {}

  /**
   * A measure's value: a number, or the days between two dates (analysis.md §A6), whose count the
   * validator made for the structure observed.
   *
   * @param value a finite number: the number given, or the days counted between the dates
   * @param dates the dates observed, or null when a number was
   */
  record Measured(double value, @Nullable DateSpan dates) implements Observation {
    /** Checks that the value is finite. */
    public Measured {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("a measure must be finite: " + value);
      }
    }

    /**
     * A measure observed as a number.
     *
     * @param value a finite number
     */
    public Measured(double value) {
      this(value, null);
    }
  }

  /** A measure whose expected event never came (the phone never picked up). */
  record Missed() implements Observation {}

  /** Not applicable: present for completeness, unanswered for conditions, never scored. */
  record NotApplicable() implements Observation {}
}

package io.github.indiko.scoring;

import io.github.indiko.core.edition.Edition;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The day results are scored as of, and whether they are provisional (domain.md, Lifecycle of an
 * edition): scored before the collection was closed, they may still change. Immutable.
 *
 * @param date the day, in the edition's time zone
 * @param provisional whether the collection was not closed on that day: the edition's state on it
 *     is {@code draft}, {@code registration} or {@code collection}
 */
public record AsOf(LocalDate date, boolean provisional) {
  /** Checks that the day is a date of format v1: years 0 to 9999. */
  public AsOf {
    Objects.requireNonNull(date, "date");
    if (date.getYear() < 0 || date.getYear() > 9999) {
      throw new IllegalArgumentException("a date of format v1 has a year from 0 to 9999: " + date);
    }
  }

  /**
   * @param edition the edition scored
   * @param date the day it is scored as of, in its time zone
   * @return that day, provisional when the edition's state on it is before {@code scoring} ({@link
   *     Edition#stateOn})
   */
  public static AsOf of(Edition edition, LocalDate date) {
    return new AsOf(date, !edition.stateOn(date).collectionClosed());
  }
}

package io.github.indiko.reports;

import java.util.Locale;

/** Where a theme falls in the importance–performance matrix (scoring.md §8.3). */
public enum Quadrant {
  /** Important and below the mean performance: act first. */
  PRIORITY,
  /** Important and at or above the mean performance: keep it up. */
  STRENGTH,
  /** Less important and below the mean performance. */
  SECONDARY,
  /** Less important and at or above the mean performance. */
  SURPLUS;

  /**
   * @return the identifier used in JSON and CSV, e.g. {@code priority}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}

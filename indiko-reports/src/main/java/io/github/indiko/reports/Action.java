package io.github.indiko.reports;

import java.util.Locale;
import java.util.Objects;

/**
 * One step of the action plan (scoring.md §8.3).
 *
 * @param kind a priority theme or a failing criterion
 * @param id the theme's or the criterion's id
 * @param priority importance · (100 − performance) for a theme, weight · (100 − conformity) for a
 *     criterion; the plan lists the themes first, then the criteria, each kind by its own priority
 *     descending: the two indexes do not compare (scoring.md §8.3)
 * @param score the theme's performance or the criterion's conformity
 */
public record Action(Kind kind, String id, double priority, double score) {
  /** What an action is about. */
  public enum Kind {
    /** A theme of the {@code priority} quadrant. */
    THEME,
    /** A failing criterion. */
    CRITERION;

    /**
     * @return the identifier used in JSON and CSV, e.g. {@code theme}
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Checks that nothing is null. */
  public Action {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }
}

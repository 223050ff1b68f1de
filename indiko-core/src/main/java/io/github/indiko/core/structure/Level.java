package io.github.indiko.core.structure;

import java.util.Locale;

/** The analysis level a structure subscribed to; each includes the levels below it. */
public enum Level {
  /** Raw results (niveau 1), free. */
  RAW,
  /** Results analysis (niveau 2). */
  ANALYSIS,
  /** Organisation audit (niveau 3). */
  ORGANISATION;

  /**
   * @return the identifier in format v1, e.g. {@code analysis}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param other another level
   * @return whether this level includes it
   */
  public boolean includes(Level other) {
    return compareTo(other) >= 0;
  }

  /**
   * @param id an identifier of format v1
   * @return the level
   * @throws IllegalArgumentException when no level has that identifier
   */
  public static Level fromId(String id) {
    for (Level level : values()) {
      if (level.id().equals(id)) {
        return level;
      }
    }
    throw new IllegalArgumentException(
        "unknown level \"" + id + "\": expected raw, analysis or organisation");
  }
}

package io.github.indiko.core.edition;

import java.util.Locale;

/** The two instruments of a barometer, as named in {@code scoring.sources}. */
public enum Source {
  /** The online survey that citizens answer. */
  SURVEY,
  /** Mystery audits. */
  AUDIT;

  /**
   * @return the name in format v1: {@code survey} or {@code audit}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param id {@code survey} or {@code audit}
   * @return the source
   * @throws IllegalArgumentException for any other text
   */
  public static Source fromId(String id) {
    for (Source source : values()) {
      if (source.id().equals(id)) {
        return source;
      }
    }
    throw new IllegalArgumentException("unknown source \"" + id + "\": expected survey or audit");
  }
}

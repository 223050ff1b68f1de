package io.github.indiko.core.structure;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Size bands by population served, inclusive lower bounds (domain.md). */
public enum SizeBand {
  /** Under 3 500. */
  XS,
  /** 3 500 to 9 999. */
  S,
  /** 10 000 to 49 999. */
  M,
  /** 50 000 to 199 999. */
  L,
  /** 200 000 and more. */
  XL,
  /** No population given. */
  NONE;

  /**
   * @return the identifier in format v1, e.g. {@code xl}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param population the population served, at least 0, or null when unknown
   * @return its band; {@link #NONE} for null
   */
  public static SizeBand of(@Nullable Long population) {
    if (population == null) {
      return NONE;
    }
    if (population < 0) {
      throw new IllegalArgumentException("population must not be negative: " + population);
    }
    if (population < 3_500) {
      return XS;
    }
    if (population < 10_000) {
      return S;
    }
    if (population < 50_000) {
      return M;
    }
    return population < 200_000 ? L : XL;
  }

  /**
   * @param id an identifier of format v1
   * @return the band
   * @throws IllegalArgumentException when no band has that identifier
   */
  public static SizeBand fromId(String id) {
    for (SizeBand band : values()) {
      if (band.id().equals(id)) {
        return band;
      }
    }
    throw new IllegalArgumentException("unknown size band \"" + id + "\"");
  }
}

package io.github.indiko.core.edition;

import io.github.indiko.core.internal.Strings;
import java.util.Locale;

/**
 * The states of an edition's lifecycle (domain.md, Lifecycle of an edition), in order. In the words
 * users ask for: draft ({@link #DRAFT}), registration open ({@link #REGISTRATION}), collection open
 * ({@link #COLLECTION}), collection closed ({@link #SCORING}), results published ({@link
 * #PUBLISHED}), trophies awarded ({@link #AWARDED}).
 */
public enum EditionState {
  /** Being prepared. */
  DRAFT,
  /** Structures enrol. */
  REGISTRATION,
  /** Responses and audit records are collected. */
  COLLECTION,
  /** Results are computed. */
  SCORING,
  /** The three analysis levels are produced. */
  PUBLISHED,
  /** Trophies are attributed. */
  AWARDED;

  /**
   * @return the lower-case name used in messages and in {@code edition.json}'s {@code state}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @return whether the collection is over in this state: {@code scoring}, {@code published} or
   *     {@code awarded}
   */
  public boolean collectionClosed() {
    return compareTo(SCORING) >= 0;
  }

  /**
   * @param id a lower-case name, e.g. {@code collection}
   * @return the state
   * @throws IllegalArgumentException when no state has that name
   */
  public static EditionState fromId(String id) {
    for (EditionState state : values()) {
      if (state.id().equals(id)) {
        return state;
      }
    }
    throw new IllegalArgumentException(
        "unknown state \""
            + Strings.abbreviate(id)
            + "\": expected draft, registration, collection, scoring, published or awarded");
  }
}

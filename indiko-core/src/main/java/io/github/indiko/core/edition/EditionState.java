package io.github.indiko.core.edition;

import java.util.Locale;

/** The states of an edition's lifecycle (domain.md), in order. */
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
   * @return the lower-case name used in messages
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}

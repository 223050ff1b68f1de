package io.github.indiko.core.edition;

import io.github.indiko.core.internal.Checks;

/**
 * The identifier of an edition, e.g. {@code 2017}.
 *
 * @param value an identifier of format v1
 */
public record EditionId(String value) {
  /** Checks the identifier syntax. */
  public EditionId {
    Checks.identifier(value, "edition");
  }

  @Override
  public String toString() {
    return value;
  }
}

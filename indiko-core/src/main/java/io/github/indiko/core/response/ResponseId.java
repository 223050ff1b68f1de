package io.github.indiko.core.response;

import io.github.indiko.core.internal.Checks;

/**
 * The identifier of a survey response.
 *
 * @param value an identifier of format v1
 */
public record ResponseId(String value) {
  /** Checks the identifier syntax. */
  public ResponseId {
    Checks.identifier(value, "response");
  }

  @Override
  public String toString() {
    return value;
  }
}

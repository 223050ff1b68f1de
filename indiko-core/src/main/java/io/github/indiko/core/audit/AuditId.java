package io.github.indiko.core.audit;

import io.github.indiko.core.internal.Checks;

/**
 * The identifier of an audit record.
 *
 * @param value an identifier of format v1
 */
public record AuditId(String value) {
  /** Checks the identifier syntax. */
  public AuditId {
    Checks.identifier(value, "audit");
  }

  @Override
  public String toString() {
    return value;
  }
}

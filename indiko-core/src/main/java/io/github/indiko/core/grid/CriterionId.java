package io.github.indiko.core.grid;

import io.github.indiko.core.internal.Checks;

/**
 * The identifier of an audit criterion, unique in its grid.
 *
 * @param value an identifier of format v1
 */
public record CriterionId(String value) implements Comparable<CriterionId> {
  /** Checks the identifier syntax. */
  public CriterionId {
    Checks.identifier(value, "criterion");
  }

  @Override
  public int compareTo(CriterionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package io.github.indiko.core.structure;

import io.github.indiko.core.internal.Checks;

/**
 * The identifier of a structure, e.g. {@code mairie-lyon}.
 *
 * @param value an identifier of format v1
 */
public record StructureId(String value) implements Comparable<StructureId> {
  /** Checks the identifier syntax. */
  public StructureId {
    Checks.identifier(value, "structure");
  }

  @Override
  public int compareTo(StructureId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package io.github.indiko.core.edition;

import io.github.indiko.core.internal.Checks;

/**
 * A reference to a versioned definition (questionnaire or grid) by id and version. Checked on
 * construction, like every identifier: a reference that is not one is never made.
 *
 * @param id the definition's identifier
 * @param version its version, at least 1
 */
public record DefinitionRef(String id, int version) {
  /** Checks the identifier and that the version is positive. */
  public DefinitionRef {
    Checks.identifier(id, "definition");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1: " + version);
    }
  }

  /** Formats as {@code id vN}. */
  @Override
  public String toString() {
    return id + " v" + version;
  }
}

package io.github.indiko.core;

import java.util.Objects;

/**
 * One problem of a definition document.
 *
 * @param file the file name as given to the reader (e.g. {@code questionnaire.json})
 * @param pointer the JSON pointer (RFC 6901) of the faulty value; {@code ""} for the document
 * @param message the rule that is broken, for a person
 */
public record DefinitionProblem(String file, String pointer, String message) {
  /** Checks that no component is null. */
  public DefinitionProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** Formats as {@code file at /pointer: message}. */
  @Override
  public String toString() {
    return file + " at " + (pointer.isEmpty() ? "/" : pointer) + ": " + message;
  }
}

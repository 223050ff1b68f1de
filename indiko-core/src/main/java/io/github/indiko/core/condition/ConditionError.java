package io.github.indiko.core.condition;

/**
 * One load-time error of a {@code when} condition.
 *
 * @param definition the definition, e.g. {@code questionnaire accueil v3} or {@code grid
 *     audit-accueil v1}
 * @param item the item holding the condition, e.g. {@code question online_useful}
 * @param column the 1-based column (in code points) where the error was found
 * @param message what was expected or what is wrong
 */
public record ConditionError(String definition, String item, int column, String message) {
  /**
   * Formats as conditions.md shows: {@code questionnaire accueil v3, question online_useful,
   * column 1: unknown question 'used_onlin'}.
   */
  @Override
  public String toString() {
    return definition + ", " + item + ", column " + column + ": " + message;
  }
}

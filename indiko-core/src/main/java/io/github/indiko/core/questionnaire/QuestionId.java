package io.github.indiko.core.questionnaire;

import io.github.indiko.core.internal.Checks;

/**
 * The identifier of a question, unique in its questionnaire.
 *
 * @param value an identifier of format v1
 */
public record QuestionId(String value) implements Comparable<QuestionId> {
  /** Checks the identifier syntax. */
  public QuestionId {
    Checks.identifier(value, "question");
  }

  @Override
  public int compareTo(QuestionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package io.github.indiko.core.validation;

import io.github.indiko.core.condition.ConditionException;
import io.github.indiko.core.condition.QuestionnaireConditions;
import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.Questionnaire;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One version of an edition's questionnaire compiled for the checks of the responses that name it
 * (analysis.md §A4): its questions, their conditions and which are required, and where each
 * question's answer stands among the edition's items (the pooled questions of every version). A
 * response is checked against its version's plan alone. Immutable and thread-safe.
 */
final class VersionPlan {
  final Questionnaire questionnaire;
  final DefinitionRef ref;

  /** The version's questions, in its order. */
  final List<Question> questions;

  /** Per question of the version, its item's position among the edition's items. */
  final int[] positions;

  /** The conditions, on answer objects indexed like {@link #questions}. */
  final QuestionnaireConditions conditions;

  /** The same conditions on rows of items, each answer at its item's position. */
  final QuestionnaireConditions rowConditions;

  private final Map<String, Integer> index = new HashMap<>();

  /**
   * @param positions per question of the version, its item's position
   * @throws ConditionException when a condition cannot be compiled
   */
  VersionPlan(Questionnaire questionnaire, int[] positions) {
    this.questionnaire = questionnaire;
    this.ref = questionnaire.ref();
    this.questions = questionnaire.questions();
    this.positions = positions.clone();
    for (int i = 0; i < questions.size(); i++) {
      index.put(questions.get(i).id().value(), i);
    }
    conditions = QuestionnaireConditions.compile(questionnaire);
    boolean inPlace = Arrays.equals(positions, IntStream.range(0, positions.length).toArray());
    rowConditions =
        inPlace ? conditions : QuestionnaireConditions.compile(questionnaire, positions);
  }

  /**
   * @return the index of the question in {@link #questions}, or -1 when the version does not ask
   *     it
   */
  int question(String id) {
    return index.getOrDefault(id, -1);
  }
}

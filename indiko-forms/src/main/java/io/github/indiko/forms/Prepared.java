package io.github.indiko.forms;

import io.github.indiko.core.condition.QuestionnaireConditions;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.response.Answer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A questionnaire indexed for forms, its conditions compiled once. Immutable and thread-safe. */
final class Prepared {
  final Questionnaire questionnaire;
  final List<Question> questions;
  final QuestionnaireConditions conditions;
  /** How many controls the form has: one per question, one per option of a multi_choice. */
  final int controls;

  private final Map<String, Integer> index = new HashMap<>();

  Prepared(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
    this.questions = questionnaire.questions();
    this.conditions = QuestionnaireConditions.compile(questionnaire);
    int count = 0;
    for (int i = 0; i < questions.size(); i++) {
      Question question = questions.get(i);
      index.put(question.id().value(), i);
      count +=
          question.type() instanceof QuestionType.MultiChoice multi ? multi.options().size() : 1;
    }
    this.controls = count;
  }

  /**
   * @return the index of the question in {@link #questions}, or -1
   */
  int index(String id) {
    return index.getOrDefault(id, -1);
  }

  /**
   * Walks the questions in order: a question is shown when its condition holds on the answers of
   * the earlier questions that are shown; a hidden question counts as unanswered.
   *
   * @param answers the answers as typed (see {@link AnswerReader.Read#typed()}), by question
   *     index; null when unanswered
   * @return whether each question is shown
   */
  boolean[] shown(@Nullable Answer[] answers) {
    @Nullable Answer[] effective = new Answer[questions.size()];
    boolean[] shown = new boolean[questions.size()];
    for (int i = 0; i < questions.size(); i++) {
      shown[i] = conditions.shown(i, effective);
      effective[i] = shown[i] ? answers[i] : null;
    }
    return shown;
  }
}

package io.github.indiko.benchmarks;

import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import java.util.ArrayList;
import java.util.List;

/**
 * A scored question whose answer is a number on a fixed scale (a {@code rating} or an {@code nps}),
 * and how its item score follows from the raw answer: 100 · (v − min) / (max − min) (scoring.md §1;
 * an nps is a scale 0..10).
 *
 * @param id the question's id
 * @param min the lowest answer
 * @param max the highest answer
 */
record NumericQuestion(String id, int min, int max) {
  /**
   * @param questionnaire a questionnaire
   * @return its rating and nps questions, in its order
   */
  static List<NumericQuestion> of(Questionnaire questionnaire) {
    List<NumericQuestion> numeric = new ArrayList<>();
    for (Question question : questionnaire.questions()) {
      if (question.type() instanceof QuestionType.Rating rating) {
        numeric.add(
            new NumericQuestion(question.id().value(), rating.scale().min(), rating.scale().max()));
      } else if (question.type() instanceof QuestionType.Nps) {
        numeric.add(new NumericQuestion(question.id().value(), 0, 10));
      }
    }
    return List.copyOf(numeric);
  }

  /**
   * @param meanScore a mean item score, 0 to 100
   * @return the mean raw answer it comes from
   */
  double rawMean(double meanScore) {
    return min + meanScore * (max - min) / 100;
  }
}

package io.github.indiko.core.condition;

import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.response.Answer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The compiled conditions of a questionnaire. Stand-in with the final signatures, so that data
 * validation compiles: it shows exactly the questions without {@code when}; the conditions
 * language replaces it.
 */
public final class QuestionnaireConditions {
  private final boolean[] unconditional;

  private QuestionnaireConditions(boolean[] unconditional) {
    this.unconditional = unconditional;
  }

  /**
   * @param questionnaire a questionnaire
   * @return its compiled conditions
   * @throws ConditionException when a condition cannot be loaded
   */
  public static QuestionnaireConditions compile(Questionnaire questionnaire)
      throws ConditionException {
    List<Question> questions = questionnaire.questions();
    boolean[] unconditional = new boolean[questions.size()];
    for (int i = 0; i < unconditional.length; i++) {
      unconditional[i] = questions.get(i).when() == null;
    }
    return new QuestionnaireConditions(unconditional);
  }

  /**
   * @param questionIndex the question's index in {@link Questionnaire#questions()}
   * @param answers the answers indexed like the questions, null for unanswered
   * @return whether the question is shown
   */
  public boolean shown(int questionIndex, @Nullable Answer[] answers) {
    return unconditional[questionIndex];
  }
}

package io.github.indiko.core.condition;

import java.time.LocalDate;

/**
 * The answers of one survey response by question position, as primitives: what {@link
 * QuestionnaireConditions#shown(int, AnswerRow)} reads, so that conditions are evaluated on the
 * scoring fast path without an answer object per question. Positions are those of {@link
 * io.github.indiko.core.questionnaire.Questionnaire#questions()}, or those of the edition's items
 * for conditions compiled with positions (an edition naming several versions of its questionnaire,
 * {@link QuestionnaireConditions}); options are positions in the question's options.
 *
 * <p>The accessors of one question are meant for that question's type, and only when it is
 * answered; another type's accessor gives an unspecified value or throws.
 */
public interface AnswerRow {
  /**
   * @param question a position in {@link
   *     io.github.indiko.core.questionnaire.Questionnaire#questions()}
   * @return whether the response answers it ({@code null} is no answer)
   */
  boolean answered(int question);

  /**
   * @param question an answered rating, nps or number question
   * @return the answer
   */
  double number(int question);

  /**
   * @param question an answered yes_no question
   * @return the answer: true for yes
   */
  boolean yes(int question);

  /**
   * @param question an answered single_choice question
   * @return the position of the chosen option in the question's options
   */
  int option(int question);

  /**
   * @param question an answered multi_choice question
   * @return the selected options: bit i set when the option at position i is selected (a question
   *     has at most 50 options)
   */
  long options(int question);

  /**
   * @param question an answered text question
   * @return the answer
   */
  String text(int question);

  /**
   * @param question an answered date question
   * @return the answer
   */
  LocalDate date(int question);
}

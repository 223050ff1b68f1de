package io.github.indiko.core.validation;

import java.time.LocalDate;

/**
 * An accepted survey response seen by positions rather than by ids: its structure, channel,
 * questions and options as indices into the edition's definitions, its answers as primitives. It
 * is what {@link DataValidator#scanResponses} gives for each accepted line without building a
 * {@link io.github.indiko.core.response.Response}, so that millions of responses can be aggregated
 * without an object per response or answer.
 *
 * <p>A row given to a consumer is valid only during that call: the same object is reused for later
 * lines, so keep the values, never the row. The accessors of one question are meant for
 * that question's type; another type's accessor gives an unspecified value or throws.
 */
public interface ResponseRow {
  /**
   * @return the 1-based line number of the response, blank lines included
   */
  long line();

  /**
   * @return the position of the response's structure in {@link
   *     io.github.indiko.core.EditionDefinitions#structures()}
   */
  int structure();

  /**
   * @return the position of the response's channel in {@link
   *     io.github.indiko.core.edition.Edition#knownChannels()}
   */
  int channel();

  /**
   * @param question a position in {@link io.github.indiko.core.questionnaire.Questionnaire#questions()}
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

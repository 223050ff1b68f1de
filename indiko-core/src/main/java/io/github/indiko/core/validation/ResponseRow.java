package io.github.indiko.core.validation;

import io.github.indiko.core.condition.AnswerRow;

/**
 * An accepted survey response seen by positions rather than by ids: its structure, channel,
 * questions and options as indices into the edition's definitions, its answers as primitives. It
 * is what {@link DataValidator#scanResponses} gives for each accepted line without building a
 * {@link io.github.indiko.core.response.Response}, so that millions of responses can be aggregated
 * without an object per response or answer.
 *
 * <p>A row given to a consumer is valid only during that call: the same object is reused for later
 * lines, so keep the values, never the row. Its answers are read through {@link AnswerRow}.
 */
public interface ResponseRow extends AnswerRow {
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
}

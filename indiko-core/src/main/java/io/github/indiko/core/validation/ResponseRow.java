package io.github.indiko.core.validation;

import io.github.indiko.core.condition.AnswerRow;

/**
 * An accepted survey response seen by positions rather than by ids: its structure, channel,
 * questions and options as indices into the edition's definitions, its answers as primitives.
 * Questions are the edition's items: every version's questions pooled by id, as {@link
 * io.github.indiko.core.EditionDefinitions#questionPool()} orders them (analysis.md §A4), which
 * are the questionnaire's own questions in order when the edition names one version. It
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

  /**
   * The version of the questionnaire the response answers (analysis.md §A4): it asks only that
   * version's questions.
   *
   * @return the version, at least 1; 0 by default, for a row that does not say (a tally of an
   *     edition naming several versions refuses it)
   */
  default int questionnaireVersion() {
    return 0;
  }

  /**
   * The UTF-8 bytes of a text answer, when the row holds it as bytes read from the line: an
   * aggregate that keeps few texts (a bounded sample) then hashes the bytes and makes a {@code
   * String} only of a text it keeps. The bytes are well-formed UTF-8 and stand for the answer
   * exactly (no escape left).
   *
   * @param question an answered text question
   * @return the length of its answer's bytes in {@link #textBytes()}, or -1 when the row holds
   *     the answer as a string only (then read it through {@link #text}); -1 by default
   */
  default int textLength(int question) {
    return -1;
  }

  /**
   * @param question an answered text question whose {@link #textLength} is not -1
   * @return where its bytes start in {@link #textBytes()}
   * @throws IllegalStateException by default, as the default {@link #textLength} is -1
   */
  default int textOffset(int question) {
    throw new IllegalStateException("question " + question + " has no text bytes");
  }

  /**
   * @return the array holding the bytes of the row's text answers, valid like the row only during
   *     the call that gives it; empty by default
   */
  default byte[] textBytes() {
    return new byte[0];
  }

  /**
   * The response's value of a declared segment key (analysis.md §A2).
   *
   * @param key the position of a key in the questionnaire's {@link
   *     io.github.indiko.core.questionnaire.Questionnaire#segments()}
   * @return the position of the response's value among that key's declared values, or −1 when the
   *     response gives no value for it; −1 by default, and always when the questionnaire declares
   *     no segment
   */
  default int segmentValue(int key) {
    return -1;
  }
}

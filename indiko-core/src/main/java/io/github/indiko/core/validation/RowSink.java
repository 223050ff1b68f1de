package io.github.indiko.core.validation;

import io.github.indiko.core.response.Response;

/**
 * Receives the lines of {@link DataValidator#scanResponses}, in line order, on the thread that
 * called it.
 */
public interface RowSink {
  /**
   * @param row an accepted response; valid only during this call
   */
  void accepted(ResponseRow row);

  /**
   * @param rejected a refused line, exactly as {@link DataValidator#validateResponses} gives it
   */
  void rejected(LineResult.Rejected<Response> rejected);
}

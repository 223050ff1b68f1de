package io.github.indiko.forms;

import io.github.indiko.core.response.Response;
import java.util.List;
import java.util.Objects;

/** What {@link Submissions#parse} made of a POST: an accepted response, or a rejection. */
public sealed interface Submission {
  /**
   * An accepted submission: the edition's {@link io.github.indiko.core.validation.DataValidator}
   * accepted {@code line}, and {@code response} is what it read from it.
   *
   * @param response the response
   * @param line its line of {@code responses.jsonl} in format v1, without line terminator: append
   *     it followed by {@code \n}
   */
  record Accepted(Response response, String line) implements Submission {
    /** Checks that nothing is null. */
    public Accepted {
      Objects.requireNonNull(response, "response");
      Objects.requireNonNull(line, "line");
    }
  }

  /**
   * A rejected submission: nothing is to be stored.
   *
   * @param errors why, at least one, form-level ones first, then by question in questionnaire order
   * @param state the state to render the form again with: the values given and these errors
   */
  record Rejected(List<FieldError> errors, FormState state) implements Submission {
    /** Checks that there is an error, and copies. */
    public Rejected {
      errors = List.copyOf(errors);
      Objects.requireNonNull(state, "state");
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("a rejection has at least one error");
      }
    }
  }
}

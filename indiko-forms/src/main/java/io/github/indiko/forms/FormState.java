package io.github.indiko.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a form shows besides its questions: the values the citizen gave (as submitted, valid or
 * not) and the errors to show. Immutable.
 *
 * <p>The {@link #empty()} state renders every question, conditional ones with a note saying when
 * they apply. A state with values or errors (the state of a refused submission) renders the
 * questions whose condition is false on the valid values given as {@code hidden} and disabled.
 *
 * @param values question id to the values submitted for it, in order: one value, or the checked
 *     options of a multi_choice
 * @param errors the errors to show, form-level ones first, then by question in questionnaire order
 */
public record FormState(Map<String, List<String>> values, List<FieldError> errors) {
  /** Copies the values and the errors. */
  public FormState {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((name, list) -> copy.put(Objects.requireNonNull(name), List.copyOf(list)));
    values = Collections.unmodifiableMap(copy);
    errors = List.copyOf(errors);
  }

  /**
   * @return the state of a form shown for the first time: no value, no error
   */
  public static FormState empty() {
    return new FormState(Map.of(), List.of());
  }

  /**
   * @return whether the state holds neither value nor error
   */
  public boolean isEmpty() {
    return values.isEmpty() && errors.isEmpty();
  }
}

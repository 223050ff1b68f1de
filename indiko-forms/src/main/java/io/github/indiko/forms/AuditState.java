package io.github.indiko.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the auditors' form shows besides its criteria: the values the auditor gave (as submitted,
 * valid or not) and the errors to show. Immutable.
 *
 * <p>The {@link #empty()} state renders every criterion of the channel, conditional ones with a
 * note saying when they apply. A state with values or errors (the state of a refused submission)
 * renders the criteria whose condition is false on the valid observations given as {@code hidden}
 * and disabled, as {@link FormState} does for the survey.
 *
 * @param values field name to the values submitted for it, in order
 * @param errors the errors to show, form-level ones first, then in the order of the form
 */
public record AuditState(Map<String, List<String>> values, List<AuditError> errors) {
  /** Copies the values and the errors. */
  public AuditState {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((name, list) -> copy.put(Objects.requireNonNull(name), List.copyOf(list)));
    values = Collections.unmodifiableMap(copy);
    errors = List.copyOf(errors);
  }

  /**
   * @return the state of a form shown for the first time: no value, no error
   */
  public static AuditState empty() {
    return new AuditState(Map.of(), List.of());
  }

  /**
   * @return whether the state holds neither value nor error
   */
  public boolean isEmpty() {
    return values.isEmpty() && errors.isEmpty();
  }

  /**
   * @param name a field's name
   * @return the first value submitted for it, or the empty text
   */
  String value(String name) {
    List<String> list = values.getOrDefault(name, List.of());
    return list.isEmpty() ? "" : list.get(0);
  }
}

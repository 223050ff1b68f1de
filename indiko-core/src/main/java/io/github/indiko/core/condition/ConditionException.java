package io.github.indiko.core.condition;

import io.github.indiko.core.IndikoException;
import java.util.List;
import java.util.stream.Collectors;

/** The conditions of a questionnaire or grid could not be loaded; holds every error found. */
public final class ConditionException extends IndikoException {
  private static final long serialVersionUID = 1L;

  /** The errors, in document order; never empty. */
  private final List<ConditionError> errors;

  /**
   * @param errors every error found; at least one
   */
  public ConditionException(List<ConditionError> errors) {
    super(errors.stream().map(ConditionError::toString).collect(Collectors.joining("\n")));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a condition exception needs at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  /**
   * @return every error, in document order
   */
  public List<ConditionError> errors() {
    return errors;
  }
}

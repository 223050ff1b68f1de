package io.github.indiko.core.edition;

import io.github.indiko.core.IndikoException;

/** A lifecycle transition or an enrolment was refused; the message names the current state. */
public final class LifecycleException extends IndikoException {
  private static final long serialVersionUID = 1L;

  /** The state the edition was in. */
  private final EditionState state;

  /**
   * @param state the current state
   * @param message what was refused and why
   */
  public LifecycleException(EditionState state, String message) {
    super(message);
    this.state = state;
  }

  /**
   * @return the state the edition was in when the call was refused
   */
  public EditionState state() {
    return state;
  }
}

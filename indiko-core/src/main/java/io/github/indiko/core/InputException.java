package io.github.indiko.core;

/**
 * An input could not be read: a file is missing or unreadable. The message names the file; the
 * cause, when there is one, is the underlying {@link java.io.IOException}.
 */
public final class InputException extends IndikoException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what could not be read and why, naming the file
   */
  public InputException(String message) {
    super(message);
  }

  /**
   * @param message what could not be read and why, naming the file
   * @param cause the underlying failure
   */
  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}

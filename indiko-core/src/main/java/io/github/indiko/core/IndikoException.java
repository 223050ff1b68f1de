package io.github.indiko.core;

/**
 * Root of every exception that Indiko throws for a domain failure (an invalid definition, a
 * refused lifecycle transition, an unreadable input). Argument errors are plain
 * {@link IllegalArgumentException}s; rejected data lines are values, never exceptions.
 */
public class IndikoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong, for a person
   */
  public IndikoException(String message) {
    super(message);
  }

  /**
   * @param message what went wrong, for a person
   * @param cause the underlying failure
   */
  public IndikoException(String message, Throwable cause) {
    super(message, cause);
  }
}

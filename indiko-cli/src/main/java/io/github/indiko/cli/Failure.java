package io.github.indiko.cli;

/** An expected failure of a command: its message is printed, its exit code returned. */
final class Failure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /**
   * @param exitCode one of {@link Indiko}'s exit codes
   * @param message what went wrong, for a person
   */
  Failure(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}

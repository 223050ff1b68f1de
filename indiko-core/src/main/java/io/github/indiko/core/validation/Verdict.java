package io.github.indiko.core.validation;

/**
 * What checking a parsed line gave: the typed record, or the first fault.
 *
 * @param <T> the record type
 */
sealed interface Verdict<T> {
  /**
   * The line is accepted.
   *
   * @param record the typed record
   * @param <T> the record type
   */
  record Accepted<T>(T record) implements Verdict<T> {}

  /**
   * The line is rejected.
   *
   * @param fault the first failing check
   * @param <T> the record type
   */
  record Rejected<T>(Fault fault) implements Verdict<T> {}

  /**
   * @param reason the reason
   * @param message what is wrong
   * @param <T> the record type
   * @return a rejection
   */
  static <T> Verdict<T> rejected(RejectReason reason, String message) {
    return new Rejected<>(new Fault(reason, message));
  }
}

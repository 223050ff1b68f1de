package io.github.indiko.store;

/**
 * A database operation of a store failed. The message names the store ({@link
 * IndikoStore#describe()}) and the operation, never a line or a password; the cause is the
 * driver's {@link java.sql.SQLException} (or Flyway's exception, when a migration failed).
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param store what the store is, as {@link IndikoStore#describe()} gives it
   * @param operation what was being done, e.g. {@code accept a response}
   * @param cause the driver's or Flyway's exception
   */
  public StoreException(String store, String operation, Exception cause) {
    super(store + ": cannot " + operation + ": " + cause.getMessage(), cause);
  }
}

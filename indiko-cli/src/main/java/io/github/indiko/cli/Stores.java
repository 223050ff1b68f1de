package io.github.indiko.cli;

import io.github.indiko.store.IndikoStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Opening the store that {@code --store JDBC_URL} names (cli.md, Data kept in a database). */
final class Stores {
  private Stores() {}

  /**
   * @param url the option's value
   * @param spec the running command
   * @return the store, its tables made or brought up to date
   * @throws ParameterException (exit 2) when the value is not a JDBC URL of a store
   * @throws io.github.indiko.store.StoreException (exit 4) when the database cannot be reached or
   *     migrated
   */
  static IndikoStore open(String url, CommandSpec spec) {
    try {
      return IndikoStore.open(url);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--store: " + e.getMessage());
    }
  }
}

/**
 * Indiko's store: the responses and audit records of editions kept in a database, SQLite or
 * PostgreSQL, through plain JDBC on a {@link javax.sql.DataSource} the host gives. Each line is
 * checked by indiko-core's validator, as in a file, before it is kept; the store gives the lines
 * back to a scorer as an {@link io.github.indiko.core.validation.EditionData}. Never logs a line,
 * an answer, a respondent token or a password.
 */
module io.github.indiko.store {
  // The validator, the format writers and EditionData, which this module's API names.
  requires transitive io.github.indiko.core;
  // DataSource, Connection and SQLException, in the API (IndikoStore.of, StoreException's cause).
  requires transitive java.sql;
  requires static transitive org.jspecify;
  // The migrations of the tables: flyway-core (with its SQLite support) and its PostgreSQL
  // support, automatic modules named after their jars.
  requires flyway.core;
  requires flyway.database.postgresql;
  // IndikoStore.sqlite builds its DataSource (SQLiteDataSource, SQLiteConfig) and reads SQLite's
  // result codes.
  requires org.xerial.sqlitejdbc;
  // The logging API, never a binding: how many lines an import stored, never a line.
  requires org.slf4j;

  // IndikoStore, EditionStore and what they give (Outcome, Receipt, ImportCounts, StoreException).
  exports io.github.indiko.store;

  // The migration scripts, resources that a host's own Flyway reads at
  // IndikoStore.SQLITE_MIGRATIONS or POSTGRESQL_MIGRATIONS:
  // a named module keeps its resources to itself unless their package is open.
  opens io.github.indiko.store.migration.sqlite;
  opens io.github.indiko.store.migration.postgresql;
}

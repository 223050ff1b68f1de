package io.github.indiko.store;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.condition.ConditionException;
import io.github.indiko.core.privacy.Pseudonymiser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A database holding the responses and audit records of editions: SQLite in one file ({@link
 * #sqlite}), or SQLite or PostgreSQL through a {@link DataSource} the host gives ({@link #of}).
 * Opening a store applies the migrations of its tables (Flyway, history table {@value
 * #HISTORY_TABLE}; every table's name starts with {@code indiko_}) unless the host runs them itself
 * ({@link #ofMigratedByHost}). Thread-safe: each operation takes a connection of its own from the
 * data source, so a pooled data source serves concurrent submissions.
 *
 * <pre>{@code
 * try (IndikoStore store = IndikoStore.sqlite(Path.of("barometer.db"))) {
 *   EditionStore edition = store.edition(definitions);
 *   Outcome outcome = edition.accept(line, submissionKey);
 * }
 * }</pre>
 */
public final class IndikoStore implements AutoCloseable {
  /**
   * Where the migrations of a SQLite store are, for a host that runs its own Flyway, with the
   * history table {@value #HISTORY_TABLE}. (Flyway 13's free edition does not replace a {@code
   * {vendor}} in a location, hence one constant per database.) The module opens the scripts'
   * package, so this location is found on the module path too.
   */
  public static final String SQLITE_MIGRATIONS =
      "classpath:io/github/indiko/store/migration/sqlite";

  /**
   * Where the migrations of a PostgreSQL store are, for a host that runs its own Flyway, with the
   * history table {@value #HISTORY_TABLE}, as {@link #SQLITE_MIGRATIONS}.
   */
  public static final String POSTGRESQL_MIGRATIONS =
      "classpath:io/github/indiko/store/migration/postgresql";

  /** The name of Flyway's history table of Indiko's migrations. */
  public static final String HISTORY_TABLE = "indiko_schema_history";

  private static final String SQLITE_URL = "jdbc:sqlite:";

  /** How long a SQLite connection waits for another's write before it fails: 10 s. */
  static final int SQLITE_BUSY_TIMEOUT_MILLIS = 10_000;

  private final DataSource dataSource;
  private final Vendor vendor;
  private final String description;
  private volatile boolean closed;

  /** A connection kept open and unused while the store is, or null ({@link #sqlite}). */
  private @Nullable Connection idle;

  private IndikoStore(DataSource dataSource, Vendor vendor, String description) {
    this.dataSource = dataSource;
    this.vendor = vendor;
    this.description = description;
  }

  /**
   * Opens a SQLite store in a file, created with its folders when missing, and applies the
   * migrations. Connections use write-ahead logging, wait up to 10 s for another writer, enforce
   * foreign keys and start their transactions as writers ({@code BEGIN IMMEDIATE}), so that two
   * processes may share the file. The store keeps one connection open, idle, until {@link
   * #close()}: SQLite checkpoints its write-ahead log into the file whenever the last connection
   * closes, which would make each operation, on a connection of its own, pay for a checkpoint.
   *
   * @param file the database file
   * @return the store
   * @throws UncheckedIOException when the file's folder cannot be created
   * @throws StoreException when the database cannot be opened or migrated
   */
  public static IndikoStore sqlite(Path file) {
    Path absolute = Objects.requireNonNull(file, "file").toAbsolutePath();
    try {
      Path folder = absolute.getParent();
      if (folder != null) {
        Files.createDirectories(folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of " + absolute, e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + absolute);
    IndikoStore store =
        open(dataSource, Vendor.SQLITE, Vendor.SQLITE.id + " store " + absolute, true);
    try {
      store.idle = dataSource.getConnection();
    } catch (SQLException e) {
      throw new StoreException(store.description, "connect", e);
    }
    return store;
  }

  /**
   * Opens the store a JDBC URL names, as the command line's {@code --store} does (cli.md, Data kept
   * in a database), and applies the migrations: {@code jdbc:sqlite:FILE} as {@link #sqlite(Path)}
   * opens it, with its settings; any other URL through the JDBC driver that accepts it
   * (PostgreSQL's {@code jdbc:postgresql://HOST[:PORT]/DATABASE}, its driver on the class or module
   * path), each connection a new one from {@link DriverManager}, with no pool: meant for commands,
   * a server gives {@link #of(DataSource)} its pooled data source.
   *
   * @param jdbcUrl the URL
   * @return the store
   * @throws IllegalArgumentException when the URL is not a JDBC URL, or names no SQLite file
   * @throws StoreException when the database cannot be reached or migrated
   */
  public static IndikoStore open(String jdbcUrl) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (!jdbcUrl.startsWith("jdbc:")) {
      throw new IllegalArgumentException(
          "not a JDBC URL: " + where(jdbcUrl) + " (jdbc:sqlite:FILE or jdbc:postgresql://…)");
    }
    if (jdbcUrl.startsWith(SQLITE_URL)) {
      String file = jdbcUrl.substring(SQLITE_URL.length());
      if (file.isEmpty() || file.startsWith(":") || indexOfAny(file, "?;") >= 0) {
        throw new IllegalArgumentException(
            "a SQLite store is a file: jdbc:sqlite:FILE, with no parameters, not " + jdbcUrl);
      }
      return sqlite(Path.of(file));
    }
    return of(new UrlDataSource(jdbcUrl), true, "the database " + where(jdbcUrl));
  }

  /**
   * Opens a store on a SQLite or PostgreSQL data source and applies the migrations (a schema that
   * holds other tables is fine: the history starts empty).
   *
   * @param dataSource the host's data source; the store never closes it
   * @return the store
   * @throws StoreException when the database cannot be reached or migrated
   * @throws IllegalArgumentException when the database is neither SQLite nor PostgreSQL
   */
  public static IndikoStore of(DataSource dataSource) {
    return of(dataSource, true, "a database");
  }

  /**
   * Opens a store on a data source whose tables the host migrates with its own Flyway, from
   * {@link #SQLITE_MIGRATIONS} or {@link #POSTGRESQL_MIGRATIONS} with the history table {@link
   * #HISTORY_TABLE}; applies nothing.
   *
   * @param dataSource the host's data source; the store never closes it
   * @return the store
   * @throws StoreException when the database cannot be reached
   * @throws IllegalArgumentException when the database is neither SQLite nor PostgreSQL
   */
  public static IndikoStore ofMigratedByHost(DataSource dataSource) {
    return of(dataSource, false, "a database");
  }

  /**
   * @param unreached what the data source is, in the message of a failure to connect
   */
  private static IndikoStore of(DataSource dataSource, boolean migrate, String unreached) {
    Objects.requireNonNull(dataSource, "dataSource");
    Vendor vendor;
    String description;
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      vendor = Vendor.of(metaData.getDatabaseProductName());
      description = vendor.id + " store " + where(metaData.getURL());
    } catch (SQLException e) {
      throw new StoreException(unreached, "connect", e);
    }
    return open(dataSource, vendor, description, migrate);
  }

  private static IndikoStore open(
      DataSource dataSource, Vendor vendor, String description, boolean migrate) {
    IndikoStore store = new IndikoStore(dataSource, vendor, description);
    if (migrate) {
      store.migrate();
    }
    return store;
  }

  /**
   * The place a JDBC URL names, without what could be a secret: no user or password before an
   * {@code @}, no parameters after a {@code ?} or {@code ;}.
   */
  static String where(@Nullable String url) {
    if (url == null) {
      return "(no URL)";
    }
    String rest = url.startsWith("jdbc:") ? url.substring(url.indexOf(':', 5) + 1) : url;
    int parameters = indexOfAny(rest, "?;");
    if (parameters >= 0) {
      rest = rest.substring(0, parameters);
    }
    int at = rest.lastIndexOf('@');
    if (at >= 0) {
      rest = (rest.startsWith("//") ? "//" : "") + rest.substring(at + 1);
    }
    return rest;
  }

  private static int indexOfAny(String text, String characters) {
    for (int i = 0; i < text.length(); i++) {
      if (characters.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private void migrate() {
    try {
      Flyway.configure(IndikoStore.class.getClassLoader())
          .dataSource(dataSource)
          .table(HISTORY_TABLE)
          .locations(vendor == Vendor.SQLITE ? SQLITE_MIGRATIONS : POSTGRESQL_MIGRATIONS)
          .resourceProvider(new Migrations(vendor))
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .placeholderReplacement(false)
          .skipDefaultCallbacks(true)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException(description, "migrate the tables", e);
    }
  }

  /**
   * The store of one edition's data, as the file validator checks it.
   *
   * @param definitions the edition's definitions
   * @return its store
   * @throws ConditionException when a {@code when} of the questionnaire or grid cannot be compiled
   */
  public EditionStore edition(EditionDefinitions definitions) {
    return new EditionStore(this, definitions, null);
  }

  /**
   * The store of one edition's data, whose respondent tokens are replaced by their pseudonyms
   * before a line is checked and kept, as {@link Pseudonymiser#responses} does for a file.
   *
   * @param definitions the edition's definitions
   * @param pseudonymiser the host's pseudonymiser
   * @return its store
   * @throws ConditionException when a {@code when} of the questionnaire or grid cannot be compiled
   */
  public EditionStore edition(EditionDefinitions definitions, Pseudonymiser pseudonymiser) {
    return new EditionStore(
        this, definitions, Objects.requireNonNull(pseudonymiser, "pseudonymiser"));
  }

  /**
   * @return the kind of database and its file or host, e.g. {@code sqlite store /data/b.db} or
   *     {@code postgresql store //db.example:5432/indiko}; never a user or password
   */
  public String describe() {
    return description;
  }

  /**
   * Marks the store closed: later operations fail. The host's data source is left open; the
   * connection that a store of {@link #sqlite} keeps is closed.
   *
   * @throws StoreException when that connection cannot be closed
   */
  @Override
  public synchronized void close() {
    closed = true;
    Connection kept = idle;
    idle = null;
    if (kept != null) {
      try {
        kept.close();
      } catch (SQLException e) {
        throw new StoreException(description, "close", e);
      }
    }
  }

  @Override
  public String toString() {
    return describe();
  }

  Vendor vendor() {
    return vendor;
  }

  /**
   * @return a new connection of the data source, in autocommit mode
   * @throws IllegalStateException when the store is closed
   */
  Connection connection() throws SQLException {
    if (closed) {
      throw new IllegalStateException(description + " is closed");
    }
    return dataSource.getConnection();
  }

  /**
   * Rolls back the transaction that a failure interrupted. When the rollback fails too (the
   * connection was dropped, say), its exception is kept as suppressed by the failure, which the
   * caller throws: the store's exception then names the first cause, not the rollback's.
   *
   * @param connection the connection, autocommit off
   * @param failure what interrupted the transaction
   */
  static void rollback(Connection connection, Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * @return the instant a line is stored, to the millisecond that every database keeps
   */
  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }
}

package io.github.indiko.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.indiko.store.IndikoStore;
import io.github.indiko.testsupport.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The databases a store is measured on, each one made empty for one measurement: a SQLite file in a
 * temporary folder (opened by {@link IndikoStore#sqlite}, or pooled: {@link Engine}), or a
 * database of a private PostgreSQL server ({@link PostgresServer}, started on the first use and
 * stopped by {@link #close()}), reached through a HikariCP pool, as a host would. Not
 * thread-safe.
 */
final class StoreDatabases implements AutoCloseable {
  /** A kind of database. */
  enum Engine {
    /** A SQLite file, through {@link IndikoStore#sqlite}: a new connection for each operation. */
    SQLITE,
    /**
     * A SQLite file with the settings of {@link IndikoStore#sqlite}, through a HikariCP pool and
     * {@link IndikoStore#of}: the connections stay open between operations.
     */
    SQLITE_POOLED,
    /** A database of the private PostgreSQL server. */
    POSTGRESQL;

    /**
     * @return {@code sqlite}, {@code sqlite-pooled} or {@code postgresql}
     */
    String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param names a comma-separated list of {@link #id()}s
     * @return those engines, in that order
     * @throws IllegalArgumentException for another name
     */
    static List<Engine> list(String names) {
      List<Engine> engines = new ArrayList<>();
      for (String name : names.split(",")) {
        engines.add(valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
      }
      return List.copyOf(engines);
    }
  }

  /**
   * An empty store, opened; closing it closes the store and deletes its database.
   */
  interface Fresh extends AutoCloseable {
    /**
     * @return the store
     */
    IndikoStore store();

    @Override
    void close();
  }

  /**
   * Flyway's logger, held so that its level stays set: without an SLF4J binding Flyway logs through
   * java.util.logging, and its INFO lines on every migration would bury the measurements.
   */
  private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY.setLevel(Level.WARNING);
  }

  private final Path folder;
  private @Nullable PostgresServer server;
  private int made;

  /**
   * @param folder where the SQLite files are made (an existing folder)
   */
  StoreDatabases(Path folder) {
    this.folder = folder;
  }

  /**
   * Makes an empty database and opens a store on it.
   *
   * @param engine the kind of database
   * @param connections the most connections used at once (the PostgreSQL pool's size)
   * @return the store, to be closed
   * @throws IOException when the PostgreSQL server cannot start
   * @throws SQLException when the PostgreSQL database cannot be made
   */
  Fresh fresh(Engine engine, int connections) throws IOException, SQLException {
    made++;
    return switch (engine) {
      case SQLITE -> sqlite(null);
      case SQLITE_POOLED -> sqlite(connections);
      case POSTGRESQL -> postgresql(connections);
    };
  }

  /**
   * @return the PostgreSQL server's version, or null when none was started
   */
  @Nullable String postgresVersion() throws SQLException {
    if (server == null) {
      return null;
    }
    try (Connection connection = server.dataSource().getConnection()) {
      return connection.getMetaData().getDatabaseProductVersion();
    }
  }

  private Fresh sqlite(@Nullable Integer pooled) {
    Path file = folder.resolve("store-" + made + ".db");
    HikariDataSource pool = null;
    IndikoStore store;
    if (pooled == null) {
      store = IndikoStore.sqlite(file);
    } else {
      SQLiteConfig settings = new SQLiteConfig();
      settings.setJournalMode(SQLiteConfig.JournalMode.WAL);
      settings.setBusyTimeout(10_000);
      settings.enforceForeignKeys(true);
      settings.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      SQLiteDataSource source = new SQLiteDataSource(settings);
      source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
      pool = pool(source, pooled, "sqlite_" + made);
      store = IndikoStore.of(pool);
    }
    HikariDataSource opened = pool;
    return new Fresh() {
      @Override
      public IndikoStore store() {
        return store;
      }

      @Override
      public void close() {
        store.close();
        if (opened != null) {
          opened.close();
        }
        try {
          for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  private Fresh postgresql(int connections) throws IOException, SQLException {
    if (server == null) {
      server = PostgresServer.start();
    }
    PostgresServer running = server;
    String name = "indiko_bench_" + made;
    HikariDataSource pool = pool(running.createDatabase(name), connections, name);
    IndikoStore store = IndikoStore.of(pool);
    return new Fresh() {
      @Override
      public IndikoStore store() {
        return store;
      }

      @Override
      public void close() {
        store.close();
        pool.close();
        try (Connection admin = running.dataSource().getConnection();
            Statement drop = admin.createStatement()) {
          drop.execute("drop database " + name);
        } catch (SQLException e) {
          throw new IllegalStateException("cannot drop the database " + name, e);
        }
      }
    };
  }

  private static HikariDataSource pool(DataSource source, int connections, String name) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(source);
    // Flyway holds two connections while it migrates.
    config.setMaximumPoolSize(Math.max(connections, 2));
    config.setPoolName(name);
    return new HikariDataSource(config);
  }

  /** Stops the PostgreSQL server, when one was started, and deletes its folder. */
  @Override
  public void close() {
    if (server != null) {
      server.close();
      server = null;
    }
  }
}

package io.github.indiko.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.indiko.testsupport.PostgresServer;
import io.github.indiko.testsupport.RequiresPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store contract on a real PostgreSQL: the shared server of the tests, a new database for each
 * test, dropped after it, reached through a connection pool as a host would reach it.
 */
@RequiresPostgres
class PostgresStoreTest extends StoreContract {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** The pool's size: a connection for each thread of the concurrent submissions. */
  private static final int POOL = ConcurrentSubmissions.THREADS;

  private PGSimpleDataSource database;
  private HikariDataSource pool;
  private String name;

  private static PostgresServer server() {
    try {
      return PostgresServer.shared();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected IndikoStore open() {
    return IndikoStore.of(dataSource());
  }

  @Override
  protected DataSource dataSource() {
    if (pool == null) {
      name = "store_" + DATABASES.incrementAndGet();
      try {
        database = server().createDatabase(name);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot create the database " + name, e);
      }
      HikariConfig config = new HikariConfig();
      config.setDataSource(database);
      config.setMaximumPoolSize(POOL);
      config.setPoolName(name);
      pool = new HikariDataSource(config);
    }
    return pool;
  }

  @Override
  protected void cleanup() {
    if (pool == null) {
      return;
    }
    pool.close();
    try (Connection admin = server().dataSource().getConnection();
        Statement drop = admin.createStatement()) {
      drop.execute("DROP DATABASE " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop the database " + name, e);
    }
  }

  @Test
  void describe_namesHostPortAndDatabase_neverTheUser() {
    assertThat(store.describe())
        .isEqualTo(
            "postgresql store //127.0.0.1:" + server().port() + "/" + name)
        .doesNotContain(PostgresServer.USER);
  }
}

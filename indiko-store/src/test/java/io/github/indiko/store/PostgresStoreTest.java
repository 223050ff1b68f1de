package io.github.indiko.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.indiko.testsupport.PostgresServer;
import io.github.indiko.testsupport.RequiresPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store contract on a real PostgreSQL: the shared server of the tests, a new database for each
 * test, dropped after it, reached through a connection pool as a host would reach it.
 */
@RequiresPostgres
class PostgresStoreTest extends StoreContract {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** PostgreSQL's SQLSTATE of a server process ended by pg_terminate_backend. */
  private static final String ADMIN_SHUTDOWN = "57P01";

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

  /**
   * A connection dropped in the middle of a submission's transaction, after the receipt claimed
   * the key and before the line is inserted, after the line is inserted and before the receipt
   * gets its seq, or right before the commit: the call fails, nothing of it is kept, and the
   * submission sent again is stored once; every line acknowledged before is still there.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "INSERT INTO indiko_responses",
        "UPDATE indiko_receipts",
        KillingDataSource.COMMIT
      })
  void accept_connectionKilledInTheTransaction_nothingHalfKeptAndTheRetryStoresOnce(String before)
      throws Exception {
    KillingDataSource killing = new KillingDataSource(database, server());
    EditionStore edition = IndikoStore.ofMigratedByHost(killing).edition(definitions);
    List<String> lines = acceptedResponses().stream().map(responseLines::get).limit(6).toList();
    List<Outcome> acknowledged = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      acknowledged.add(edition.accept(lines.get(i), "k" + i));
    }
    assertThat(acknowledged).allMatch(Outcome.Stored.class::isInstance);

    killing.killBefore(before);
    assertThatThrownBy(() -> edition.accept(lines.get(5), "k5"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith(store.describe() + ": cannot store a line of responses.jsonl")
        .cause()
        .isInstanceOf(SQLException.class)
        .extracting(cause -> ((SQLException) cause).getSQLState())
        .as("the dropped connection, not the rollback that failed after it")
        .isEqualTo(ADMIN_SHUTDOWN);
    assertThat(killing.kills()).isEqualTo(1);
    assertThat(rows("SELECT COUNT(*) FROM indiko_receipts WHERE submission_key = 'k5'")).isZero();
    assertThat(rows("SELECT COUNT(*) FROM indiko_responses")).isEqualTo(5);
    assertThat(orphanReceipts()).isZero();

    Outcome retried = edition.accept(lines.get(5), "k5");
    assertThat(retried).isInstanceOf(Outcome.Stored.class);
    assertThat(edition.accept(lines.get(5), "k5")).isEqualTo(replayOf(retried));
    for (int i = 0; i < 5; i++) {
      assertThat(edition.accept(lines.get(i), "k" + i)).isEqualTo(replayOf(acknowledged.get(i)));
    }
    assertThat(read(edition.data().responses())).isEqualTo(String.join("\n", lines) + "\n");
    assertThat(orphanReceipts()).isZero();
  }

  /**
   * The stored lines come through a cursor that fetches a bounded number of rows at a time: when
   * the connection is dropped after the first thousand of 10^5 lines were read, reading fails
   * within a fetch or two, where lines read all at once would still all be there.
   */
  @Test
  void data_connectionKilledAfterAThousandOf100000Lines_readingFailsWithinTwoFetches()
      throws Exception {
    String id = definitions.edition().id().value();
    try (Connection connection = dataSource().getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO indiko_responses"
                    + " (edition, id, structure, channel, submitted_at, line, stored_at)"
                    + " SELECT ?, 'r-' || g, 's', 'web', now(), '{\"id\":\"r-' || g || '\"}',"
                    + " now() FROM generate_series(1, 100000) AS g")) {
      insert.setString(1, id);
      assertThat(insert.executeUpdate()).isEqualTo(100_000);
    }
    KillingDataSource killing = new KillingDataSource(database, server());
    EditionStore edition = IndikoStore.ofMigratedByHost(killing).edition(definitions);
    long lines = 0;
    try (InputStream in = edition.data().responses()) {
      while (lines < 1_000) {
        if (in.read() == '\n') {
          lines++;
        }
      }
      killing.killLast();
      long read = lines;
      assertThatThrownBy(
              () -> {
                for (long n = read; ; ) {
                  int b = in.read();
                  if (b < 0) {
                    throw new AssertionError(n + " lines, all read after the kill");
                  }
                  n += b == '\n' ? 1 : 0;
                }
              })
          .isInstanceOf(IOException.class)
          .hasMessageContaining("cannot read the stored lines");
    }
    assertThat(killing.kills()).isEqualTo(1);
  }

  private static Outcome replayOf(Outcome stored) {
    return new Outcome.Replayed(((Outcome.Stored) stored).receipt());
  }

  /** Receipts without a seq, or whose seq names no stored line. */
  private long orphanReceipts() throws SQLException {
    return rows(
        "SELECT COUNT(*) FROM indiko_receipts r WHERE r.seq IS NULL"
            + " OR NOT EXISTS (SELECT 1 FROM indiko_responses s WHERE s.seq = r.seq)");
  }

  private long rows(String count) throws SQLException {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(count)) {
      row.next();
      return row.getLong(1);
    }
  }
}

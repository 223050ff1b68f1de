package io.github.indiko.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.validation.DataValidator;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteDataSource;

/** The store contract on SQLite, in a file of the test's folder. */
class SqliteStoreTest extends StoreContract {
  private Path file() {
    return temp.resolve("store").resolve("indiko.db");
  }

  @Override
  protected IndikoStore open() {
    return IndikoStore.sqlite(file());
  }

  @Override
  protected DataSource dataSource() {
    SQLiteDataSource dataSource = new SQLiteDataSource();
    dataSource.setUrl("jdbc:sqlite:" + file());
    return dataSource;
  }

  @Test
  void sqlite_describe_namesTheFile() {
    assertThat(store.describe()).isEqualTo("sqlite store " + file().toAbsolutePath());
    assertThat(IndikoStore.of(dataSource()).describe()).isEqualTo(store.describe());
  }

  @Test
  void ofMigratedByHost_hostFlywayFromTheLocation_storeWorksWithoutMigrating() {
    SQLiteDataSource dataSource = new SQLiteDataSource();
    dataSource.setUrl("jdbc:sqlite:" + temp.resolve("host.db"));
    Flyway.configure()
        .dataSource(dataSource)
        .locations(IndikoStore.SQLITE_MIGRATIONS)
        .table(IndikoStore.HISTORY_TABLE)
        .load()
        .migrate();
    try (IndikoStore host = IndikoStore.ofMigratedByHost(dataSource)) {
      String line = responseLines.get(acceptedResponses().get(0));
      assertThat(host.edition(definitions).accept(line, "k")).isInstanceOf(Outcome.Stored.class);
      assertThat(host.edition(definitions).count(DataValidator.RESPONSES)).isEqualTo(1);
    }
  }

  @Test
  void sqlite_betweenOperations_keepsTheWriteAheadLogUntilClosed() {
    Path log = file().resolveSibling(file().getFileName() + "-wal");
    String line = responseLines.get(acceptedResponses().get(0));

    assertThat(store.edition(definitions).accept(line, "k")).isInstanceOf(Outcome.Stored.class);

    // Closing the last connection would checkpoint the log and remove it: one stays open.
    assertThat(log).exists();
    store.close();
    assertThat(log).doesNotExist();
  }

  @Test
  void where_urlWithSecrets_keepsOnlyThePlace() {
    assertThat(IndikoStore.where("jdbc:postgresql://user:secret@db:5432/indiko?password=x"))
        .isEqualTo("//db:5432/indiko");
    assertThat(IndikoStore.where("jdbc:sqlite:/data/b.db")).isEqualTo("/data/b.db");
  }
}

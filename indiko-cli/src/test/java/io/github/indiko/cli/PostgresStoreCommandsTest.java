package io.github.indiko.cli;

import io.github.indiko.testsupport.PostgresServer;
import io.github.indiko.testsupport.RequiresPostgres;
import java.util.concurrent.atomic.AtomicInteger;

/** The store commands on a real PostgreSQL server, a fresh database per test. */
@RequiresPostgres
class PostgresStoreCommandsTest extends StoreCommandsContract {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Override
  String freshStore(String name) throws Exception {
    PostgresServer server = PostgresServer.shared();
    String database = "cli_" + name + "_" + DATABASES.incrementAndGet();
    server.createDatabase(database);
    return "jdbc:postgresql://127.0.0.1:"
        + server.port()
        + "/"
        + database
        + "?user="
        + PostgresServer.USER;
  }
}

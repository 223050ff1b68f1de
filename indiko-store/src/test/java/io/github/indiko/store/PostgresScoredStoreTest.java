package io.github.indiko.store;

import io.github.indiko.testsupport.PostgresServer;
import io.github.indiko.testsupport.RequiresPostgres;
import java.util.concurrent.atomic.AtomicInteger;

/** A store scores as the folder of its lines, on a real PostgreSQL server. */
@RequiresPostgres
class PostgresScoredStoreTest extends ScoredStoreContract {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Override
  protected IndikoStore open(String name) throws Exception {
    return IndikoStore.of(
        PostgresServer.shared()
            .createDatabase("scored_" + name + "_" + DATABASES.incrementAndGet()));
  }
}

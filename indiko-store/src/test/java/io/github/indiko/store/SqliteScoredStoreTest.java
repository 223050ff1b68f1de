package io.github.indiko.store;

/** A store scores as the folder of its lines, on SQLite. */
class SqliteScoredStoreTest extends ScoredStoreContract {
  @Override
  protected IndikoStore open(String name) {
    return IndikoStore.sqlite(temp.resolve(name + ".db"));
  }
}

package io.github.indiko.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The store's audit trail of its privacy duties, the table {@code indiko_log}: one row per run,
 * with the action, the edition, when and how many rows it changed, never a token, a pseudonym or
 * a text.
 */
final class ActionLog {
  /** The action of {@link EditionStore#erase}. */
  static final String ERASE = "erase";

  /** The action of {@link EditionStore#purgeTexts}. */
  static final String PURGE_TEXTS = "purge_texts";

  private static final String INSERT =
      "INSERT INTO indiko_log (at, action, edition, \"rows\") VALUES (?, ?, ?, ?)";

  private ActionLog() {}

  /** Adds a row inside the caller's transaction, so that it commits with what it records. */
  static void record(
      Connection connection, IndikoStore store, String action, String edition, long rows)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      store.vendor().setInstant(insert, 1, IndikoStore.now());
      insert.setString(2, action);
      insert.setString(3, edition);
      insert.setLong(4, rows);
      insert.executeUpdate();
    }
  }
}

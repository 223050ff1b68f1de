package io.github.indiko.store;

import io.github.indiko.core.privacy.Pseudonymiser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The erasure of a respondent from an edition (RGPD art. 17): the respondent's responses are
 * deleted, and the verdicts of refused lines that name the respondent ({@code
 * duplicate_respondent}) keep their row, reason and line number, so that the counts of a scoring
 * stay whole, with a message that names no respondent. Receipts keep a line's id and key, never its
 * respondent, so they stay: an import of the same file again finds the erased lines' keys and does
 * not store them back. One transaction, recorded in {@code indiko_log} without the token.
 * Thread-safe.
 */
final class Erasure {
  private static final String DELETE =
      "DELETE FROM indiko_responses WHERE edition = ? AND respondent = ?";
  private static final String NAMED =
      "SELECT import_key, structure FROM indiko_refused WHERE edition = ? AND respondent = ?";
  private static final String UNNAME =
      "UPDATE indiko_refused SET message = ?, respondent = NULL"
          + " WHERE edition = ? AND import_key = ?";

  private final IndikoStore store;
  private final String edition;
  private final @Nullable Pseudonymiser pseudonymiser;

  Erasure(IndikoStore store, String edition, @Nullable Pseudonymiser pseudonymiser) {
    this.store = store;
    this.edition = edition;
    this.pseudonymiser = pseudonymiser;
  }

  /**
   * The message of a {@code duplicate_respondent} reject that names no respondent.
   *
   * @param structure the structure the respondent answered for
   * @return e.g. {@code the respondent already answered for mairie-lyon}
   */
  static String duplicateRespondent(@Nullable String structure) {
    return "the respondent already answered for "
        + (structure == null ? "the structure" : structure);
  }

  /** Erases a respondent; returns the rows deleted or rewritten. */
  long erase(String respondentToken) {
    Objects.requireNonNull(respondentToken, "respondentToken");
    String respondent =
        pseudonymiser == null ? respondentToken : pseudonymiser.pseudonym(respondentToken);
    try (Connection connection = store.connection()) {
      connection.setAutoCommit(false);
      try {
        if (store.vendor() == Vendor.SQLITE) {
          // Deleted rows are overwritten with zeros, not left in the file's free pages.
          try (Statement pragma = connection.createStatement()) {
            pragma.execute("PRAGMA secure_delete = ON");
          }
        }
        long rows = delete(connection, respondent) + unname(connection, respondent);
        ActionLog.record(connection, store, ActionLog.ERASE, edition, rows);
        connection.commit();
        return rows;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(store.describe(), "erase a respondent of edition " + edition, e);
    }
  }

  private long delete(Connection connection, String respondent) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
      delete.setString(1, edition);
      delete.setString(2, respondent);
      return delete.executeUpdate();
    }
  }

  private long unname(Connection connection, String respondent) throws SQLException {
    List<String[]> named = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(NAMED)) {
      select.setString(1, edition);
      select.setString(2, respondent);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          named.add(new String[] {row.getString(1), row.getString(2)});
        }
      }
    }
    try (PreparedStatement update = connection.prepareStatement(UNNAME)) {
      for (String[] row : named) {
        update.setString(1, duplicateRespondent(row[1]));
        update.setString(2, edition);
        update.setString(3, row[0]);
        update.addBatch();
      }
      if (!named.isEmpty()) {
        update.executeBatch();
      }
    }
    return named.size();
  }
}

package io.github.indiko.store;

import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.validation.LineResult;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Calibration doubles (analysis.md §A5) against the audit records a store keeps. A double is
 * accepted only after its original, which is of the same structure: the validator reads the kept
 * lines of the double's structure in the order they were stored (with the kept line of its id, if
 * that is of another structure), then the double, as the lines of a file, so that {@code
 * duplicate_id}, {@code unknown_original} and {@code same_auditor} are decided by the one engine
 * that checks files. Thread-safe: the state is in the database.
 */
final class Doubles {
  private static final String LOCK =
      "SELECT seq FROM indiko_audits WHERE edition = ? AND structure = ? ORDER BY seq";
  private static final String BEFORE =
      "SELECT line FROM indiko_audits WHERE edition = ? AND (structure = ? OR id = ?)"
          + " ORDER BY seq";
  private static final String STRUCTURE =
      "SELECT structure FROM indiko_audits WHERE edition = ? AND id = ?";

  private final IndikoStore store;
  private final String edition;
  private final Verifier verifier;

  Doubles(IndikoStore store, String edition, Verifier verifier) {
    this.store = store;
    this.edition = edition;
    this.verifier = verifier;
  }

  /**
   * Checks a double inside the transaction that stores it: first locks the kept records of its
   * structure (PostgreSQL; a SQLite transaction that wrote holds the database), so that a
   * concurrent double of the same original waits for this transaction and then reads what it
   * stored.
   *
   * @param line a kept line that the validator refused alone as {@code unknown_original}
   * @param id its id
   * @param structure its structure
   * @return its result after the kept lines, line number 1
   */
  LineResult<?> check(Connection connection, byte[] line, String id, String structure)
      throws SQLException {
    if (!store.vendor().forUpdate().isEmpty()) {
      try (PreparedStatement lock =
          connection.prepareStatement(LOCK + store.vendor().forUpdate())) {
        lock.setString(1, edition);
        lock.setString(2, structure);
        try (ResultSet rows = lock.executeQuery()) {
          // Read to the end: every row the query returns is then locked.
          while (rows.next()) {
            rows.getLong(1);
          }
        }
      }
    }
    List<byte[]> before = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(BEFORE)) {
      select.setString(1, edition);
      select.setString(2, structure);
      select.setString(3, id);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          before.add(rows.getString(1).getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    LineResult<?> result = verifier.after(Kind.AUDITS, before, line);
    if (result == null) {
      throw new SQLException("a line refused alone was read as blank");
    }
    return result;
  }

  /**
   * @param original an audit record's id
   * @return the kept record with that id, then the kept doubles of it in the order they were
   *     stored; empty when none has that id
   * @throws StoreException when the database fails
   */
  List<AuditRecord> withDoubles(AuditId original) {
    String id = original.value();
    try (Connection connection = store.connection()) {
      String structure = structure(connection, id);
      if (structure == null) {
        return List.of();
      }
      List<byte[]> lines = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(BEFORE)) {
        select.setString(1, edition);
        select.setString(2, structure);
        select.setString(3, id);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            lines.add(rows.getString(1).getBytes(StandardCharsets.UTF_8));
          }
        }
      }
      List<AuditRecord> kept = new ArrayList<>();
      verifier.read(
          Kind.AUDITS,
          lines,
          result -> {
            if (result instanceof LineResult.Accepted<?> accepted
                && accepted.record() instanceof AuditRecord record
                && (record.id().equals(original) || original.equals(record.of()))) {
              kept.add(record);
            }
          });
      return List.copyOf(kept);
    } catch (SQLException e) {
      throw new StoreException(store.describe(), "read the audit record " + id, e);
    }
  }

  private @Nullable String structure(Connection connection, String id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(STRUCTURE)) {
      select.setString(1, edition);
      select.setString(2, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }
}

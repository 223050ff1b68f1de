package io.github.indiko.store;

import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.RejectReason;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The writes of one edition's lines: the receipt claims the submission key, then the line is
 * inserted; a unique violation on the line's id or respondent refuses it as the file validator
 * would (formats.md, Rejects), with nothing kept. Thread-safe: the state is in the database.
 */
final class Writer {
  /** How often a line whose conflicting line vanished meanwhile (erased) is tried again. */
  private static final int ATTEMPTS = 3;

  private static final String CLAIM =
      "INSERT INTO indiko_receipts (edition, submission_key, kind, record_id, stored_at)"
          + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
  private static final String SET_SEQ =
      "UPDATE indiko_receipts SET seq = ? WHERE edition = ? AND submission_key = ?";
  private static final String RECEIPT =
      "SELECT kind, record_id, seq, stored_at FROM indiko_receipts"
          + " WHERE edition = ? AND submission_key = ?";
  private static final String INSERT_RESPONSE =
      "INSERT INTO indiko_responses (edition, id, structure, channel, submitted_at, respondent,"
          + " respondent_key, line, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq";
  private static final String INSERT_AUDIT =
      "INSERT INTO indiko_audits (edition, id, structure, channel, submitted_at, line, stored_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING seq";
  /** Appended to an insert of an import: a duplicate gives no row instead of an error. */
  private static final String IF_NEW = " ON CONFLICT DO NOTHING";

  private static final String UNCLAIM =
      "DELETE FROM indiko_receipts WHERE edition = ? AND submission_key = ?";
  private static final String SAME_RESPONDENT =
      "SELECT line FROM indiko_responses"
          + " WHERE edition = ? AND structure = ? AND respondent_key = ?";

  private final IndikoStore store;
  private final String edition;
  private final Verifier verifier;

  Writer(IndikoStore store, String edition, Verifier verifier) {
    this.store = store;
    this.edition = edition;
    this.verifier = verifier;
  }

  /**
   * Checks a line inside the transaction that stores it, once its submission key is claimed.
   */
  @FunctionalInterface
  interface Check {
    /**
     * @return the line to store, or the reject that refuses it (nothing is then kept)
     */
    Checked run(Connection connection) throws SQLException;
  }

  /**
   * What a {@link Check} found: exactly one of the two is given.
   *
   * @param line the line to store, or null
   * @param reject the reject that refuses it, or null
   */
  record Checked(@Nullable StoredLine line, @Nullable Reject reject) {}

  /**
   * Stores one accepted line in a transaction of its own.
   *
   * @return stored, replayed (the key's first receipt) or refused as a duplicate
   */
  Outcome accept(StoredLine line, String key) {
    return accept(line.kind(), line.id(), connection -> new Checked(line, null), key);
  }

  /**
   * Stores one line in a transaction of its own, if the check run in it, after the key is claimed,
   * accepts it.
   *
   * @param kind the line's source
   * @param id the line's id, for the receipt
   * @return stored, replayed (the key's first receipt), or refused by the check or as a duplicate
   */
  Outcome accept(Kind kind, String id, Check check, String key) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      try (Connection connection = store.connection()) {
        connection.setAutoCommit(false);
        try {
          Instant now = IndikoStore.now();
          if (!claim(connection, kind, id, key, now)) {
            Receipt first = receipt(connection, key);
            connection.rollback();
            return new Outcome.Replayed(first);
          }
          Checked checked = check.run(connection);
          StoredLine line = checked.line();
          if (line == null) {
            connection.rollback();
            return new Outcome.Refused(Objects.requireNonNull(checked.reject(), "reject"));
          }
          long seq;
          try {
            seq = Objects.requireNonNull(insert(connection, line, now, ""));
          } catch (SQLException e) {
            if (!store.vendor().uniqueViolation(e)) {
              throw e;
            }
            connection.rollback();
            Reject reject = conflict(connection, line, 1);
            connection.rollback();
            if (reject != null) {
              return new Outcome.Refused(reject);
            }
            continue;
          }
          setSeq(connection, key, seq);
          connection.commit();
          return new Outcome.Stored(new Receipt(key, kind.source, id, seq, now));
        } catch (SQLException | RuntimeException e) {
          IndikoStore.rollback(connection, e);
          throw e;
        }
      } catch (SQLException e) {
        throw new StoreException(store.describe(), "store a line of " + kind.source, e);
      }
    }
    throw new StoreException(
        store.describe(),
        "store a line of " + kind.source,
        new SQLException("the line it conflicted with was removed " + ATTEMPTS + " times"));
  }

  /**
   * What {@link #put} did with a line.
   *
   * @param stored whether it was stored now
   * @param refused the reject of a duplicate, or null
   */
  record Put(boolean stored, @Nullable Reject refused) {
    /** Stored now. */
    static final Put STORED = new Put(true, null);

    /** Its key was used before: stored by an earlier import. */
    static final Put ALREADY_THERE = new Put(false, null);
  }

  /**
   * Stores one accepted line of an import inside the caller's transaction, in three statements and
   * without a savepoint: the receipt claims the key, the line is inserted unless it is a duplicate
   * ({@code ON CONFLICT DO NOTHING}: no error, so the transaction goes on), the receipt gets the
   * line's {@code seq}. A duplicate gives its claim back and is refused as the file validator would
   * refuse it.
   *
   * @param lineNumber the line's number in its file
   * @return stored, already there, or refused as a duplicate
   * @throws SQLException when the database fails, or the line conflicts with one that is no longer
   *     kept (erased meanwhile: importing again stores it)
   */
  Put put(Connection connection, StoredLine line, String key, long lineNumber)
      throws SQLException {
    Instant now = IndikoStore.now();
    if (!claim(connection, line.kind(), line.id(), key, now)) {
      return Put.ALREADY_THERE;
    }
    Long seq = insert(connection, line, now, IF_NEW);
    if (seq == null) {
      try (PreparedStatement unclaim = connection.prepareStatement(UNCLAIM)) {
        unclaim.setString(1, edition);
        unclaim.setString(2, key);
        unclaim.executeUpdate();
      }
      Reject reject = conflict(connection, line, lineNumber);
      if (reject == null) {
        throw new SQLException(
            "line " + lineNumber + " conflicted with a line that is no longer kept");
      }
      return new Put(false, reject);
    }
    setSeq(connection, key, seq);
    return Put.STORED;
  }

  private boolean claim(Connection connection, Kind kind, String id, String key, Instant now)
      throws SQLException {
    try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
      claim.setString(1, edition);
      claim.setString(2, key);
      claim.setString(3, kind.source);
      claim.setString(4, id);
      store.vendor().setInstant(claim, 5, now);
      return claim.executeUpdate() == 1;
    }
  }

  /**
   * @param onConflict what the insert does on a duplicate: nothing ({@link #IF_NEW}), or fail
   *     ({@code ""})
   * @return the line's {@code seq}, or null when {@link #IF_NEW} found a duplicate
   */
  private @Nullable Long insert(
      Connection connection, StoredLine line, Instant now, String onConflict) throws SQLException {
    boolean response = line.kind() == Kind.RESPONSES;
    String sql = response ? INSERT_RESPONSE : INSERT_AUDIT;
    int returning = sql.lastIndexOf(" RETURNING ");
    try (PreparedStatement insert =
        connection.prepareStatement(
            sql.substring(0, returning) + onConflict + sql.substring(returning))) {
      int i = 1;
      insert.setString(i++, edition);
      insert.setString(i++, line.id());
      insert.setString(i++, line.structure());
      insert.setString(i++, line.channel());
      store.vendor().setInstant(insert, i++, line.at());
      if (response) {
        insert.setString(i++, line.respondent());
        insert.setString(i++, line.respondentKey());
      }
      insert.setString(i++, line.line());
      store.vendor().setInstant(insert, i, now);
      try (ResultSet seq = insert.executeQuery()) {
        return seq.next() ? seq.getLong(1) : null;
      }
    }
  }

  private void setSeq(Connection connection, String key, long seq) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(SET_SEQ)) {
      update.setLong(1, seq);
      update.setString(2, edition);
      update.setString(3, key);
      update.executeUpdate();
    }
  }

  private Receipt receipt(Connection connection, String key) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(RECEIPT)) {
      select.setString(1, edition);
      select.setString(2, key);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new SQLException("the receipt of a claimed key is missing");
        }
        return new Receipt(
            key,
            row.getString(1),
            row.getString(2),
            row.getLong(3),
            store.vendor().instant(row, 4));
      }
    }
  }

  /**
   * The reject of a line that a kept line conflicts with: the reject the file validator gives the
   * line when it follows the kept one.
   *
   * @return the reject at {@code lineNumber}, or null when no kept line conflicts (any longer)
   */
  private @Nullable Reject conflict(Connection connection, StoredLine line, long lineNumber)
      throws SQLException {
    String earlier =
        first(
            connection,
            "SELECT line FROM " + line.kind().table + " WHERE edition = ? AND id = ?",
            line.id());
    RejectReason reason = RejectReason.DUPLICATE_ID;
    if (earlier == null && line.respondentKey() != null) {
      earlier = first(connection, SAME_RESPONDENT, line.structure(), line.respondentKey());
      reason = RejectReason.DUPLICATE_RESPONDENT;
    }
    if (earlier == null) {
      return null;
    }
    LineResult<?> result =
        verifier.after(
            line.kind(),
            earlier.getBytes(StandardCharsets.UTF_8),
            line.line().getBytes(StandardCharsets.UTF_8));
    if (result instanceof LineResult.Rejected<?> rejected
        && rejected.reject().reason() == reason) {
      return Verifier.at(rejected.reject(), lineNumber);
    }
    // The kept line is no longer accepted (the definitions changed since): the same reason, in
    // words that name no respondent.
    String message =
        reason == RejectReason.DUPLICATE_ID
            ? "id " + line.id() + " was accepted before"
            : Erasure.duplicateRespondent(line.structure());
    return new Reject(line.kind().source, lineNumber, line.id(), reason, message);
  }

  private @Nullable String first(Connection connection, String sql, String... values)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, edition);
      for (int i = 0; i < values.length; i++) {
        select.setString(i + 2, values[i]);
      }
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }
}

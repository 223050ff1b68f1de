package io.github.indiko.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What differs between the two databases: how an instant is kept (SQLite: INTEGER milliseconds;
 * PostgreSQL: timestamptz), how a unique violation shows, whether a streamed read needs a
 * transaction, and how a transaction locks the rows it reads. The SQL of the statements is the
 * same for both.
 */
enum Vendor {
  /** SQLite, 3.35 or later (RETURNING). */
  SQLITE("sqlite") {
    @Override
    void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
      statement.setLong(index, instant.toEpochMilli());
    }

    @Override
    Instant instant(ResultSet row, int index) throws SQLException {
      return Instant.ofEpochMilli(row.getLong(index));
    }

    @Override
    boolean uniqueViolation(SQLException e) {
      if (!(e instanceof SQLiteException sqlite)) {
        return false;
      }
      SQLiteErrorCode code = sqlite.getResultCode();
      return code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
          || code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY
          || code == SQLiteErrorCode.SQLITE_CONSTRAINT;
    }

    @Override
    boolean cursorNeedsTransaction() {
      return false;
    }

    @Override
    String forUpdate() {
      return "";
    }
  },

  /** PostgreSQL. */
  POSTGRESQL("postgresql") {
    @Override
    void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
      statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    @Override
    Instant instant(ResultSet row, int index) throws SQLException {
      return row.getObject(index, OffsetDateTime.class).toInstant();
    }

    @Override
    boolean uniqueViolation(SQLException e) {
      return "23505".equals(e.getSQLState());
    }

    @Override
    boolean cursorNeedsTransaction() {
      return true;
    }

    @Override
    String forUpdate() {
      return " FOR UPDATE";
    }
  };

  /** The name of the database, as Flyway's {@code {vendor}} and {@link IndikoStore#describe()}. */
  final String id;

  Vendor(String id) {
    this.id = id;
  }

  /**
   * @param productName the driver's {@code DatabaseMetaData.getDatabaseProductName()}
   * @return its vendor
   * @throws IllegalArgumentException for another database
   */
  static Vendor of(String productName) {
    String name = productName.toLowerCase(Locale.ROOT);
    for (Vendor vendor : values()) {
      if (name.equals(vendor.id)) {
        return vendor;
      }
    }
    throw new IllegalArgumentException(
        "Indiko's store runs on SQLite or PostgreSQL, not " + productName);
  }

  /** Binds an instant, as this database keeps it. */
  abstract void setInstant(PreparedStatement statement, int index, Instant instant)
      throws SQLException;

  /** Reads an instant bound by {@link #setInstant}. */
  abstract Instant instant(ResultSet row, int index) throws SQLException;

  /** Whether an exception is the violation of a unique index or primary key. */
  abstract boolean uniqueViolation(SQLException e);

  /**
   * Whether a read streams only inside a transaction (PostgreSQL's server-side cursor needs
   * autocommit off for its fetch size to apply; SQLite streams anyway).
   */
  abstract boolean cursorNeedsTransaction();

  /**
   * @return what ends a {@code SELECT} that locks the rows it reads until the transaction ends:
   *     PostgreSQL's {@code FOR UPDATE}; nothing for SQLite, whose writers run one at a time
   *     (a transaction holds the database's write lock from its first write on)
   */
  abstract String forUpdate();
}

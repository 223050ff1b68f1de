package io.github.indiko.store;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/**
 * The lines of one column of a query, each in UTF-8 followed by {@code \n}, read through a cursor
 * of bounded fetch size: one line is held at a time, never the whole result. Each line is taken as
 * the driver's bytes ({@code getBytes}: SQLite's UTF-8 text, PostgreSQL's text in the connection's
 * UTF-8 encoding), not decoded into a {@code String} and encoded again. Closing it closes the
 * result, the statement and the connection. Not thread-safe, as any stream.
 */
final class RowStream extends InputStream {
  /** Rows a fetch brings at once. */
  static final int FETCH_SIZE = 500;

  private final Connection connection;
  private final PreparedStatement statement;
  private final ResultSet rows;
  private final String store;
  /** The line being read, and where: {@code line.length} is its {@code \n}, beyond it is read. */
  private byte[] line = new byte[0];

  private int position = 1;
  private boolean ended;
  private boolean closed;

  private RowStream(
      Connection connection, PreparedStatement statement, ResultSet rows, String store) {
    this.connection = connection;
    this.statement = statement;
    this.rows = rows;
    this.store = store;
  }

  /**
   * Runs a query whose first column is a line.
   *
   * @param store the store
   * @param sql the query, with its one parameter the edition
   * @param edition the edition
   * @return the stream of its lines
   * @throws SQLException when the query cannot run
   */
  static RowStream open(IndikoStore store, String sql, String edition) throws SQLException {
    Connection connection = store.connection();
    try {
      if (store.vendor().cursorNeedsTransaction()) {
        connection.setAutoCommit(false);
      }
      PreparedStatement statement =
          connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      statement.setFetchSize(FETCH_SIZE);
      statement.setString(1, edition);
      return new RowStream(connection, statement, statement.executeQuery(), store.describe());
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public int read() throws IOException {
    if (!fill()) {
      return -1;
    }
    int b = position < line.length ? line[position] & 0xff : '\n';
    position++;
    return b;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, target.length);
    if (length == 0) {
      return 0;
    }
    int copied = 0;
    while (copied < length && fill()) {
      if (position < line.length) {
        int n = Math.min(length - copied, line.length - position);
        System.arraycopy(line, position, target, offset + copied, n);
        position += n;
        copied += n;
      } else {
        target[offset + copied++] = '\n';
        position++;
      }
    }
    return copied == 0 ? -1 : copied;
  }

  /** Makes a byte available: false at the end of the lines. */
  private boolean fill() throws IOException {
    if (closed) {
      throw new IOException("the lines of " + store + " are closed");
    }
    while (!ended && position > line.length) {
      try {
        if (rows.next()) {
          line = rows.getBytes(1);
          position = 0;
        } else {
          ended = true;
        }
      } catch (SQLException e) {
        throw new IOException(store + ": cannot read the stored lines", e);
      }
    }
    return !ended || position <= line.length;
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      try {
        rows.close();
        statement.close();
      } finally {
        connection.close();
      }
    } catch (SQLException e) {
      throw new IOException(store + ": cannot close the stored lines", e);
    }
  }
}

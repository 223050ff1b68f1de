package io.github.indiko.store;

import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.EditionData;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.RejectReason;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An edition's stored lines as {@link EditionData}: each source in the order the lines were stored,
 * streamed, and the lines refused when folders were imported. Thread-safe: each read has its own
 * connection.
 */
final class StoredData implements EditionData {
  private static final String REFUSED =
      "SELECT line_number, id, reason, message, structure FROM indiko_refused"
          + " WHERE edition = ? AND kind = ? ORDER BY line_number, import_key";

  private final IndikoStore store;
  private final String edition;

  StoredData(IndikoStore store, String edition) {
    this.store = store;
    this.edition = edition;
  }

  /**
   * @return e.g. {@code sqlite store /data/b.db, edition 2017}
   */
  @Override
  public String describe() {
    return store.describe() + ", edition " + edition;
  }

  /**
   * @return e.g. {@code responses.jsonl of sqlite store /data/b.db, edition 2017}
   */
  @Override
  public String name(String source) {
    return Kind.of(Objects.requireNonNull(source, "source")).source + " of " + describe();
  }

  /**
   * @throws StoreException when the lines cannot be read
   */
  @Override
  public InputStream responses() {
    return lines(Kind.RESPONSES);
  }

  /**
   * @throws StoreException when the lines cannot be read
   */
  @Override
  public InputStream audits() {
    return lines(Kind.AUDITS);
  }

  /** The stored lines of a source, in {@code seq} order, each followed by {@code \n}. */
  InputStream lines(Kind kind) {
    try {
      return RowStream.open(
          store, "SELECT line FROM " + kind.table + " WHERE edition = ? ORDER BY seq", edition);
    } catch (SQLException e) {
      throw new StoreException(store.describe(), "read the " + kind.source + " lines", e);
    }
  }

  /**
   * Gives the lines refused when folders were imported, in line order, each with its reason,
   * message and structure.
   *
   * @throws StoreException when they cannot be read
   */
  @Override
  public void refused(String source, Consumer<? super LineResult.Rejected<?>> sink) {
    Kind kind = Kind.of(Objects.requireNonNull(source, "source"));
    Objects.requireNonNull(sink, "sink");
    try (Connection connection = store.connection();
        PreparedStatement select = connection.prepareStatement(REFUSED)) {
      select.setFetchSize(RowStream.FETCH_SIZE);
      select.setString(1, edition);
      select.setString(2, kind.source);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          Reject reject =
              new Reject(
                  kind.source,
                  row.getLong(1),
                  row.getString(2),
                  RejectReason.fromCode(row.getString(3)),
                  row.getString(4));
          String structure = row.getString(5);
          sink.accept(
              new LineResult.Rejected<>(
                  reject, structure == null ? null : new StructureId(structure)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException(store.describe(), "read the refused " + kind.source + " lines", e);
    }
  }

  @Override
  public String toString() {
    return describe();
  }
}

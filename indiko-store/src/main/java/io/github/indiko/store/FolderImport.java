package io.github.indiko.store;

import io.github.indiko.core.io.InputFiles;
import io.github.indiko.core.validation.LineReader;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.structure.StructureId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import of an edition folder's data files into a store: each file read once by the validator
 * (formats.md, Rejects) and once for the bytes of its lines, the accepted lines stored in batches,
 * each under a key made of the source, the line number and the SHA-256 of the line, so that an
 * import of the same file again stores nothing and one of an appended file only the new lines.
 * Refused lines are kept once per key in {@code indiko_refused}. Logs the counts of each file at
 * DEBUG, never a line.
 */
final class FolderImport {
  private static final Logger LOG = LoggerFactory.getLogger(FolderImport.class);

  /** Lines per transaction. */
  private static final int BATCH = 1000;

  private static final String REFUSE =
      "INSERT INTO indiko_refused (edition, import_key, kind, line_number, id, reason, structure,"
          + " message, respondent, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT DO NOTHING";

  private final IndikoStore store;
  private final String edition;
  private final Verifier verifier;
  private final Writer writer;

  FolderImport(IndikoStore store, String edition, Verifier verifier, Writer writer) {
    this.store = store;
    this.edition = edition;
    this.verifier = verifier;
    this.writer = writer;
  }

  /** Imports {@code responses.jsonl}, then {@code audits.jsonl}. */
  ImportCounts run(Path folder, Consumer<? super Reject> rejects) {
    return file(folder.resolve(Kind.RESPONSES.source), Kind.RESPONSES, rejects)
        .plus(file(folder.resolve(Kind.AUDITS.source), Kind.AUDITS, rejects));
  }

  /** Imports one data file of the kind given. */
  ImportCounts file(Path file, Kind kind, Consumer<? super Reject> rejects) {
    long read = 0;
    long stored = 0;
    long there = 0;
    long refused = 0;
    try (LineReader<?> results = verifier.reader(kind, verifier.kept(kind, InputFiles.open(file)));
        FileLines lines = new FileLines(verifier.kept(kind, InputFiles.open(file)));
        Connection connection = store.connection()) {
      connection.setAutoCommit(false);
      try {
        while (results.hasNext()) {
          LineResult<?> result = results.next();
          FileLines.Line line = lines.line(result.line());
          String key = "import:" + kind.source + ":" + line.number() + ":" + line.sha256();
          read++;
          Reject reject;
          if (result instanceof LineResult.Rejected<?> rejected) {
            reject = rejected.reject();
            StructureId structure = rejected.structure();
            String respondent =
                reject.reason() == RejectReason.DUPLICATE_RESPONDENT && line.bytes() != null
                    ? verifier.respondent(line.bytes())
                    : null;
            refuse(connection, key, reject, structure == null ? null : structure.value(),
                respondent);
          } else {
            byte[] bytes = line.bytes();
            if (bytes == null) {
              throw new IOException("line " + line.number() + " changed while it was read");
            }
            StoredLine kept = verifier.stored(((LineResult.Accepted<?>) result).record(), bytes);
            Writer.Put put = writer.put(connection, kept, key, line.number());
            reject = put.refused();
            if (reject != null) {
              String respondent =
                  reject.reason() == RejectReason.DUPLICATE_RESPONDENT ? kept.respondent() : null;
              refuse(connection, key, reject, kept.structure(), respondent);
            } else if (put.stored()) {
              stored++;
            } else {
              there++;
            }
          }
          if (reject != null) {
            refused++;
            rejects.accept(reject);
          }
          if (read % BATCH == 0) {
            connection.commit();
          }
        }
        connection.commit();
      } catch (SQLException | IOException | RuntimeException e) {
        IndikoStore.rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(store.describe(), "import " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot import " + file, e);
    }
    LOG.debug(
        "Imported {} into {}, edition {}: {} lines read, {} stored, {} already there, {} refused",
        file,
        store.describe(),
        edition,
        read,
        stored,
        there,
        refused);
    return new ImportCounts(read, stored, there, refused);
  }

  private void refuse(
      Connection connection,
      String key,
      Reject reject,
      @Nullable String structure,
      @Nullable String respondent)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(REFUSE)) {
      insert.setString(1, edition);
      insert.setString(2, key);
      insert.setString(3, reject.source());
      insert.setLong(4, reject.line());
      insert.setString(5, reject.id());
      insert.setString(6, reject.reason().code());
      insert.setString(7, structure);
      insert.setString(8, reject.message());
      insert.setString(9, respondent);
      store.vendor().setInstant(insert, 10, IndikoStore.now());
      insert.executeUpdate();
    }
  }
}

package io.github.indiko.store;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.format.AuditLines;
import io.github.indiko.core.format.ResponseLines;
import io.github.indiko.core.io.AtomicFile;
import io.github.indiko.core.privacy.Pseudonymiser;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.validation.EditionData;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The data of one edition in a store. Each line is checked as the file validator checks a line of
 * {@code responses.jsonl} or {@code audits.jsonl} (formats.md, Rejects), then kept once per
 * submission key: a key sent again gives the first receipt and stores nothing, and a line whose id
 * (or, when the edition keeps one response per respondent, whose respondent for the same
 * structure) is already kept is refused with the reason and message the file validator gives the
 * second of two such lines. A refused line keeps nothing, so its key stays free for a corrected
 * line. Thread-safe. Obtain one from {@link IndikoStore#edition}.
 */
public final class EditionStore {
  private final IndikoStore store;
  private final String edition;
  private final Verifier verifier;
  private final Writer writer;
  private final Doubles doubles;
  private final Erasure erasure;
  private final Retention retention;

  EditionStore(
      IndikoStore store, EditionDefinitions definitions, @Nullable Pseudonymiser pseudonymiser) {
    this.store = store;
    this.edition = Objects.requireNonNull(definitions, "definitions").edition().id().value();
    this.verifier = new Verifier(definitions, pseudonymiser);
    this.writer = new Writer(store, edition, verifier);
    this.doubles = new Doubles(store, edition, verifier);
    this.erasure = new Erasure(store, edition, pseudonymiser);
    this.retention = new Retention(store, edition, verifier);
  }

  /**
   * Stores a line of {@code responses.jsonl} (formats.md, responses.jsonl).
   *
   * @param line the line, without terminator
   * @param submissionKey the key of the submission, the same when it is sent again
   * @return stored, replayed, or refused (a line holding {@code \n} or {@code \r}, or blank, is
   *     {@code malformed})
   * @throws StoreException when the database fails
   */
  public Outcome accept(String line, String submissionKey) {
    return accept(Kind.RESPONSES, line, submissionKey);
  }

  /**
   * Stores a line of {@code audits.jsonl} (formats.md, audits.jsonl), as {@link #accept(String,
   * String)} stores a response. A calibration double of another record (analysis.md §A5) is
   * accepted exactly when a file holding the kept audit records in the order they were stored,
   * then this line, would accept it: the validator reads the kept records of its structure, then
   * the line, in the transaction that stores it, which holds those records until it ends, so
   * that of two doubles of one original by the same auditor sent at once, one is stored and the
   * other refused as {@code same_auditor}. (An original kept under another structure is refused
   * as {@code unknown_original} with the message of an original never kept.)
   *
   * @param line the line, without terminator
   * @param submissionKey the key of the submission, the same when it is sent again
   * @return stored, replayed, or refused
   * @throws StoreException when the database fails
   */
  public Outcome acceptAudit(String line, String submissionKey) {
    return accept(Kind.AUDITS, line, submissionKey);
  }

  /**
   * Stores a response, written as its line by {@link ResponseLines#line}.
   *
   * @param response the response
   * @param submissionKey the key of the submission, the same when it is sent again
   * @return stored, replayed, or refused
   * @throws StoreException when the database fails
   */
  public Outcome accept(Response response, String submissionKey) {
    return accept(Kind.RESPONSES, ResponseLines.line(response), submissionKey);
  }

  /**
   * Stores an audit record, written as its line by {@link AuditLines#line}.
   *
   * @param record the audit record
   * @param submissionKey the key of the submission, the same when it is sent again
   * @return stored, replayed, or refused
   * @throws StoreException when the database fails
   */
  public Outcome accept(AuditRecord record, String submissionKey) {
    return accept(Kind.AUDITS, AuditLines.line(record), submissionKey);
  }

  private Outcome accept(Kind kind, String line, String submissionKey) {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(submissionKey, "submissionKey");
    if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
      return refused(kind, "a line holds no line terminator");
    }
    byte[] kept = verifier.kept(kind, line.getBytes(StandardCharsets.UTF_8));
    LineResult<?> result = verifier.check(kind, kept);
    if (result == null) {
      return refused(kind, "a blank line holds no record");
    }
    if (result instanceof LineResult.Rejected<?> rejected) {
      Reject reject = rejected.reject();
      if (reject.reason() == RejectReason.UNKNOWN_ORIGINAL
          && reject.id() != null
          && rejected.structure() != null) {
        return acceptDouble(kept, reject.id(), rejected.structure().value(), submissionKey);
      }
      return new Outcome.Refused(reject);
    }
    return writer.accept(
        verifier.stored(((LineResult.Accepted<?>) result).record(), kept), submissionKey);
  }

  /**
   * Stores a double, which the validator refused alone only for want of its original, if it
   * passes after the kept records of its structure.
   */
  private Outcome acceptDouble(byte[] kept, String id, String structure, String submissionKey) {
    return writer.accept(
        Kind.AUDITS,
        id,
        connection -> {
          LineResult<?> result = doubles.check(connection, kept, id, structure);
          return result instanceof LineResult.Accepted<?> accepted
              ? new Writer.Checked(verifier.stored(accepted.record(), kept), null)
              : new Writer.Checked(null, ((LineResult.Rejected<?>) result).reject());
        },
        submissionKey);
  }

  /**
   * The audit record kept with an id and the calibration doubles of it kept so far (analysis.md
   * §A5), in the order they were stored: what a host gives the auditors' form of indiko-forms
   * ({@code KeptAudits}, as {@code edition::auditWithDoubles}), so that the form decides a double
   * as this store will. The store decides again when the record is sent to it.
   *
   * @param original the id a calibration audit names as the record it doubles
   * @return the kept record with that id, then its kept doubles; empty when none has that id
   * @throws StoreException when the database fails
   */
  public List<AuditRecord> auditWithDoubles(AuditId original) {
    return doubles.withDoubles(Objects.requireNonNull(original, "original"));
  }

  private static Outcome refused(Kind kind, String message) {
    return new Outcome.Refused(new Reject(kind.source, 1, null, RejectReason.MALFORMED, message));
  }

  /**
   * Imports the data files of an edition folder, {@code responses.jsonl} then {@code audits.jsonl},
   * through the file validator. Each accepted line is stored under a key made of its source, its
   * line number and its SHA-256, so importing the same folder again stores nothing, and importing
   * it after lines were appended stores only those. A line whose id or respondent is already kept
   * (sent by a portal, say) is refused as a duplicate, with its line number. Every refused line
   * goes to {@code rejects} in line order and is kept, once, for {@link EditionData#refused}.
   *
   * @param editionFolder the folder holding the data files
   * @param rejects receives each refused line, responses first
   * @return what the import did
   * @throws StoreException when the database fails
   * @throws UncheckedIOException when a file cannot be read
   * @throws io.github.indiko.core.InputException when a file is missing or not a regular file
   */
  public ImportCounts importFolder(Path editionFolder, Consumer<? super Reject> rejects) {
    Objects.requireNonNull(editionFolder, "editionFolder");
    Objects.requireNonNull(rejects, "rejects");
    return new FolderImport(store, edition, verifier, writer).run(editionFolder, rejects);
  }

  /**
   * Imports one data file as {@link #importFolder} imports each of a folder's, so that a caller can
   * tell the counts of each source.
   *
   * @param source {@code responses.jsonl} or {@code audits.jsonl}: what the file holds
   * @param file the file
   * @param rejects receives each refused line, in line order
   * @return what the import of that file did
   * @throws IllegalArgumentException for another source
   * @throws StoreException when the database fails
   * @throws UncheckedIOException when the file cannot be read
   * @throws io.github.indiko.core.InputException when the file is missing or not a regular file
   */
  public ImportCounts importFile(String source, Path file, Consumer<? super Reject> rejects) {
    Kind kind = Kind.of(Objects.requireNonNull(source, "source"));
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(rejects, "rejects");
    return new FolderImport(store, edition, verifier, writer).file(file, kind, rejects);
  }

  /**
   * @return the edition's stored lines, for a scorer: each source in the order the lines were
   *     stored, read through a cursor (never all in memory), and the lines refused by imports;
   *     thread-safe, reads fail with a {@link StoreException}
   */
  public EditionData data() {
    return new StoredData(store, edition);
  }

  /**
   * Writes the stored lines as {@code responses.jsonl} and {@code audits.jsonl} into a folder
   * (created when missing), byte for byte, each line followed by {@code \n}; each file is written
   * whole or not at all ({@link AtomicFile}).
   *
   * @param folder the folder
   * @throws UncheckedIOException when a file cannot be written
   * @throws StoreException when the lines cannot be read
   */
  public void export(Path folder) {
    Objects.requireNonNull(folder, "folder");
    StoredData data = new StoredData(store, edition);
    try {
      Files.createDirectories(folder);
      for (Kind kind : Kind.values()) {
        AtomicFile.write(
            folder.resolve(kind.source),
            out -> {
              try (InputStream in = data.lines(kind)) {
                in.transferTo(out);
              }
            });
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot export " + data.describe() + " to " + folder, e);
    }
  }

  /**
   * @param source {@code responses.jsonl} or {@code audits.jsonl}
   * @return how many lines of that source the edition keeps
   * @throws IllegalArgumentException for another source
   * @throws StoreException when the database fails
   */
  public long count(String source) {
    Kind kind = Kind.of(Objects.requireNonNull(source, "source"));
    try (Connection connection = store.connection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM " + kind.table + " WHERE edition = ?")) {
      select.setString(1, edition);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException(store.describe(), "count the " + kind.source + " lines", e);
    }
  }

  /**
   * Erases a respondent from the edition (RGPD art. 17), in one transaction: deletes every response
   * whose {@code respondent} is the token's (its pseudonym, when this edition store was opened with
   * a {@link Pseudonymiser}: open it as the lines were stored), and rewrites the message of every
   * line refused by an import as a {@code duplicate_respondent} of that respondent into one that
   * names no respondent, keeping the refused line, its reason and number, so that the counts of a
   * scoring still reconcile (formats.md, Rejects). Receipts name no respondent and stay, so an
   * import of the same file again does not store the erased lines back. Adds a row {@code erase}
   * to {@code indiko_log} with the edition, the instant and the rows, even when there are none;
   * never the token, its pseudonym or what was erased. See {@code docs/privacy.md}.
   *
   * @param respondentToken the respondent's token, as the lines gave it
   * @return how many rows were deleted or rewritten; 0 when the respondent is unknown
   * @throws StoreException when the database fails; nothing is then changed
   */
  public long erase(String respondentToken) {
    return erasure.erase(respondentToken);
  }

  /**
   * Ends the retention of the edition's free texts (RGPD art. 5.1.e), in one transaction: every
   * stored line whose {@code submittedAt} (an audit's {@code performedAt}) is before {@code
   * olderThan} loses its answers to {@code text} questions and its audit {@code comment}, and is
   * written again by {@link ResponseLines#line} or {@link AuditLines#line}. A removed answer is
   * unanswered, which formats.md (responses.jsonl) writes as a {@code null} answer: the response
   * model keeps no null answer, so the member is left out, which format v1 reads the same
   * (formats.md, Common rules). Should the line then be refused (a required text question, or a
   * {@code when} reading {@code answered(…)} of one), the texts become empty strings instead. Every
   * other member, hence every scored number, is unchanged, and the line still passes the
   * validator. The messages of lines refused by imports before {@code olderThan} that show a value
   * (other than a {@code duplicate_respondent}'s, which {@link #erase} handles) are replaced by one
   * that shows none. Adds a row {@code purge_texts} to {@code indiko_log} with the rows rewritten;
   * a second run with the same instant rewrites none. See {@code docs/privacy.md}.
   *
   * @param olderThan the end of the retention: lines submitted before it are purged
   * @return how many rows were rewritten
   * @throws StoreException when the database fails; nothing is then changed
   * @throws IllegalStateException when a stored line no longer passes the edition's definitions,
   *     or would be refused without its texts (a {@code when} compares a text with a literal);
   *     nothing is then changed, and the message names the line's id or source, never a text
   */
  public long purgeTexts(Instant olderThan) {
    return retention.purge(Objects.requireNonNull(olderThan, "olderThan"));
  }

  /**
   * @return the edition's id
   */
  public String edition() {
    return edition;
  }

  @Override
  public String toString() {
    return store.describe() + ", edition " + edition;
  }
}

package io.github.indiko.store;

import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.format.AuditLines;
import io.github.indiko.core.format.ResponseLines;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.RejectReason;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The end of the retention of free texts (RGPD art. 5.1.e): in every line of an edition submitted
 * (or performed) before an instant, the answers to {@code text} questions and an audit's {@code
 * comment} are removed, and the line is written again by core's format writers ({@link
 * ResponseLines#line}, {@link AuditLines#line}). A removed answer is unanswered, as a {@code null}
 * answer is (formats.md, responses.jsonl): the model keeps no null answer, so the writer leaves the
 * member out, which format v1 reads the same (formats.md, Common rules). Every other member, and
 * so every number scored, stays. The messages of refused lines imported before the instant that
 * show a value (written in double quotes, formats.md, Rejects) are replaced by one that shows none.
 * One transaction, recorded in {@code indiko_log} without any text. Thread-safe.
 */
final class Retention {
  /** Lines read at once. */
  private static final int BATCH = 500;

  /** A text that keeps a required or {@code answered(…)} text question answered. */
  private static final String EMPTY = "";

  private static final String QUOTING =
      "SELECT import_key FROM indiko_refused WHERE edition = ? AND stored_at < ?"
          + " AND reason <> ? AND message LIKE '%\"%'";
  private static final String UNQUOTE =
      "UPDATE indiko_refused SET message = ? WHERE edition = ? AND import_key = ?";

  /** A member written {@code "of"} whose value is an identifier: perhaps a double's original. */
  private static final Pattern OF =
      Pattern.compile("\"of\"\\s*:\\s*\"([a-z0-9][a-z0-9._-]{0,63})\"");

  private static final String ORIGINAL =
      "SELECT line FROM indiko_audits WHERE edition = ? AND id = ?";

  /** The message of a refused line once the value it showed is removed. */
  static final String NO_VALUE = "the value this message showed was removed after its retention";

  private final IndikoStore store;
  private final String edition;
  private final Verifier verifier;

  Retention(IndikoStore store, String edition, Verifier verifier) {
    this.store = store;
    this.edition = edition;
    this.verifier = verifier;
  }

  /** Purges the texts of lines submitted before {@code olderThan}; returns the rows rewritten. */
  long purge(Instant olderThan) {
    try (Connection connection = store.connection()) {
      connection.setAutoCommit(false);
      try {
        long rows = 0;
        for (Kind kind : Kind.values()) {
          rows += lines(connection, kind, olderThan);
        }
        rows += refused(connection, olderThan);
        ActionLog.record(connection, store, ActionLog.PURGE_TEXTS, edition, rows);
        connection.commit();
        return rows;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(store.describe(), "purge the texts of edition " + edition, e);
    }
  }

  private long lines(Connection connection, Kind kind, Instant olderThan) throws SQLException {
    String select =
        "SELECT seq, line FROM " + kind.table
            + " WHERE edition = ? AND submitted_at < ? AND seq > ? ORDER BY seq LIMIT " + BATCH;
    String update = "UPDATE " + kind.table + " SET line = ? WHERE seq = ?";
    long rows = 0;
    long after = 0;
    while (true) {
      Map<Long, String> purged = new LinkedHashMap<>();
      int read = 0;
      try (PreparedStatement batch = connection.prepareStatement(select)) {
        batch.setString(1, edition);
        store.vendor().setInstant(batch, 2, olderThan);
        batch.setLong(3, after);
        try (ResultSet row = batch.executeQuery()) {
          while (row.next()) {
            read++;
            after = row.getLong(1);
            String line = purged(connection, kind, row.getString(2));
            if (line != null) {
              purged.put(after, line);
            }
          }
        }
      }
      try (PreparedStatement write = connection.prepareStatement(update)) {
        for (Map.Entry<Long, String> line : purged.entrySet()) {
          write.setString(1, line.getValue());
          write.setLong(2, line.getKey());
          write.addBatch();
        }
        if (!purged.isEmpty()) {
          write.executeBatch();
        }
      }
      rows += purged.size();
      if (read < BATCH) {
        return rows;
      }
    }
  }

  /**
   * @return the line without its texts, or null when it holds none
   * @throws IllegalStateException when the stored line no longer passes the definitions, or when
   *     no line without its texts does (a {@code when} compares a text with a literal)
   */
  private @Nullable String purged(Connection connection, Kind kind, String line)
      throws SQLException {
    Object record = record(connection, kind, line);
    if (record instanceof AuditRecord audit) {
      return audit.comment() == null ? null : AuditLines.line(withoutComment(audit));
    }
    Response response = (Response) record;
    if (response.answers().values().stream()
        .noneMatch(answer -> answer instanceof Answer.Text text && !text.value().isEmpty())) {
      return null;
    }
    String unanswered = ResponseLines.line(withTexts(response, null));
    if (accepted(kind, unanswered)) {
      return unanswered;
    }
    String emptied = ResponseLines.line(withTexts(response, EMPTY));
    if (accepted(kind, emptied)) {
      return emptied;
    }
    throw new IllegalStateException(
        "response "
            + response.id().value()
            + " of edition "
            + edition
            + " is refused without its texts: a condition reads a text's value");
  }

  /**
   * @return the record of a stored line, checked alone or, for a double (analysis.md §A5), after
   *     the stored line of the record it doubles
   */
  private Object record(Connection connection, Kind kind, String line) throws SQLException {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    LineResult<?> result = verifier.check(kind, bytes);
    if (result instanceof LineResult.Rejected<?> alone
        && alone.reject().reason() == RejectReason.UNKNOWN_ORIGINAL) {
      // Each member written "of": a string is one candidate; the line's own record, once
      // checked after its original, says which it doubles.
      Matcher of = OF.matcher(line);
      while (!(result instanceof LineResult.Accepted<?>) && of.find()) {
        String original = original(connection, of.group(1));
        if (original != null) {
          result = verifier.after(kind, original.getBytes(StandardCharsets.UTF_8), bytes);
        }
      }
    }
    if (result instanceof LineResult.Accepted<?> accepted) {
      return accepted.record();
    }
    String reason =
        result instanceof LineResult.Rejected<?> rejected
            ? rejected.reject().reason().code()
            : "blank";
    throw new IllegalStateException(
        "a stored line of "
            + kind.source
            + " of edition "
            + edition
            + " no longer passes the definitions ("
            + reason
            + "): its texts cannot be purged");
  }

  /** The stored line of the edition's audit record with that id, or null when none is kept. */
  private @Nullable String original(Connection connection, String id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(ORIGINAL)) {
      select.setString(1, edition);
      select.setString(2, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  private boolean accepted(Kind kind, String line) {
    return verifier.check(kind, line.getBytes(StandardCharsets.UTF_8))
        instanceof LineResult.Accepted<?>;
  }

  private static AuditRecord withoutComment(AuditRecord audit) {
    return new AuditRecord(
        audit.id(),
        audit.grid(),
        audit.structure(),
        audit.channel(),
        audit.auditor(),
        audit.performedAt(),
        audit.observations(),
        null,
        audit.of());
  }

  /** The response with each text answer removed (null) or replaced by {@code text}. */
  private static Response withTexts(Response response, @Nullable String text) {
    Map<QuestionId, Answer> answers = new LinkedHashMap<>();
    response
        .answers()
        .forEach(
            (question, answer) -> {
              if (!(answer instanceof Answer.Text)) {
                answers.put(question, answer);
              } else if (text != null) {
                answers.put(question, new Answer.Text(text));
              }
            });
    return response.withAnswers(answers);
  }

  private long refused(Connection connection, Instant olderThan) throws SQLException {
    List<String> keys = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(QUOTING)) {
      select.setString(1, edition);
      store.vendor().setInstant(select, 2, olderThan);
      select.setString(3, RejectReason.DUPLICATE_RESPONDENT.code());
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          keys.add(row.getString(1));
        }
      }
    }
    try (PreparedStatement update = connection.prepareStatement(UNQUOTE)) {
      for (String key : keys) {
        update.setString(1, NO_VALUE);
        update.setString(2, edition);
        update.setString(3, key);
        update.addBatch();
      }
      if (!keys.isEmpty()) {
        update.executeBatch();
      }
    }
    return keys.size();
  }
}

package io.github.indiko.store;

import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.response.Response;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An accepted line and the columns it is kept under.
 *
 * @param kind its source
 * @param id its {@code id}
 * @param structure its structure
 * @param channel its channel
 * @param at its {@code submittedAt} or {@code performedAt}, for retention
 * @param respondent its respondent (responses only), or null
 * @param respondentKey its respondent when the edition keeps one response per respondent (which
 *     the unique index then enforces), else null
 * @param line the line as format v1 holds it, without terminator
 */
record StoredLine(
    Kind kind,
    String id,
    String structure,
    String channel,
    Instant at,
    @Nullable String respondent,
    @Nullable String respondentKey,
    String line) {

  /**
   * @param response an accepted response
   * @param onePerRespondent whether the edition keeps one response per respondent
   * @param line its line
   * @return its columns
   */
  static StoredLine of(Response response, boolean onePerRespondent, String line) {
    return new StoredLine(
        Kind.RESPONSES,
        response.id().value(),
        response.structure().value(),
        response.channel().id(),
        response.submittedAt().toInstant(),
        response.respondent(),
        onePerRespondent ? response.respondent() : null,
        line);
  }

  /**
   * @param record an accepted audit record
   * @param line its line
   * @return its columns
   */
  static StoredLine of(AuditRecord record, String line) {
    return new StoredLine(
        Kind.AUDITS,
        record.id().value(),
        record.structure().value(),
        record.channel().id(),
        record.performedAt().toInstant(),
        null,
        null,
        line);
  }
}

package io.github.indiko.forms;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.condition.ConditionException;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.format.AuditLines;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineReader;
import io.github.indiko.core.validation.LineResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a browser posts from an {@link AuditForm} into an accepted {@link AuditRecord} or a
 * refusal with per-field errors in the auditor's language, with the rules of {@code audits.jsonl}.
 *
 * <p>The body is read strictly, as {@link Submissions} reads the survey's ({@link
 * SubmissionLimits}: percent-decoding as UTF-8, a malformed or oversized body or field, more
 * fields than the form has controls, an unknown field name or a field sent twice are refused).
 * Each field is then read for what the browser sent: a choice among those offered, a number (in
 * the measure's range, by the rule data files follow), two dates in order, the visit's date and
 * time read in the edition's time zone, an identifier for the record doubled; an observation of a
 * criterion that the grid's conditions hide is refused ({@code observed_hidden}) and dropped from
 * the state to re-render, and every criterion shown must be observed. The record is then written as
 * its line by {@link AuditLines} and read back by the edition's {@link DataValidator}: the
 * submission is accepted only when the validator accepts the line, so an accepted audit is exactly
 * what {@code indiko} accepts in {@code audits.jsonl}. A refusal of the validator comes back on the
 * field it is about (the visit outside the collection, a criterion's observation, the record
 * doubled) or on the whole form.
 *
 * <p>A calibration audit (analysis.md §A5) names the record it doubles; the validator reads it
 * after the records the host keeps of that original ({@link AuditContext#kept()}), as the lines
 * before it in a file, so that {@code unknown_original} and {@code same_auditor} are decided as in
 * {@code audits.jsonl}. Other duplicates ({@code duplicate_id}) are the host's storage concern.
 * Unlike survey responses, audits are not refused for the instant they are received: what the
 * validator checks is when the visit took place. Immutable and thread-safe.
 */
public final class AuditSubmissions {
  private final AuditGrid grid;
  private final DataValidator validator;
  private final SubmissionLimits limits;

  private AuditSubmissions(EditionDefinitions definitions, SubmissionLimits limits) {
    this.grid = new AuditGrid(definitions);
    this.validator = DataValidator.of(definitions);
    this.limits = limits;
  }

  /**
   * @param definitions the edition's definitions, as {@link
   *     io.github.indiko.core.format.EditionFolder#load} gives them
   * @return submissions of the edition's grid, with the default limits
   * @throws ConditionException when a {@code when} of the questionnaire or grid does not compile
   */
  public static AuditSubmissions of(EditionDefinitions definitions) {
    return of(definitions, SubmissionLimits.defaults());
  }

  /**
   * @param definitions the edition's definitions
   * @param limits the limits of a body
   * @return submissions of the edition's grid
   * @throws ConditionException when a {@code when} of the questionnaire or grid does not compile
   */
  public static AuditSubmissions of(EditionDefinitions definitions, SubmissionLimits limits) {
    return new AuditSubmissions(
        Objects.requireNonNull(definitions, "definitions"),
        Objects.requireNonNull(limits, "limits"));
  }

  /**
   * @param structure the structure audited
   * @param channel the channel audited
   * @return the form of the channel's criteria, to render it and to render a rejection's state
   * @throws IllegalArgumentException when the edition has no such structure, or it does not offer
   *     the channel
   */
  public AuditForm form(StructureId structure, Channel channel) {
    return AuditForm.of(grid, structure, channel);
  }

  /**
   * @param body the body as sent, {@code application/x-www-form-urlencoded}; its characters are
   *     read as the bytes of their UTF-8 encoding (a browser sends ASCII only)
   * @param context what the host knows of the submission
   * @return the accepted record and its line, or the errors and the state to re-render
   */
  public AuditSubmission parse(String body, AuditContext context) {
    Objects.requireNonNull(body, "body");
    return parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), context);
  }

  /**
   * Reads a body from a stream, at most {@link SubmissionLimits#maxBodyBytes()} + 1 bytes of it;
   * the stream is left open.
   *
   * @param body the body as sent, {@code application/x-www-form-urlencoded}
   * @param context what the host knows of the submission
   * @return the accepted record and its line, or the errors and the state to re-render
   * @throws UncheckedIOException when the stream cannot be read
   */
  public AuditSubmission parse(InputStream body, AuditContext context) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(context, "context");
    // The structure is the validator's to check: a form of the context's channel reads the body.
    AuditForm form = AuditForm.reading(grid, context.structure(), context.channel());
    FormBody.Result fields;
    try {
      fields = new FormBody(limits, form.controls + 1).read(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Messages m = Messages.of(context.locale(), grid.grid.defaultLocale());
    AuditReader.Result read = new AuditReader(form, m).read(fields, context);
    AuditRecord record = read.record();
    if (record == null) {
      return new AuditSubmission.Rejected(
          read.errors(), new AuditState(read.values(), read.errors()));
    }
    String line = AuditLines.line(record);
    LineResult<AuditRecord> result = validate(record, line, context.kept());
    if (result instanceof LineResult.Accepted<AuditRecord> accepted) {
      return new AuditSubmission.Accepted(accepted.record(), line);
    }
    AuditError error =
        new AuditRefusal(form, m).error(((LineResult.Rejected<AuditRecord>) result).reject());
    if (error.code() == FieldError.Code.OBSERVED_HIDDEN) {
      String id = Objects.requireNonNull(error.criterion()).value();
      read.values().keySet().removeIf(name -> name.equals(id) || name.startsWith(id + ":"));
    }
    List<AuditError> errors = List.of(error);
    return new AuditSubmission.Rejected(errors, new AuditState(read.values(), errors));
  }

  /**
   * Reads the line through the validator after the records kept of the original it doubles, if
   * any, as the lines before it in {@code audits.jsonl}.
   *
   * @return what the validator made of the line
   */
  private LineResult<AuditRecord> validate(AuditRecord record, String line, KeptAudits kept) {
    StringBuilder lines = new StringBuilder();
    if (record.of() != null) {
      for (AuditRecord earlier : kept.withDoubles(record.of())) {
        lines.append(AuditLines.line(earlier)).append('\n');
      }
    }
    lines.append(line).append('\n');
    byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
    @Nullable LineResult<AuditRecord> last = null;
    try (LineReader<AuditRecord> reader =
        validator.audits(new ByteArrayInputStream(bytes), DataValidator.AUDITS)) {
      while (reader.hasNext()) {
        last = reader.next();
      }
    }
    return Objects.requireNonNull(last, "a line was read");
  }
}

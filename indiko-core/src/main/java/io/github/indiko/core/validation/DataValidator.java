package io.github.indiko.core.validation;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.condition.ConditionException;
import io.github.indiko.core.internal.json.StrictJson;
import io.github.indiko.core.response.Response;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Validates the data lines of an edition ({@code responses.jsonl}, {@code audits.jsonl}) against
 * its definitions, in formats.md's order of checks. Immutable and thread-safe: the conditions are
 * compiled once here, and each read keeps its own state (the ids accepted so far), so several
 * sources may be read at once. A source may be read sequentially ({@link #responses}, {@link
 * #validateResponses(InputStream, String, Consumer)}…) or with its lines checked on several
 * threads ({@link #validateResponses(InputStream, String, Consumer, Executor, int)}…): the
 * results are the same, in the same order. Every way of reading skips a UTF-8 byte order mark at
 * the very start of the stream, and only there (formats.md, Common rules): the lines, their numbers
 * and the counts are those of the stream without it.
 *
 * <pre>{@code
 * DataValidator validator = DataValidator.of(definitions);
 * SourceCounts counts = validator.validateResponses(in, DataValidator.RESPONSES, result -> {
 *   if (result instanceof LineResult.Accepted<Response> accepted) { use(accepted.record()); }
 *   else { rejects.write(((LineResult.Rejected<Response>) result).reject()); }
 * });
 * }</pre>
 */
public final class DataValidator {
  /** The name of the responses' source in rejects. */
  public static final String RESPONSES = "responses.jsonl";

  /** The name of the audit records' source in rejects. */
  public static final String AUDITS = "audits.jsonl";

  /**
   * The longest data line, in UTF-8 bytes without its terminator: 1 MiB (formats.md, Rejects). A
   * longer line is {@code malformed}, and never buffered whole.
   */
  public static final int MAX_LINE_BYTES = StrictJson.MAX_LINE_BYTES;

  private final EditionIndex index;

  private DataValidator(EditionIndex index) {
    this.index = index;
  }

  /**
   * @param definitions the edition's definitions, checked together (as the codec loads them)
   * @return a validator of the edition's data
   * @throws ConditionException when a {@code when} of the questionnaire or grid cannot be compiled
   */
  public static DataValidator of(EditionDefinitions definitions) throws ConditionException {
    return new DataValidator(new EditionIndex(Objects.requireNonNull(definitions, "definitions")));
  }

  /**
   * @param in the lines of survey responses, UTF-8; closed by {@link LineReader#close()}
   * @param source the source's name in rejects, e.g. {@link #RESPONSES}
   * @return a reader yielding a {@link io.github.indiko.core.response.Response} or a reject per
   *     non-blank line
   */
  public LineReader<Response> responses(InputStream in, String source) {
    return new LineReader<>(in, new SourceCheck<>(source, new ResponseCheck(index)));
  }

  /**
   * @param in the lines of audit records, UTF-8; closed by {@link LineReader#close()}
   * @param source the source's name in rejects, e.g. {@link #AUDITS}
   * @return a reader yielding an {@link AuditRecord} or a reject per non-blank line
   */
  public LineReader<AuditRecord> audits(InputStream in, String source) {
    return new LineReader<>(in, new SourceCheck<>(source, new AuditCheck(index)));
  }

  /**
   * Reads survey responses to the end of the stream, which is left open.
   *
   * @param in the lines, UTF-8
   * @param source the source's name in rejects, e.g. {@link #RESPONSES}
   * @param sink receives every non-blank line's result, in line order
   * @return the counts of the source
   * @throws UncheckedIOException when the stream cannot be read
   */
  public SourceCounts validateResponses(
      InputStream in, String source, Consumer<? super LineResult<Response>> sink) {
    return drain(responses(in, source), sink);
  }

  /**
   * Reads audit records to the end of the stream, which is left open.
   *
   * @param in the lines, UTF-8
   * @param source the source's name in rejects, e.g. {@link #AUDITS}
   * @param sink receives every non-blank line's result, in line order
   * @return the counts of the source
   * @throws UncheckedIOException when the stream cannot be read
   */
  public SourceCounts validateAudits(
      InputStream in, String source, Consumer<? super LineResult<AuditRecord>> sink) {
    return drain(audits(in, source), sink);
  }

  /**
   * Reads survey responses to the end of the stream, which is left open, with the lines checked on
   * several threads; gives exactly what {@link #validateResponses(InputStream, String, Consumer)}
   * gives: the same results in the same order, and the same counts.
   *
   * <p>The calling thread reads the stream into blocks of whole lines (about 1 MiB each) that the
   * executor parses and checks, up to the duplicate checks; it takes the blocks back in their
   * order, applies the duplicate checks (the first line read wins) and calls the sink. When it
   * needs a block that no thread of the executor has started, it checks that block itself, so any
   * executor will do. At most {@code 2 × parallelism} blocks are held at once, so memory stays
   * bounded whatever the stream. The executor is not shut down. When this throws, the blocks not
   * taken back are cancelled: none that has not started will run, and one that has runs to its end
   * without blocking.
   *
   * @param in the lines, UTF-8
   * @param source the source's name in rejects, e.g. {@link #RESPONSES}
   * @param sink receives every non-blank line's result, in line order, on the calling thread
   * @param executor runs the checks of blocks of lines
   * @param parallelism how many blocks are meant to be checked at once, at least 1; usually the
   *     executor's threads
   * @return the counts of the source
   * @throws UncheckedIOException when the stream cannot be read, or the calling thread is
   *     interrupted while it waits for a block (then caused by an {@link
   *     java.io.InterruptedIOException})
   * @throws IllegalArgumentException when {@code parallelism} is below 1
   * @throws java.util.concurrent.RejectedExecutionException when the executor refuses a block
   */
  public SourceCounts validateResponses(
      InputStream in,
      String source,
      Consumer<? super LineResult<Response>> sink,
      Executor executor,
      int parallelism) {
    return parallel(
        new SourceCheck<>(source, new ResponseCheck(index)), in, sink, executor, parallelism);
  }

  /**
   * Reads audit records to the end of the stream, which is left open, with the lines checked on
   * several threads, as {@link #validateResponses(InputStream, String, Consumer, Executor, int)}
   * does; gives exactly what {@link #validateAudits(InputStream, String, Consumer)} gives.
   *
   * @param in the lines, UTF-8
   * @param source the source's name in rejects, e.g. {@link #AUDITS}
   * @param sink receives every non-blank line's result, in line order, on the calling thread
   * @param executor runs the checks of blocks of lines
   * @param parallelism how many blocks are meant to be checked at once, at least 1; usually the
   *     executor's threads
   * @return the counts of the source
   * @throws UncheckedIOException when the stream cannot be read, or the calling thread is
   *     interrupted while it waits for a block (then caused by an {@link
   *     java.io.InterruptedIOException})
   * @throws IllegalArgumentException when {@code parallelism} is below 1
   * @throws java.util.concurrent.RejectedExecutionException when the executor refuses a block
   */
  public SourceCounts validateAudits(
      InputStream in,
      String source,
      Consumer<? super LineResult<AuditRecord>> sink,
      Executor executor,
      int parallelism) {
    return parallel(
        new SourceCheck<>(source, new AuditCheck(index)), in, sink, executor, parallelism);
  }

  /**
   * Reads survey responses to the end of the stream, which is left open, on the fast path: each
   * accepted line is given as a {@link ResponseRow} of positions and primitives, without building a
   * {@link Response}, to consumers that may run on several threads at once, in no particular order;
   * each refused line is given, on the calling thread and in line order, as the reject that {@link
   * #validateResponses(InputStream, String, Consumer)} gives, with the same counts. Meant for
   * aggregates whose result does not depend on the order of the rows, like a sum per structure.
   *
   * <p>The stream is read in blocks of whole lines that the executor parses and checks (lines that
   * are plainly valid straight from their bytes, the others through the checks of {@link
   * #validateResponses(InputStream, String, Consumer)}). The calling thread takes the blocks back
   * in order, applies the duplicate checks and gives the rejects; the accepted rows of a block go
   * back to the executor, to one row consumer, each consumer being used by one thread at a time
   * ({@code rows} is called whenever none is free: at most once per block at once, so about {@code
   * 2 × parallelism + 1} times). When the calling thread needs work that no thread of the executor
   * has started, it does it itself, so any executor will do, even {@code task -> {}} for a read on
   * the calling thread alone. Every call to a consumer has returned when this returns, and what
   * they did happens-before the return. Memory stays bounded whatever the stream: a few blocks of
   * about 1 MiB per unit of parallelism are held, and the ids and respondents accepted so far move
   * to temporary files beyond a few tens of thousands (deleted before this returns).
   *
   * @param in the lines, UTF-8
   * @param source the source's name in rejects, e.g. {@link #RESPONSES}
   * @param rows makes a consumer of accepted rows; a row is valid only during the call that gives
   *     it
   * @param rejects receives every refused line, in line order, on the calling thread
   * @param executor works on blocks of lines and runs the row consumers
   * @param parallelism how many blocks are meant to be worked on at once, at least 1; usually the
   *     executor's threads
   * @return the counts of the source
   * @throws UncheckedIOException when the stream or a temporary file cannot be read or written, or
   *     the calling thread is interrupted while it waits for a block (then caused by an {@link
   *     java.io.InterruptedIOException})
   * @throws IllegalArgumentException when {@code parallelism} is below 1
   * @throws java.util.concurrent.RejectedExecutionException when the executor refuses a block
   */
  public SourceCounts scanResponses(
      InputStream in,
      String source,
      Supplier<? extends Consumer<? super ResponseRow>> rows,
      Consumer<? super LineResult.Rejected<Response>> rejects,
      Executor executor,
      int parallelism) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(rejects, "rejects");
    Objects.requireNonNull(executor, "executor");
    return new RowScan(index, source).read(in, rows, rejects, executor, parallelism);
  }

  /**
   * @param response a response that this validator accepted
   * @return the response as {@link #scanResponses} would have given its line, with line number 1
   *     (a response does not know its line)
   * @throws IllegalArgumentException when its structure, channel or an answer is not of the
   *     edition, an answer is not of its question's type, or, when the questionnaire declares
   *     segments, a segment key or value is not declared
   */
  public ResponseRow row(Response response) {
    RowBuffer row = new RowBuffer(index.questions().size());
    row.set(Objects.requireNonNull(response, "response"), index, 1);
    return row;
  }

  private static <T> SourceCounts parallel(
      SourceCheck<T> check,
      InputStream in,
      Consumer<? super LineResult<T>> sink,
      Executor executor,
      int parallelism) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(executor, "executor");
    return new ParallelValidation<>(check, executor, parallelism, ParallelValidation.BLOCK_BYTES)
        .read(in, sink);
  }

  private static <T> SourceCounts drain(
      LineReader<T> reader, Consumer<? super LineResult<T>> sink) {
    Objects.requireNonNull(sink, "sink");
    reader.forEachRemaining(sink);
    return reader.counts();
  }
}

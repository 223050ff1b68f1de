package io.github.indiko.core.validation;

import io.github.indiko.core.internal.data.JsonLineParser;
import io.github.indiko.core.internal.data.JsonValue;
import io.github.indiko.core.internal.data.JsonValue.ObjectValue;
import io.github.indiko.core.internal.data.JsonValue.StringValue;
import io.github.indiko.core.structure.StructureId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The checks of one source's lines, in the two parts that a parallel read needs: {@link #check}
 * takes a line from its bytes to its reject or its record (every check but the duplicate ones) and
 * may run on any thread; an {@link Admission} then applies the duplicate checks and counts, in line
 * order. {@link LineReader} and {@link ParallelValidation} both go through here, so they give the
 * same results.
 *
 * @param <T> the record type
 */
final class SourceCheck<T> {
  private final String source;
  private final LineCheck<T> check;

  /**
   * @param source the source's name in rejects
   * @param check the checks of its lines
   */
  SourceCheck(String source, LineCheck<T> check) {
    this.source = Objects.requireNonNull(source, "source");
    this.check = check;
  }

  /**
   * @return the source's name in rejects
   */
  String source() {
    return source;
  }

  /**
   * Checks a non-blank line up to the duplicate checks. Thread-safe, given a parser that no other
   * thread uses meanwhile.
   *
   * @param line the 1-based line number
   * @param bytes holds the line's bytes, or null when the line is longer than the limit
   * @param offset where the line starts in {@code bytes}
   * @param length how many bytes the line has
   * @param parser the parser to use
   * @return the reject, or the accepted record that {@link Admission#admit} has still to admit
   */
  LineResult<T> check(
      long line, byte @Nullable [] bytes, int offset, int length, JsonLineParser parser) {
    if (bytes == null) {
      return reject(line, null, RejectReason.MALFORMED, "line longer than 1 MiB");
    }
    JsonLineParser.Result parsed = parser.parse(bytes, offset, length);
    if (parsed instanceof JsonLineParser.Malformed malformed) {
      return reject(line, null, RejectReason.MALFORMED, malformed.message());
    }
    JsonValue value = ((JsonLineParser.Parsed) parsed).value();
    if (!(value instanceof ObjectValue object)) {
      return reject(line, null, RejectReason.MALFORMED, "not a JSON object");
    }
    Verdict<T> verdict = check.check(object);
    if (verdict instanceof Verdict.Rejected<T> refused) {
      String id = object.members().get("id") instanceof StringValue string ? string.value() : null;
      RejectReason reason = refused.fault().reason();
      // Checks run in the order of RejectReason: from not_enrolled on, the structure exists.
      StructureId structure =
          reason.compareTo(RejectReason.NOT_ENROLLED) >= 0
                  && object.members().get("structure") instanceof StringValue named
              ? new StructureId(named.value())
              : null;
      return new LineResult.Rejected<>(
          new Reject(source, line, id, reason, refused.fault().message()), structure);
    }
    return new LineResult.Accepted<>(line, ((Verdict.Accepted<T>) verdict).record());
  }

  /**
   * @param result a line's result numbered within its block
   * @param linesBefore the lines of the source before that block
   * @return the same result numbered within the source
   */
  static <T> LineResult<T> renumbered(LineResult<T> result, long linesBefore) {
    if (linesBefore == 0) {
      return result;
    }
    if (result instanceof LineResult.Accepted<T> accepted) {
      return new LineResult.Accepted<>(accepted.line() + linesBefore, accepted.record());
    }
    LineResult.Rejected<T> rejected = (LineResult.Rejected<T>) result;
    Reject reject = rejected.reject();
    return new LineResult.Rejected<>(
        new Reject(
            reject.source(),
            reject.line() + linesBefore,
            reject.id(),
            reject.reason(),
            reject.message()),
        rejected.structure());
  }

  private LineResult<T> reject(
      long line, @Nullable String id, RejectReason reason, String message) {
    return new LineResult.Rejected<>(new Reject(source, line, id, reason, message));
  }

  /**
   * @return the duplicate checks and counts of a new read
   */
  Admission admission() {
    return new Admission(check.duplicates());
  }

  /**
   * The sequential part of a read: the duplicate checks (the first line read wins) and the counts.
   * Not thread-safe; given the results of {@link #check} in line order.
   */
  final class Admission implements AutoCloseable {
    private final LineCheck.Duplicates<T> duplicates;
    private final LineCounts counts = new LineCounts();

    private Admission(LineCheck.Duplicates<T> duplicates) {
      this.duplicates = duplicates;
    }

    /**
     * @param checked the next line's result from {@link #check}
     * @return the line's final result: {@code checked}, or a duplicate's reject
     */
    LineResult<T> admit(LineResult<T> checked) {
      LineResult<T> result = checked;
      if (checked instanceof LineResult.Accepted<T> candidate) {
        T record = candidate.record();
        Fault fault = duplicates.admit(record);
        if (fault != null) {
          result =
              new LineResult.Rejected<>(
                  new Reject(
                      source, candidate.line(), check.id(record), fault.reason(), fault.message()),
                  check.structure(record));
        }
      }
      if (result instanceof LineResult.Rejected<T> line) {
        counts.rejected(line.reject().reason());
      } else {
        counts.accepted();
      }
      return result;
    }

    /**
     * @return the counts of the lines admitted so far
     */
    SourceCounts counts() {
      return counts.counts();
    }

    /** Frees what the duplicate checks hold (their temporary files, if any). */
    @Override
    public void close() {
      duplicates.close();
    }
  }
}

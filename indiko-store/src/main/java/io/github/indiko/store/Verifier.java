package io.github.indiko.store;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.privacy.Pseudonymiser;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineReader;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.Reject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The file validator's checks applied to lines a store is given (formats.md, Rejects): one engine
 * for files and stores. Pseudonymises responses first when the store has a pseudonymiser.
 * Thread-safe.
 */
final class Verifier {
  private final DataValidator validator;
  private final @Nullable Pseudonymiser pseudonymiser;
  private final boolean onePerRespondent;

  Verifier(EditionDefinitions definitions, @Nullable Pseudonymiser pseudonymiser) {
    this.validator = DataValidator.of(definitions);
    this.pseudonymiser = pseudonymiser;
    this.onePerRespondent = definitions.edition().scoring().oneResponsePerRespondent();
  }

  DataValidator validator() {
    return validator;
  }

  /**
   * @return the lines as kept: with pseudonyms in place of respondent tokens for responses when the
   *     store has a pseudonymiser, else as they are
   */
  InputStream kept(Kind kind, InputStream lines) {
    return kind == Kind.RESPONSES && pseudonymiser != null
        ? pseudonymiser.responses(lines)
        : lines;
  }

  /** {@link #kept(Kind, InputStream)} of one line, without terminator. */
  byte[] kept(Kind kind, byte[] line) {
    if (kind != Kind.RESPONSES || pseudonymiser == null) {
      return line;
    }
    try (InputStream in = kept(kind, new ByteArrayInputStream(line))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks a line as one after the first of a file: a byte order mark at its start is a character,
   * as formats.md (Rejects, Settled readings) has it.
   *
   * @param line a kept line, without terminator
   * @return its result, line number 1; null when the line is blank
   */
  @Nullable LineResult<?> check(Kind kind, byte[] line) {
    return after(kind, new byte[0], line);
  }

  /**
   * Checks a line read right after another, as in a file, so that a duplicate of the earlier one
   * gets the reject and message the file validator gives.
   *
   * @param earlier a kept line, without terminator
   * @param line a kept line, without terminator
   * @return the result of {@code line}, line number 1; null when the line is blank
   */
  @Nullable LineResult<?> after(Kind kind, byte[] earlier, byte[] line) {
    return after(kind, List.of(earlier), line);
  }

  /**
   * Checks a line read after others, as the last line of a file holding them in that order: what
   * the earlier lines accepted (ids, the originals a double names, analysis.md §A5) decides it as
   * in the file.
   *
   * @param earlier kept lines, none blank, without terminators
   * @param line a kept line, without terminator
   * @return the result of {@code line}, line number 1; null when the line is blank
   */
  @Nullable LineResult<?> after(Kind kind, List<byte[]> earlier, byte[] line) {
    List<byte[]> lines = new ArrayList<>(earlier);
    lines.add(line);
    LineResult<?>[] last = new LineResult<?>[1];
    read(
        kind,
        lines,
        result -> {
          if (result.line() == lines.size()) {
            last[0] =
                result instanceof LineResult.Rejected<?> rejected
                    ? new LineResult.Rejected<>(at(rejected.reject(), 1), rejected.structure())
                    : new LineResult.Accepted<>(1, ((LineResult.Accepted<?>) result).record());
          }
        });
    return last[0];
  }

  /**
   * Reads kept lines as a file holding them in that order.
   *
   * @param lines kept lines, without terminators
   * @param results receives the result of each line that is not blank, in order
   */
  void read(Kind kind, List<byte[]> lines, Consumer<LineResult<?>> results) {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    for (byte[] line : lines) {
      file.writeBytes(line);
      file.write('\n');
    }
    try (LineReader<?> reader = reader(kind, new ByteArrayInputStream(file.toByteArray()))) {
      while (reader.hasNext()) {
        results.accept(reader.next());
      }
    }
  }

  /**
   * @param in the lines of a source, UTF-8; closed with the reader
   * @return the validator's reader of them
   */
  LineReader<?> reader(Kind kind, InputStream in) {
    return kind == Kind.RESPONSES
        ? validator.responses(in, kind.source)
        : validator.audits(in, kind.source);
  }

  /**
   * @param record the record of an accepted line
   * @param line the line
   * @return its columns
   */
  StoredLine stored(Object record, byte[] line) {
    String text = new String(line, StandardCharsets.UTF_8);
    return record instanceof Response response
        ? StoredLine.of(response, onePerRespondent, text)
        : StoredLine.of((AuditRecord) record, text);
  }

  /**
   * @return the respondent of a response line that is well formed, checked alone; null otherwise
   */
  @Nullable String respondent(byte[] line) {
    return check(Kind.RESPONSES, line) instanceof LineResult.Accepted<?> accepted
        ? ((Response) accepted.record()).respondent()
        : null;
  }

  /**
   * @return the reject at another line number
   */
  static Reject at(Reject reject, long line) {
    return new Reject(reject.source(), line, reject.id(), reject.reason(), reject.message());
  }
}

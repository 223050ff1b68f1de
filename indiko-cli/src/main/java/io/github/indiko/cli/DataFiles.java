package io.github.indiko.cli;

import io.github.indiko.core.InputException;
import io.github.indiko.core.io.InputFiles;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks, before a command reads them, that the data files of an edition folder can be read and
 * were not cut short. A file is taken for cut short when its last line has no line end and cannot
 * be read as a JSON object (the reject formats.md would give it is {@code malformed} with a null
 * {@code id}): a file cut inside a line. Its last line, complete and without a line end, is an
 * ordinary line (JSON Lines allows it), and a line cut short followed by a line end cannot be told
 * from a malformed line: it is refused as one. A last line longer than the limit of a line is
 * refused as too long, whole or not, as it would be with a line end. The lines are counted as the
 * readers count them: a byte order mark at the start of the file is skipped (formats.md, Common
 * rules).
 */
final class DataFiles {
  private static final int CHUNK = 1 << 16;

  private DataFiles() {}

  /**
   * @param validator the edition's validator
   * @param edition the edition folder
   * @throws Failure with exit 4 when a data file is missing, is not a regular file, cannot be read
   *     or was cut short, naming the file (and the line)
   */
  static void check(DataValidator validator, Path edition) {
    check(edition.resolve(DataValidator.RESPONSES), validator, true);
    check(edition.resolve(DataValidator.AUDITS), validator, false);
  }

  private static void check(Path file, DataValidator validator, boolean responses) {
    try (FileChannel channel = InputFiles.channel(file)) {
      long size = channel.size();
      if (size == 0 || byteAt(channel, size - 1) == '\n') {
        return;
      }
      long start = lastLineStart(channel, size);
      if (tooLong(channel, start, size)) {
        // Refused unread as too long, whole or not, as with a line end.
        return;
      }
      List<LineResult<?>> results = new ArrayList<>(1);
      // From the line end before the line, if any, so that it does not start the stream, where a
      // byte order mark would be skipped: only the file's first line may follow one.
      InputStream last = Channels.newInputStream(channel.position(Math.max(0, start - 1)));
      if (responses) {
        validator.validateResponses(last, DataValidator.RESPONSES, results::add);
      } else {
        validator.validateAudits(last, DataValidator.AUDITS, results::add);
      }
      if (!results.isEmpty()
          && results.get(0) instanceof LineResult.Rejected<?> rejected
          && rejected.reject().reason() == RejectReason.MALFORMED
          && rejected.reject().id() == null) {
        long line = newlines(channel, start) + 1;
        throw new Failure(
            Indiko.IO,
            String.format(
                Locale.ROOT,
                "%s ends inside line %d, which has no line end and is not a whole JSON object:"
                    + " the file was cut short (an interrupted copy or a full disk?)",
                file,
                line));
      }
    } catch (InputException e) {
      throw new Failure(Indiko.IO, e.getMessage());
    } catch (IOException e) {
      throw new Failure(Indiko.IO, "cannot read " + file + ": " + Io.describe(e));
    } catch (UncheckedIOException e) {
      throw new Failure(Indiko.IO, "cannot read " + file + ": " + Io.describe(e.getCause()));
    }
  }

  /**
   * @return whether the last line, {@code [start, end)} without a line end, is longer than {@link
   *     DataValidator#MAX_LINE_BYTES}, counted as the readers count it: without a final {@code \r},
   *     nor a byte order mark at the start of the file
   */
  private static boolean tooLong(FileChannel channel, long start, long end) throws IOException {
    long length = end - start;
    if (length <= DataValidator.MAX_LINE_BYTES) {
      return false;
    }
    if (byteAt(channel, end - 1) == '\r') {
      length--;
    }
    if (start == 0
        && byteAt(channel, 0) == (byte) 0xEF
        && byteAt(channel, 1) == (byte) 0xBB
        && byteAt(channel, 2) == (byte) 0xBF) {
      length -= 3;
    }
    return length > DataValidator.MAX_LINE_BYTES;
  }

  private static byte byteAt(FileChannel channel, long position) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    while (one.hasRemaining()) {
      if (channel.read(one, position) < 0) {
        throw new IOException("the file shrank while it was read");
      }
    }
    return one.get(0);
  }

  /** The position just after the last {@code \n} before {@code end}, or 0. */
  private static long lastLineStart(FileChannel channel, long end) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
    long to = end;
    while (to > 0) {
      long from = Math.max(0, to - CHUNK);
      read(channel, chunk, from, (int) (to - from));
      for (int i = (int) (to - from) - 1; i >= 0; i--) {
        if (chunk.get(i) == '\n') {
          return from + i + 1;
        }
      }
      to = from;
    }
    return 0;
  }

  /** The number of {@code \n} before {@code end}: read only when a file was cut short. */
  private static long newlines(FileChannel channel, long end) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
    long count = 0;
    for (long from = 0; from < end; from += CHUNK) {
      int length = (int) Math.min(CHUNK, end - from);
      read(channel, chunk, from, length);
      for (int i = 0; i < length; i++) {
        if (chunk.get(i) == '\n') {
          count++;
        }
      }
    }
    return count;
  }

  private static void read(FileChannel channel, ByteBuffer chunk, long from, int length)
      throws IOException {
    chunk.clear().limit(length);
    while (chunk.hasRemaining()) {
      if (channel.read(chunk, from + chunk.position()) < 0) {
        throw new IOException("the file shrank while it was read");
      }
    }
  }
}

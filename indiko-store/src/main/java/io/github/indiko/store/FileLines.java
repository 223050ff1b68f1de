package io.github.indiko.store;

import io.github.indiko.core.validation.DataValidator;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a data file as the validator numbers them (formats.md, Common rules): a line ends
 * at {@code \n}, one {@code \r} before it (or at the end) is no part of it, and a UTF-8 byte order
 * mark at the very start is skipped. Gives each line's bytes (up to the 1 MiB limit of a line,
 * beyond which no line is accepted) and the SHA-256 of all of them, so that a line too long is
 * never held whole. Not thread-safe.
 */
final class FileLines implements Closeable {
  private final InputStream in;
  private final MessageDigest digest;
  private byte[] buffer = new byte[1024];
  private int length;
  private boolean tooLong;
  private long number;
  private boolean started;

  /**
   * A line.
   *
   * @param number its 1-based number
   * @param bytes its bytes without terminator, or null when longer than the limit
   * @param sha256 the SHA-256 of its bytes, in lowercase hexadecimal
   */
  record Line(long number, byte @Nullable [] bytes, String sha256) {}

  /**
   * @param in the file's bytes; closed by {@link #close()}
   */
  FileLines(InputStream in) {
    this.in = new BufferedInputStream(in, 64 * 1024);
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Reads on to a line.
   *
   * @param wanted its number, beyond the lines given before
   * @return the line
   * @throws IOException when the file cannot be read, or ends before
   */
  Line line(long wanted) throws IOException {
    if (!started) {
      skipByteOrderMark();
      started = true;
    }
    while (number < wanted) {
      if (!next()) {
        throw new IOException("the file ends at line " + number + ", before line " + wanted);
      }
    }
    String sha256 = HexFormat.of().formatHex(digest.digest());
    byte[] bytes = tooLong ? null : Arrays.copyOf(buffer, length);
    return new Line(number, bytes, sha256);
  }

  private void skipByteOrderMark() throws IOException {
    in.mark(3);
    if (in.read() != 0xef || in.read() != 0xbb || in.read() != 0xbf) {
      in.reset();
    }
  }

  /** Reads the next line into the buffer and the digest; false at the end of the file. */
  private boolean next() throws IOException {
    digest.reset();
    length = 0;
    tooLong = false;
    boolean carriageReturn = false;
    int b = in.read();
    if (b < 0) {
      return false;
    }
    while (b >= 0 && b != '\n') {
      if (carriageReturn) {
        append((byte) '\r');
      }
      carriageReturn = b == '\r';
      if (!carriageReturn) {
        append((byte) b);
      }
      b = in.read();
    }
    digest.update(buffer, 0, length);
    number++;
    return true;
  }

  private void append(byte b) {
    if (length == buffer.length) {
      if (tooLong || length >= DataValidator.MAX_LINE_BYTES) {
        digest.update(buffer, 0, length);
        length = 0;
        tooLong = true;
      } else {
        buffer = Arrays.copyOf(buffer, Math.min(2 * length, DataValidator.MAX_LINE_BYTES));
      }
    }
    buffer[length++] = b;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

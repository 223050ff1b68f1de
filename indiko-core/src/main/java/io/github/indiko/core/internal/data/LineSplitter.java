package io.github.indiko.core.internal.data;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines on {@code \n} (a {@code \r} before it is dropped), reading it in
 * chunks and keeping at most {@code maxBytes} of a line: a longer line is skipped to its end and
 * only flagged, so memory stays bounded whatever the input. Not thread-safe; reuses its buffers.
 */
public final class LineSplitter {
  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final int maxBytes;
  private final byte[] chunk = new byte[CHUNK];
  private int chunkPosition;
  private int chunkLength;
  private boolean endOfInput;

  // One byte more than maxBytes, for a \r that ends a line of exactly maxBytes.
  private final byte[] line;
  private int length;
  private boolean overflow;
  private boolean blank;
  private long number;

  /**
   * @param in the stream to split; not closed here
   * @param maxBytes the longest line kept, in bytes without its terminator
   */
  public LineSplitter(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
    this.line = new byte[maxBytes + 1];
  }

  /**
   * Moves to the next line.
   *
   * @return false at the end of the stream (a final {@code \n} does not start a line)
   * @throws IOException when the stream fails
   */
  public boolean next() throws IOException {
    length = 0;
    overflow = false;
    blank = true;
    boolean started = false;
    while (true) {
      if (chunkPosition == chunkLength) {
        if (endOfInput || !fill()) {
          if (!started) {
            return false;
          }
          finish();
          return true;
        }
      }
      int end = chunkPosition;
      while (end < chunkLength && chunk[end] != '\n') {
        end++;
      }
      append(chunkPosition, end);
      started = true;
      if (end < chunkLength) {
        chunkPosition = end + 1;
        finish();
        return true;
      }
      chunkPosition = chunkLength;
    }
  }

  private boolean fill() throws IOException {
    int read;
    do {
      read = in.read(chunk);
    } while (read == 0);
    if (read < 0) {
      endOfInput = true;
      return false;
    }
    chunkPosition = 0;
    chunkLength = read;
    return true;
  }

  private void append(int from, int to) {
    for (int i = from; i < to && blank; i++) {
      byte b = chunk[i];
      blank = b == ' ' || b == '\t' || b == '\r';
    }
    int count = to - from;
    if (overflow || count > line.length - length) {
      overflow = true;
      return;
    }
    System.arraycopy(chunk, from, line, length, count);
    length += count;
  }

  private void finish() {
    number++;
    if (!overflow && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    overflow |= length > maxBytes;
  }

  /**
   * @return the 1-based number of the current line, blank lines included
   */
  public long number() {
    return number;
  }

  /**
   * @return whether the current line is made only of JSON whitespace (or empty)
   */
  public boolean isBlank() {
    return blank;
  }

  /**
   * @return whether the current line is longer than the limit; then its bytes are not kept
   */
  public boolean isTooLong() {
    return overflow;
  }

  /**
   * @return the buffer holding the current line's bytes from index 0; overwritten by {@link
   *     #next()}
   */
  public byte[] bytes() {
    return line;
  }

  /**
   * @return how many bytes of {@link #bytes()} the current line has, without its terminator
   */
  public int length() {
    return length;
  }
}

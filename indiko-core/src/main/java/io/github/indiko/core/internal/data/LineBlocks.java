package io.github.indiko.core.internal.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * Reads a byte stream into {@link Block}s of whole lines, so that lines can be handed to other
 * threads in large buffers without a copy per line.
 *
 * <p>A UTF-8 byte order mark ({@code EF BB BF}) at the very start of the stream is skipped
 * (formats.md, Common rules): the first line starts after it, and is counted and measured as if it
 * were not there. Only the first three bytes of the stream are looked at for it; a byte order mark
 * anywhere else is part of its line.
 *
 * <p>Lines end at {@code \n}; one {@code \r} right before it (or at the end of the stream) is not
 * part of the line; a final {@code \n} does not start a line. A line is blank when it is empty or
 * made only of spaces, tabs and {@code \r}. A line longer than {@code maxLineBytes} (without its
 * terminator) is <em>too long</em>: its bytes are not given, and one that does not fit in a buffer
 * is skipped to its end, reading the stream and keeping only whether it is blank, so memory stays
 * bounded whatever the input.
 *
 * <p>Each block has its own buffer of {@code max(blockBytes, maxLineBytes + 2)} bytes, enough for
 * any line within the limit with its {@code \r\n}. The reader fills it from the stream, in reads
 * of at most {@code blockBytes}, until it has read {@code blockBytes} and seen a line end (or the
 * buffer is full, or the stream ends), and cuts the block after the last line end: the bytes after
 * it start the next block. So a block holds complete lines only (the last line of the stream may
 * lack its {@code \n}). The reader looks at the bytes only to find the last line end of what it
 * read: the lines of a block are found and counted by whoever goes over them ({@link
 * Block#lines()}).
 *
 * <p>{@link #next()} is not thread-safe: one thread reads. {@link #recycle} is thread-safe: a block
 * given back lends its buffer to a later block. At most {@value #POOLED} buffers are kept, and
 * never more than the blocks that were out at once.
 */
public final class LineBlocks {
  /** A UTF-8 byte order mark, U+FEFF. */
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** The buffers kept for reuse, at most. */
  public static final int POOLED = 64;

  private final InputStream in;
  private final int maxLineBytes;
  private final int blockBytes;
  private final int capacity;
  private final ArrayBlockingQueue<byte[]> pool = new ArrayBlockingQueue<>(POOLED);

  // The bytes read after the last block: carried[carryFrom, carryTo), the buffer of that block.
  private byte @Nullable [] carried;
  private int carryFrom;
  private int carryTo;
  private boolean endOfInput;
  private boolean started;

  /**
   * @param in the stream to read; not closed here
   * @param maxLineBytes the longest line whose bytes are given, without its terminator; at least 0
   * @param blockBytes the bytes a block is meant to hold; at least 1
   * @throws IllegalArgumentException when a size is out of range
   */
  public LineBlocks(InputStream in, int maxLineBytes, int blockBytes) {
    if (maxLineBytes < 0 || maxLineBytes > Integer.MAX_VALUE - 16 || blockBytes < 1) {
      throw new IllegalArgumentException(
          "line limit must be within 0.."
              + (Integer.MAX_VALUE - 16)
              + " and block size at least 1: "
              + maxLineBytes
              + ", "
              + blockBytes);
    }
    this.in = Objects.requireNonNull(in, "in");
    this.maxLineBytes = maxLineBytes;
    this.blockBytes = blockBytes;
    this.capacity = Math.max(Math.max(blockBytes, maxLineBytes + 2), BOM.length);
  }

  /**
   * Reads the next block. Not thread-safe.
   *
   * @return the next block of lines, or null at the end of the stream
   * @throws IOException when the stream fails; the blocks read after it are undefined
   */
  public @Nullable Block next() throws IOException {
    int carry = carryTo - carryFrom;
    if (endOfInput && carry == 0) {
      return null;
    }
    byte[] buffer = acquire();
    if (carry > 0) {
      // The carried bytes may be in this very buffer, when its block came back already:
      // arraycopy copies overlapping ranges as if through a temporary array.
      System.arraycopy(Objects.requireNonNull(carried), carryFrom, buffer, 0, carry);
    }
    carried = null;
    carryFrom = 0;
    carryTo = 0;
    int filled = carry;
    if (!started) {
      started = true;
      filled = start(buffer);
      carry = filled;
    }
    // What a long line's skip left may hold whole lines; otherwise it is an unfinished line.
    int lastEnd = lastLineEnd(buffer, 0, carry);
    while (!endOfInput && filled < capacity && (lastEnd < 0 || filled - carry < blockBytes)) {
      int read = in.read(buffer, filled, Math.min(blockBytes, capacity - filled));
      if (read < 0) {
        endOfInput = true;
      } else if (read > 0) {
        int end = lastLineEnd(buffer, filled, filled + read);
        if (end >= 0) {
          lastEnd = end;
        }
        filled += read;
      }
    }
    if (endOfInput) {
      if (filled == 0) {
        pool.offer(buffer);
        return null;
      }
      return new Block(this, buffer, filled, maxLineBytes);
    }
    if (lastEnd < 0) {
      // The buffer is full and the line that fills it is longer than any line within the limit.
      return skip(buffer, filled);
    }
    carried = buffer;
    carryFrom = lastEnd + 1;
    carryTo = filled;
    return new Block(this, buffer, lastEnd + 1, maxLineBytes);
  }

  /**
   * Reads the first bytes of the stream, up to three, and drops them when they are a byte order
   * mark.
   *
   * @return how many bytes of the buffer are kept: 0 after a byte order mark
   */
  private int start(byte[] buffer) throws IOException {
    int filled = 0;
    while (filled < BOM.length) {
      int read = in.read(buffer, filled, BOM.length - filled);
      if (read < 0) {
        endOfInput = true;
        break;
      }
      filled += read;
    }
    return filled == BOM.length && Arrays.equals(buffer, 0, filled, BOM, 0, filled) ? 0 : filled;
  }

  /**
   * Reads a too-long line to its end.
   *
   * @param buffer holds the line's first bytes, from index 0
   * @param known how many there are
   * @return the block of that one line
   */
  private Block skip(byte[] buffer, int known) throws IOException {
    boolean blank = Block.blank(buffer, 0, known);
    while (true) {
      int read = in.read(buffer, 0, capacity);
      if (read < 0) {
        endOfInput = true;
        break;
      }
      int end = 0;
      while (end < read && buffer[end] != '\n') {
        end++;
      }
      blank = blank && Block.blank(buffer, 0, end);
      if (end < read) {
        carried = buffer;
        carryFrom = end + 1;
        carryTo = read;
        break;
      }
    }
    return new Block(this, buffer, blank);
  }

  /** The index of the last {@code \n} in {@code buffer[from, to)}, or -1. */
  private static int lastLineEnd(byte[] buffer, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private byte[] acquire() {
    byte[] buffer = pool.poll();
    return buffer != null ? buffer : new byte[capacity];
  }

  /**
   * Gives a block back: its buffer may be reused by a later {@link #next()}, so the block and
   * anything pointing into its bytes must not be used afterwards. Thread-safe.
   *
   * @param block a block of this reader, given back once
   * @throws IllegalArgumentException when the block is another reader's
   * @throws IllegalStateException when the block was given back already
   */
  public void recycle(Block block) {
    if (block.owner() != this) {
      throw new IllegalArgumentException("the block was read by another LineBlocks");
    }
    block.markRecycled();
    pool.offer(block.bytes());
  }
}

package io.github.indiko.core.internal.data;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whole lines of a stream, read by {@link LineBlocks}: either lines within the limit in a buffer (a
 * line in it may still be too long for the limit: then its bytes are not given), or one line too
 * long for any buffer, whose bytes were skipped.
 *
 * <p>Line numbers are local: the block's first line is line 1; whoever reads the blocks in order
 * knows how many lines came before (the sum of the earlier blocks' {@link #lineCount()}). A block
 * is used by one thread at a time and handed between threads with a happens-before edge (an
 * executor's submission, a {@code Future}'s result); its bytes are never written while it is out,
 * so several cursors may read it one after the other. Once given back with {@link
 * LineBlocks#recycle}, neither it nor its bytes may be used.
 */
public final class Block {
  private static final long UNKNOWN = -1;

  private final LineBlocks owner;
  private final byte[] bytes;
  private final int length;
  private final int maxLineBytes;
  // A block of one line too long for any buffer: its bytes are not in the buffer.
  private final boolean skipped;
  private final boolean skippedBlank;
  private long lineCount;
  private final AtomicBoolean recycled = new AtomicBoolean();

  /** A block of the lines in {@code bytes[0, length)}. */
  Block(LineBlocks owner, byte[] bytes, int length, int maxLineBytes) {
    this.owner = owner;
    this.bytes = bytes;
    this.length = length;
    this.maxLineBytes = maxLineBytes;
    this.skipped = false;
    this.skippedBlank = false;
    this.lineCount = UNKNOWN;
  }

  /**
   * A block of one too-long line whose bytes were skipped; its buffer holds no line, only what was
   * read after it.
   */
  Block(LineBlocks owner, byte[] bytes, boolean blank) {
    this.owner = owner;
    this.bytes = bytes;
    this.length = 0;
    this.maxLineBytes = 0;
    this.skipped = true;
    this.skippedBlank = blank;
    this.lineCount = 1;
  }

  /**
   * @return a new cursor before the block's first line
   */
  public Lines lines() {
    return new Lines();
  }

  /**
   * The number of lines of the block, blank and too-long ones included. Cheap once a cursor went
   * past the last line (it records the count) or when the block is one skipped line; otherwise this
   * counts the line ends, a scan of the block's bytes, and records the count.
   *
   * @return the number of lines, at least 1
   */
  public long lineCount() {
    if (lineCount == UNKNOWN) {
      long count = 0;
      for (int i = 0; i < length; i++) {
        if (bytes[i] == '\n') {
          count++;
        }
      }
      lineCount = bytes[length - 1] == '\n' ? count : count + 1;
    }
    return lineCount;
  }

  LineBlocks owner() {
    return owner;
  }

  byte[] bytes() {
    return bytes;
  }

  void markRecycled() {
    if (recycled.getAndSet(true)) {
      throw new IllegalStateException("the block was given back already");
    }
  }

  static boolean blank(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * A cursor over the lines of its block, in order. Allocates nothing per line. Not thread-safe.
   */
  public final class Lines {
    private int position;
    private long number;
    private int offset;
    private int lineLength;
    private boolean blank;
    private boolean tooLong;

    private Lines() {}

    /**
     * Moves to the next line.
     *
     * @return false after the block's last line
     */
    public boolean next() {
      if (skipped) {
        if (number > 0) {
          return false;
        }
        number = 1;
        offset = 0;
        lineLength = 0;
        blank = skippedBlank;
        tooLong = true;
        return true;
      }
      if (position >= length) {
        lineCount = number;
        return false;
      }
      int start = position;
      int end = start;
      byte[] data = bytes;
      int limit = length;
      long newlines = Swar.broadcast('\n');
      while (end + 8 <= limit) {
        long found = Swar.equal(Swar.word(data, end), newlines);
        if (found != 0) {
          end += Swar.first(found);
          break;
        }
        end += 8;
      }
      while (end < limit && data[end] != '\n') {
        end++;
      }
      position = end + 1;
      number++;
      if (end > start && data[end - 1] == '\r') {
        end--;
      }
      int size = end - start;
      blank = Block.blank(data, start, end);
      tooLong = size > maxLineBytes;
      offset = start;
      lineLength = tooLong ? 0 : size;
      return true;
    }

    /**
     * @return the 1-based number of the current line within the block, blank lines included
     */
    public long number() {
      return number;
    }

    /**
     * @return the buffer holding the current line at {@link #offset()}; the block's, not a copy
     */
    public byte[] bytes() {
      return bytes;
    }

    /**
     * @return where the current line starts in {@link #bytes()}
     */
    public int offset() {
      return offset;
    }

    /**
     * @return how many bytes the current line has, without its terminator; 0 when it is too long
     */
    public int length() {
      return lineLength;
    }

    /**
     * @return whether the current line is empty or made only of spaces, tabs and {@code \r}
     */
    public boolean isBlank() {
      return blank;
    }

    /**
     * @return whether the current line is longer than the limit; then its bytes are not given
     */
    public boolean isTooLong() {
      return tooLong;
    }
  }
}

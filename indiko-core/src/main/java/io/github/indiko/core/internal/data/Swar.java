package io.github.indiko.core.internal.data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes at a time ("SIMD within a register"): the hot loops of the data path read a
 * little-endian word and find the first byte of interest in it with a few arithmetic operations
 * instead of eight comparisons. In every mask given here, the high bit of byte k is set when byte k
 * is of interest; bits may also be set in bytes after the first one of interest (a borrow), never
 * before it, so only the first flagged byte is to be trusted: {@link #first}.
 */
public final class Swar {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long QUOTES = broadcast('"');
  private static final long BACKSLASHES = broadcast('\\');

  private Swar() {}

  /**
   * @return the eight bytes at {@code bytes[i..i + 8)}, byte i lowest
   */
  public static long word(byte[] bytes, int i) {
    return (long) LONGS.get(bytes, i);
  }

  /**
   * @return the bytes at {@code bytes[i..i + length)}, byte i lowest, zero above; {@code length}
   *     from 0 to 8
   */
  public static long partialWord(byte[] bytes, int i, int length) {
    if (length == 8) {
      return word(bytes, i);
    }
    if (i + 8 <= bytes.length) {
      return word(bytes, i) & ((1L << (length << 3)) - 1);
    }
    long word = 0;
    for (int k = length - 1; k >= 0; k--) {
      word = word << 8 | (bytes[i + k] & 0xff);
    }
    return word;
  }

  /**
   * @return the word with {@code value} in each byte
   */
  public static long broadcast(int value) {
    return ONES * (value & 0xff);
  }

  /**
   * @param word eight bytes
   * @param pattern a {@link #broadcast} byte
   * @return the mask of the bytes equal to that byte
   */
  public static long equal(long word, long pattern) {
    long x = word ^ pattern;
    return (x - ONES) & ~x & HIGHS;
  }

  /**
   * @param word eight bytes
   * @return the mask of the bytes that are below 0x20 (control characters) or from 0x80 on
   *     (non-ASCII)
   */
  public static long controlOrHigh(long word) {
    return ((word - broadcast(0x20)) & ~word | word) & HIGHS;
  }

  /**
   * @param word eight bytes of a JSON string's content
   * @return the mask of the bytes that end a run of plain content: a quote, a backslash, a control
   *     character or a non-ASCII byte
   */
  public static long stringSpecial(long word) {
    return equal(word, QUOTES) | equal(word, BACKSLASHES) | controlOrHigh(word);
  }

  /**
   * @param mask a mask of bytes of interest, not 0
   * @return the index in the word of the first byte of interest
   */
  public static int first(long mask) {
    return Long.numberOfTrailingZeros(mask) >>> 3;
  }
}

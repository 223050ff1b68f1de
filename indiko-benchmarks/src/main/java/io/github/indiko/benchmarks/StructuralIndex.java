package io.github.indiko.benchmarks;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The first stage of a simdjson-style JSON reader, done with 64-bit words since Java 17 has no
 * vector API outside an incubator module: not used by Indiko, measured ({@link
 * ValidationBenchmark#structuralIndex}) to know what that technique would cost here. For each 64
 * bytes: masks of the quotes, of the separators ({@code : , { } [ ]} and line ends) and of the
 * bytes inside strings (the prefix XOR of the quotes), then the positions of the separators outside
 * strings and of every quote, in order. Backslashes are not looked at: a string holding an escaped
 * quote is indexed wrongly, which only makes the measured cost a lower bound.
 */
final class StructuralIndex {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long QUOTES = ONES * '"';
  private static final long COLONS = ONES * ':';
  private static final long COMMAS = ONES * ',';
  private static final long LINE_ENDS = ONES * '\n';

  /**
   * {@code { } [ ]} are the bytes whose bits outside 0x26 are 0x59: one comparison for the four
   * (it also matches {@code Y _ y} and 0x7F, which valid JSON has only inside strings).
   */
  private static final long BRACKET_BITS = ONES * 0xD9;

  private static final long BRACKETS = ONES * 0x59;

  private StructuralIndex() {}

  /**
   * @param bytes JSON text
   * @param length how many bytes to index, a multiple of 64
   * @param positions receives the positions, at least {@code length} long
   * @return how many positions were written
   */
  static int index(byte[] bytes, int length, int[] positions) {
    if (length % 64 != 0) {
      throw new IllegalArgumentException("length must be a multiple of 64: " + length);
    }
    int count = 0;
    // All ones when the previous 64 bytes ended inside a string.
    long inside = 0;
    for (int base = 0; base < length; base += 64) {
      long quotes = 0;
      long separators = 0;
      for (int k = 0; k < 8; k++) {
        long word = (long) LONGS.get(bytes, base + 8 * k);
        quotes |= bits(equal(word, QUOTES)) << (8 * k);
        long separator =
            equal(word, COLONS)
                | equal(word, COMMAS)
                | equal(word & BRACKET_BITS, BRACKETS)
                | equal(word, LINE_ENDS);
        separators |= bits(separator) << (8 * k);
      }
      long string = quotes;
      string ^= string << 1;
      string ^= string << 2;
      string ^= string << 4;
      string ^= string << 8;
      string ^= string << 16;
      string ^= string << 32;
      string ^= inside;
      inside = string >> 63;
      for (long marks = separators & ~string | quotes; marks != 0; marks &= marks - 1) {
        positions[count++] = base + Long.numberOfTrailingZeros(marks);
      }
    }
    return count;
  }

  /** 0x80 in each byte of the word equal to the pattern's, exactly. */
  private static long equal(long word, long pattern) {
    long x = word ^ pattern;
    return ~(((x & LOW7) + LOW7) | x | LOW7);
  }

  /** The high bits of the eight bytes, as the low eight bits, byte 0 first. */
  private static long bits(long highs) {
    return ((highs >>> 7) * 0x0102040810204080L) >>> 56;
  }
}

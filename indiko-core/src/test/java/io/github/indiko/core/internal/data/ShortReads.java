package io.github.indiko.core.internal.data;

import java.io.InputStream;
import java.util.Random;

/**
 * Gives its bytes in random short reads of 0 to {@code longest} bytes, so that every line crosses
 * read boundaries. A read of 0 bytes is allowed to streams in practice, though not by the contract
 * of {@link InputStream#read(byte[], int, int)}.
 */
final class ShortReads extends InputStream {
  private final byte[] bytes;
  private final Random random;
  private final int longest;
  private int position;

  ShortReads(byte[] bytes, long seed, int longest) {
    this.bytes = bytes;
    this.random = new Random(seed);
    this.longest = longest;
  }

  @Override
  public int read() {
    return position < bytes.length ? bytes[position++] & 0xFF : -1;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (position == bytes.length) {
      return -1;
    }
    int count = Math.min(Math.min(length, random.nextInt(longest + 1)), bytes.length - position);
    System.arraycopy(bytes, position, buffer, offset, count);
    position += count;
    return count;
  }
}

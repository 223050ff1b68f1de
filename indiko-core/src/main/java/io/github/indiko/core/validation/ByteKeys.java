package io.github.indiko.core.validation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A fixed set of strings looked up by their UTF-8 bytes as they stand in a line, without decoding
 * them: member names, question ids, option values, structure and channel ids. Open addressing over
 * a table at most half full. Immutable and thread-safe.
 */
final class ByteKeys {
  private final byte[][] keys;
  private final int[] positions;
  private final int mask;

  /**
   * @param keys distinct strings; each is found at its position in this list
   */
  ByteKeys(List<String> keys) {
    int size = Integer.highestOneBit(Math.max(1, keys.size()) * 2) * 2;
    this.keys = new byte[size][];
    this.positions = new int[size];
    this.mask = size - 1;
    for (int i = 0; i < keys.size(); i++) {
      byte[] key = keys.get(i).getBytes(StandardCharsets.UTF_8);
      int slot = hash(key, 0, key.length) & mask;
      while (this.keys[slot] != null) {
        if (Arrays.equals(this.keys[slot], key)) {
          throw new IllegalArgumentException("repeated key " + keys.get(i));
        }
        slot = (slot + 1) & mask;
      }
      this.keys[slot] = key;
      this.positions[slot] = i;
    }
  }

  /**
   * @return the position of the key whose bytes are {@code bytes[from..to)}, or -1
   */
  int find(byte[] bytes, int from, int to) {
    int slot = hash(bytes, from, to) & mask;
    byte[] key;
    while ((key = keys[slot]) != null) {
      if (Arrays.equals(key, 0, key.length, bytes, from, to)) {
        return positions[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private static int hash(byte[] bytes, int from, int to) {
    int h = to - from;
    for (int i = from; i < to; i++) {
      h = 31 * h + bytes[i];
    }
    return h ^ (h >>> 16);
  }
}

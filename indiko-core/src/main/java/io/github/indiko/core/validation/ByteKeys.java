package io.github.indiko.core.validation;

import io.github.indiko.core.internal.data.Swar;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A fixed set of strings looked up by their UTF-8 bytes as they stand in a line, without decoding
 * them: member names, question ids, option values, structure and channel ids. Open addressing over
 * a table at most half full; a key of up to 16 bytes is hashed and compared as two words. Immutable
 * and thread-safe.
 */
final class ByteKeys {
  /** {@link #findQuoted}: a plain string that is no key. */
  static final int NOT_A_KEY = -1;

  /** {@link #findQuoted}: a string to scan and look up with {@link #find}. */
  static final int UNDECIDED = -2;

  private static final int WORDS = 16;
  private static final long QUOTES = Swar.broadcast('"');
  private static final long BACKSLASHES = Swar.broadcast('\\');

  private final byte[][] keys;
  private final long[] first;
  private final long[] second;
  private final int[] positions;
  private final int mask;

  /** Per position: the slot of its key, the inverse of {@link #positions}. */
  private final int[] slots;

  /**
   * @param keys distinct strings; each is found at its position in this list
   */
  ByteKeys(List<String> keys) {
    int size = Integer.highestOneBit(Math.max(1, keys.size()) * 2) * 2;
    this.keys = new byte[size][];
    this.first = new long[size];
    this.second = new long[size];
    this.positions = new int[size];
    this.mask = size - 1;
    this.slots = new int[keys.size()];
    for (int i = 0; i < keys.size(); i++) {
      byte[] key = keys.get(i).getBytes(StandardCharsets.UTF_8);
      long one = firstWord(key, 0, key.length);
      long two = secondWord(key, 0, key.length);
      int slot = hash(one, two, key.length) & mask;
      while (this.keys[slot] != null) {
        if (equal(slot, key, 0, key.length, one, two)) {
          throw new IllegalArgumentException("repeated key " + keys.get(i));
        }
        slot = (slot + 1) & mask;
      }
      this.keys[slot] = key;
      this.first[slot] = one;
      this.second[slot] = two;
      this.positions[slot] = i;
      slots[i] = slot;
    }
  }

  /**
   * @return how many keys
   */
  int size() {
    return slots.length;
  }

  /**
   * @param position a key's position
   * @return the length of its bytes
   */
  int length(int position) {
    return keys[slots[position]].length;
  }

  /**
   * Whether the key at a position stands at {@code from}, closed by a quote before {@code end}:
   * the check that lets a reader that expects a key skip scanning and looking it up.
   *
   * @param position a key's position
   */
  boolean standsAt(int position, byte[] bytes, int from, int end) {
    int slot = slots[position];
    int length = keys[slot].length;
    if (from + length >= end || bytes[from + length] != '"') {
      return false;
    }
    long one = firstWord(bytes, from, length);
    return equal(slot, bytes, from, length, one, secondWord(bytes, from, length));
  }

  /**
   * @return the position of the key whose bytes are {@code bytes[from..to)}, or -1
   */
  int find(byte[] bytes, int from, int to) {
    int length = to - from;
    long one = firstWord(bytes, from, length);
    long two = secondWord(bytes, from, length);
    int slot = hash(one, two, length) & mask;
    while (keys[slot] != null) {
      if (equal(slot, bytes, from, length, one, two)) {
        return positions[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /**
   * Finds the key whose bytes stand at {@code from}, closed by a quote, when the quote comes
   * within 16 bytes and nothing before it is a backslash, a control or a non-ASCII byte: the
   * string's end and its lookup in one pass over two words, instead of a scan and then a lookup.
   *
   * @param from the first byte after the opening quote
   * @param end the end of the readable bytes
   * @return the key's position; {@link #NOT_A_KEY} when the string is plain and no key; {@link
   *     #UNDECIDED} when the string is longer, escaped, not ASCII or too near {@code end}, which
   *     the caller then scans
   */
  int findQuoted(byte[] bytes, int from, int end) {
    if (from + WORDS > end) {
      return UNDECIDED;
    }
    long one = Swar.word(bytes, from);
    long special = Swar.equal(one, QUOTES) | Swar.equal(one, BACKSLASHES) | Swar.controlOrHigh(one);
    long two = 0;
    int length;
    if (special != 0) {
      length = Swar.first(special);
      one &= (1L << (length << 3)) - 1;
    } else {
      two = Swar.word(bytes, from + 8);
      special = Swar.equal(two, QUOTES) | Swar.equal(two, BACKSLASHES) | Swar.controlOrHigh(two);
      if (special == 0) {
        return UNDECIDED;
      }
      int more = Swar.first(special);
      two &= (1L << (more << 3)) - 1;
      length = 8 + more;
    }
    if (bytes[from + length] != '"') {
      return UNDECIDED;
    }
    int slot = hash(one, two, length) & mask;
    while (keys[slot] != null) {
      if (keys[slot].length == length && first[slot] == one && second[slot] == two) {
        return positions[slot];
      }
      slot = (slot + 1) & mask;
    }
    return NOT_A_KEY;
  }

  private boolean equal(int slot, byte[] bytes, int from, int length, long one, long two) {
    byte[] key = keys[slot];
    if (key.length != length || first[slot] != one || second[slot] != two) {
      return false;
    }
    for (int i = WORDS; i < length; i++) {
      if (key[i] != bytes[from + i]) {
        return false;
      }
    }
    return true;
  }

  private static long firstWord(byte[] bytes, int from, int length) {
    return Swar.partialWord(bytes, from, Math.min(length, 8));
  }

  private static long secondWord(byte[] bytes, int from, int length) {
    return length <= 8 ? 0 : Swar.partialWord(bytes, from + 8, Math.min(length, WORDS) - 8);
  }

  private static int hash(long one, long two, int length) {
    long h = (one * 0x9e3779b97f4a7c15L) ^ (two * 0xc2b2ae3d27d4eb4fL) ^ length;
    return (int) (h ^ (h >>> 29) ^ (h >>> 47));
  }
}

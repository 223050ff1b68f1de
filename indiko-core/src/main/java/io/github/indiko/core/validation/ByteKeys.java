package io.github.indiko.core.validation;

import io.github.indiko.core.internal.data.Swar;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fixed set of strings looked up by their UTF-8 bytes as they stand in a line, without decoding
 * them: member names, question ids, option values, structure and channel ids. Open addressing over
 * a table at most half full; a key of up to 16 bytes is hashed and compared as two words. A quoted
 * value ({@link #findQuoted}) and a member name ({@link #nameAt}) are found without scanning them
 * first. Immutable and thread-safe.
 */
final class ByteKeys {
  /** {@link #findQuoted}: a plain string that is no key. */
  static final int NOT_A_KEY = -1;

  /** {@link #findQuoted}: a string to scan and look up with {@link #find}. */
  static final int UNDECIDED = -2;

  private static final int WORDS = 16;
  private static final int EMPTY = -1;
  private static final long FOUR_BYTES = 0xFFFF_FFFFL;
  private static final long PREFIX_HASH = 0x9e37_79b9_7f4a_7c15L;

  private final byte[][] keys;
  private final long[] first;
  private final long[] second;
  private final int[] positions;
  private final int mask;

  /** Per position: its key as a member name, followed by a quote and a colon. */
  private final byte[][] names;

  /**
   * At {@code 2 * position} and {@code 2 * position + 1}: the first two words of its {@link
   * #names}, and the masks of their bytes (zero beyond the name).
   */
  private final long[] nameWords;

  private final long[] nameMasks;

  /**
   * The keys by the first eight bytes of their name (keys of six bytes or more) and by the first
   * four (keys of two to five bytes), for {@link #nameAt}: open addressing; in {@link #prefixed},
   * the key's position, {@link #EMPTY} where no key, or {@code -2 - f} where several keys begin
   * alike, {@code f} being the index of their positions in {@link #families}.
   */
  private final long[] prefixes;

  private final int[] prefixed;
  private final int[][] families;
  private final int prefixMask;

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
    this.names = new byte[keys.size()][];
    this.nameWords = new long[2 * keys.size()];
    this.nameMasks = new long[2 * keys.size()];
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
      byte[] name = Arrays.copyOf(key, key.length + 2);
      name[key.length] = '"';
      name[key.length + 1] = ':';
      names[i] = name;
      for (int w = 0; w < 2; w++) {
        int length = Math.max(0, Math.min(8, name.length - 8 * w));
        nameWords[2 * i + w] = length == 0 ? 0 : Swar.partialWord(name, 8 * w, length);
        nameMasks[2 * i + w] = length == 8 ? -1L : (1L << (length << 3)) - 1;
      }
    }
    prefixes = new long[size];
    prefixed = new int[size];
    prefixMask = mask;
    Arrays.fill(prefixed, EMPTY);
    List<int[]> sharing = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      if (!printable(names[i])) {
        continue;
      }
      if (names[i].length >= 8) {
        putPrefix(nameWords[2 * i], i, sharing);
      } else if (names[i].length >= 4) {
        putPrefix(nameWords[2 * i] & FOUR_BYTES, i, sharing);
      }
    }
    families = sharing.toArray(new int[0][]);
  }

  /**
   * Whether a key stands for itself in JSON: printable ASCII without quote or backslash (keys
   * that are not are found only by scanning).
   */
  private static boolean printable(byte[] name) {
    for (int i = 0; i < name.length - 2; i++) {
      if (name[i] < 0x20 || name[i] == 0x7f || name[i] == '"' || name[i] == '\\') {
        return false;
      }
    }
    return true;
  }

  /**
   * @param sharing the families of keys that begin alike, grown here
   */
  private void putPrefix(long prefix, int position, List<int[]> sharing) {
    int slot = prefixSlot(prefix);
    while (prefixed[slot] != EMPTY && prefixes[slot] != prefix) {
      slot = (slot + 1) & prefixMask;
    }
    prefixes[slot] = prefix;
    int held = prefixed[slot];
    if (held == EMPTY) {
      prefixed[slot] = position;
    } else if (held >= 0) {
      sharing.add(new int[] {held, position});
      prefixed[slot] = -1 - sharing.size();
    } else {
      int[] family = sharing.get(-2 - held);
      int[] grown = Arrays.copyOf(family, family.length + 1);
      grown[family.length] = position;
      sharing.set(-2 - held, grown);
    }
  }

  private int prefixSlot(long prefix) {
    return (int) ((prefix * PREFIX_HASH) >>> 40) & prefixMask;
  }

  /**
   * Finds the key that stands at {@code from} as a member name (as {@link #standsAsName}) by the
   * first bytes of the name, so that a reader that does not know which key comes next finds it
   * without scanning: one lookup, then one check, or one check per key of a family that begins
   * alike.
   *
   * @return the key's position, or {@link #UNDECIDED} when none is found this way: the name may
   *     still be a key (written with spaces before its colon, shorter than two bytes, not
   *     printable ASCII, within 16 bytes of {@code end}), which the caller then scans
   */
  int nameAt(byte[] bytes, int from, int end) {
    if (end - from < WORDS) {
      return UNDECIDED;
    }
    long word = Swar.word(bytes, from);
    int found = prefixed(word);
    if (found == EMPTY) {
      found = prefixed(word & FOUR_BYTES);
    }
    if (found >= 0) {
      return standsAsName(found, bytes, from, end) ? found : UNDECIDED;
    }
    if (found != EMPTY) {
      for (int candidate : families[-2 - found]) {
        if (standsAsName(candidate, bytes, from, end)) {
          return candidate;
        }
      }
    }
    return UNDECIDED;
  }

  /** What {@link #prefixed} holds for a prefix. */
  private int prefixed(long prefix) {
    int slot = prefixSlot(prefix);
    while (prefixed[slot] != EMPTY && prefixes[slot] != prefix) {
      slot = (slot + 1) & prefixMask;
    }
    return prefixed[slot];
  }

  /**
   * @param position a key's position
   * @return the length of its bytes
   */
  int length(int position) {
    return names[position].length - 2;
  }

  /**
   * Whether the key at a position stands at {@code from} as a member name: its bytes, a quote and
   * a colon, before {@code end}. The check that lets a reader that expects a key skip scanning and
   * looking it up: two masked words for a key of up to 14 bytes. It may answer false for a name
   * written with spaces before its colon, or within 16 bytes of {@code end}, which the reader then
   * scans.
   *
   * @param position a key's position
   */
  boolean standsAsName(int position, byte[] bytes, int from, int end) {
    byte[] name = names[position];
    if (end - from < Math.max(WORDS, name.length)
        || (Swar.word(bytes, from) & nameMasks[2 * position]) != nameWords[2 * position]
        || (Swar.word(bytes, from + 8) & nameMasks[2 * position + 1])
            != nameWords[2 * position + 1]) {
      return false;
    }
    for (int i = WORDS; i < name.length; i++) {
      if (name[i] != bytes[from + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * @return the position of the key whose bytes are {@code bytes[from..to)}, or -1
   */
  int find(byte[] bytes, int from, int to) {
    int length = to - from;
    long one = firstWord(bytes, from, length);
    long two = secondWord(bytes, from, length);
    return lookup(bytes, from, length, one, two);
  }

  /**
   * @param one the first word of the bytes, as {@link #firstWord} gives it
   * @param two the second word, as {@link #secondWord} gives it
   * @return the position of the key whose bytes are {@code bytes[from..from + length)}, or {@link
   *     #NOT_A_KEY}
   */
  private int lookup(byte[] bytes, int from, int length, long one, long two) {
    int slot = hash(one, two, length) & mask;
    while (keys[slot] != null) {
      if (equal(slot, bytes, from, length, one, two)) {
        return positions[slot];
      }
      slot = (slot + 1) & mask;
    }
    return NOT_A_KEY;
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
    long special = Swar.stringSpecial(one);
    long two = 0;
    int length;
    if (special != 0) {
      length = Swar.first(special);
      one &= (1L << (length << 3)) - 1;
    } else {
      two = Swar.word(bytes, from + 8);
      special = Swar.stringSpecial(two);
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
    return lookup(bytes, from, length, one, two);
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

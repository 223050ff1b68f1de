package io.github.indiko.scoring.internal;

import io.github.indiko.core.internal.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The count of free-text answers and a bounded sample of them (scoring.md §8.1): the bottom-k
 * sample, that is the k texts with the smallest {@link #hash}, ties by text. Repeated texts count
 * as many times as they were added.
 *
 * <p>A mergeable accumulator: the sample is the bottom-k of all the texts added, whatever their
 * order and however they were split between merged samples. Mutable and not thread-safe: one per
 * thread, combined with {@link #merge}.
 *
 * <p>The texts kept are a binary heap in two arrays, the largest first, so that a text that enters
 * a full sample takes the place of the largest in one pass down the heap.
 */
public final class TextSample {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private static final int INITIAL_CAPACITY = 16;

  private final int capacity;

  /**
   * The heap of the texts kept and their hashes, at the same index: each is at least as large as
   * its children (at 2i + 1 and 2i + 2), in the order of {@link #compare}.
   */
  private long[] hashes;

  private String[] texts;
  private int size;
  private long count;

  private TextSample(int capacity) {
    this.capacity = capacity;
    int initial = Math.min(capacity, INITIAL_CAPACITY);
    hashes = new long[initial];
    texts = new String[initial];
  }

  /**
   * @param capacity the most texts kept, at least 1
   * @return a sample holding no text
   * @throws IllegalArgumentException when {@code capacity} is below 1
   */
  public static TextSample empty(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    return new TextSample(capacity);
  }

  /**
   * Counts a text, and keeps it when it is among the bottom k.
   *
   * @param text a text
   */
  public void add(String text) {
    count = Math.addExact(count, 1);
    offer(hash(text), text);
  }

  /**
   * Counts a text given as its UTF-8 bytes, and keeps it when it is among the bottom k: the same
   * as {@link #add(String)} of the text they encode, with a {@code String} made only when the text
   * may be kept.
   *
   * @param utf8 holds the text's bytes, well-formed UTF-8
   * @param offset where they start
   * @param length how many
   */
  public void add(byte[] utf8, int offset, int length) {
    count = Math.addExact(count, 1);
    long hash = hash(utf8, offset, length);
    if (size < capacity || Long.compareUnsigned(hash, hashes[0]) <= 0) {
      offer(hash, new String(utf8, offset, length, StandardCharsets.UTF_8));
    }
  }

  /**
   * @param other a sample of the same capacity; may be this one
   * @return a new sample of the texts of both; neither changes
   * @throws IllegalArgumentException when the capacities differ
   */
  public TextSample merge(TextSample other) {
    if (other.capacity != capacity) {
      throw new IllegalArgumentException(
          "samples of " + capacity + " and " + other.capacity + " texts do not merge");
    }
    TextSample merged = new TextSample(capacity);
    merged.count = Math.addExact(count, other.count);
    for (int i = 0; i < size; i++) {
      merged.offer(hashes[i], texts[i]);
    }
    for (int i = 0; i < other.size; i++) {
      merged.offer(other.hashes[i], other.texts[i]);
    }
    return merged;
  }

  /**
   * @return how many texts were added
   */
  public long count() {
    return count;
  }

  /**
   * @return the texts kept, sorted by their UTF-16 text: every text added when there were at most
   *     the capacity
   */
  public List<String> sample() {
    List<String> sample = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      sample.add(texts[i]);
    }
    sample.sort(Comparator.naturalOrder());
    return sample;
  }

  /**
   * The hash that orders texts for the sample: 64-bit FNV-1a over the text's UTF-8 bytes (a lone
   * surrogate as {@code ?}, as {@link String#getBytes} encodes it), then MurmurHash3's finalizer,
   * read as an unsigned number. It depends on the text only, never on the JVM or the run.
   *
   * @param text a text
   * @return its hash
   */
  public static long hash(String text) {
    long h = FNV_OFFSET;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        h = (h ^ c) * FNV_PRIME;
      } else if (c < 0x800) {
        h = (h ^ (0xc0 | c >> 6)) * FNV_PRIME;
        h = (h ^ (0x80 | c & 0x3f)) * FNV_PRIME;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int point = Character.toCodePoint(c, text.charAt(++i));
        h = (h ^ (0xf0 | point >> 18)) * FNV_PRIME;
        h = (h ^ (0x80 | point >> 12 & 0x3f)) * FNV_PRIME;
        h = (h ^ (0x80 | point >> 6 & 0x3f)) * FNV_PRIME;
        h = (h ^ (0x80 | point & 0x3f)) * FNV_PRIME;
      } else if (Character.isSurrogate(c)) {
        h = (h ^ '?') * FNV_PRIME;
      } else {
        h = (h ^ (0xe0 | c >> 12)) * FNV_PRIME;
        h = (h ^ (0x80 | c >> 6 & 0x3f)) * FNV_PRIME;
        h = (h ^ (0x80 | c & 0x3f)) * FNV_PRIME;
      }
    }
    return finish(h);
  }

  /**
   * {@link #hash(String)} of the text whose UTF-8 bytes are given.
   *
   * @param utf8 holds the text's bytes, well-formed UTF-8
   * @param offset where they start
   * @param length how many
   * @return its hash
   */
  public static long hash(byte[] utf8, int offset, int length) {
    long h = FNV_OFFSET;
    for (int i = offset; i < offset + length; i++) {
      h = (h ^ (utf8[i] & 0xff)) * FNV_PRIME;
    }
    return finish(h);
  }

  private static long finish(long fnv) {
    // FNV-1a's low bits mix poorly; the finaliser spreads every byte over the whole word.
    return Hashing.mix64(fnv);
  }

  @Override
  public String toString() {
    return "TextSample[count=" + count + ", kept=" + size + "]";
  }

  private void offer(long hash, String text) {
    if (size < capacity) {
      if (size == hashes.length) {
        int grown = (int) Math.min(capacity, 2L * size);
        hashes = Arrays.copyOf(hashes, grown);
        texts = Arrays.copyOf(texts, grown);
      }
      up(size++, hash, text);
    } else if (compare(hash, text, 0) < 0) {
      down(hash, text);
    }
  }

  /** Puts a text at index {@code at}, a free leaf, then moves it up to its place. */
  private void up(int at, long hash, String text) {
    int i = at;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (compare(hash, text, parent) <= 0) {
        break;
      }
      hashes[i] = hashes[parent];
      texts[i] = texts[parent];
      i = parent;
    }
    hashes[i] = hash;
    texts[i] = text;
  }

  /** Puts a text in place of the largest, then moves it down to its place. */
  private void down(long hash, String text) {
    int i = 0;
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      if (right < size && compare(hashes[right], texts[right], child) > 0) {
        child = right;
      }
      if (compare(hash, text, child) >= 0) {
        break;
      }
      hashes[i] = hashes[child];
      texts[i] = texts[child];
      i = child;
    }
    hashes[i] = hash;
    texts[i] = text;
  }

  /** The order of the sample, against the text kept at {@code at}: by unsigned hash, then text. */
  private int compare(long hash, String text, int at) {
    int byHash = Long.compareUnsigned(hash, hashes[at]);
    return byHash != 0 ? byHash : text.compareTo(texts[at]);
  }
}

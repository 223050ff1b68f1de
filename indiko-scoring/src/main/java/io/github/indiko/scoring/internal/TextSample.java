package io.github.indiko.scoring.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The count of free-text answers and a bounded sample of them (scoring.md §8.1): the bottom-k
 * sample, that is the k texts with the smallest {@link #hash}, ties by text. Repeated texts count
 * as many times as they were added.
 *
 * <p>A mergeable accumulator: the sample is the bottom-k of all the texts added, whatever their
 * order and however they were split between merged samples. Mutable and not thread-safe: one per
 * thread, combined with {@link #merge}.
 */
public final class TextSample {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** The largest first: the head is the first to go. */
  private static final Comparator<Kept> LARGEST_FIRST = (a, b) -> compare(b.hash, b.text, a);

  private final int capacity;
  private final PriorityQueue<Kept> kept;
  private long count;

  private record Kept(long hash, String text) {}

  private TextSample(int capacity) {
    this.capacity = capacity;
    this.kept = new PriorityQueue<>(LARGEST_FIRST);
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
    for (Kept one : kept) {
      merged.offer(one.hash, one.text);
    }
    for (Kept one : other.kept) {
      merged.offer(one.hash, one.text);
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
    List<String> texts = new ArrayList<>(kept.size());
    kept.forEach(one -> texts.add(one.text));
    texts.sort(Comparator.naturalOrder());
    return texts;
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
    // FNV-1a's low bits mix poorly; the finalizer spreads every byte over the whole word.
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  @Override
  public String toString() {
    return "TextSample[count=" + count + ", kept=" + kept.size() + "]";
  }

  private void offer(long hash, String text) {
    if (kept.size() < capacity) {
      kept.add(new Kept(hash, text));
      return;
    }
    if (compare(hash, text, kept.peek()) < 0) {
      kept.poll();
      kept.add(new Kept(hash, text));
    }
  }

  /** The order of the sample: by unsigned hash, then by text. */
  private static int compare(long hash, String text, Kept other) {
    int byHash = Long.compareUnsigned(hash, other.hash);
    return byHash != 0 ? byHash : text.compareTo(other.text);
  }
}

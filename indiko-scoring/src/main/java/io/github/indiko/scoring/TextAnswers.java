package io.github.indiko.scoring;

import java.util.List;

/**
 * The free-text answers of one question for one structure (scoring.md §8.1). They appear only in
 * that structure's raw results (§6). Immutable.
 *
 * <p>At most {@link #MAX_KEPT} texts are kept per question and structure. When there are more, the
 * sample is the {@link #MAX_KEPT} texts with the smallest 64-bit hash (FNV-1a of the text's UTF-8
 * bytes, then MurmurHash3's 64-bit finalizer, compared unsigned; equal hashes by text): the same
 * answers give the same sample whatever their order, the threads or how the data was split. A text
 * answered several times counts, and may be kept, as many times.
 *
 * @param count how many texts were answered
 * @param sample the texts kept, sorted by their UTF-16 text; all of them when {@code count} ≤
 *     {@link #MAX_KEPT}
 */
public record TextAnswers(long count, List<String> sample) {
  /** The most texts kept per question and structure. */
  public static final int MAX_KEPT = 1_000;

  /** Checks the counts and copies the sample. */
  public TextAnswers {
    sample = List.copyOf(sample);
    if (count < sample.size()) {
      throw new IllegalArgumentException(
          "count " + count + " is below the sample's size " + sample.size());
    }
  }

  /**
   * @return no text
   */
  public static TextAnswers empty() {
    return new TextAnswers(0, List.of());
  }
}

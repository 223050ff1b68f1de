package io.github.indiko.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.internal.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextSampleTest {
  private static final int KEPT = 1_000;

  @Test
  void sample_allTextsSortedWhenFew() {
    TextSample sample = of(5, List.of("b", "a", "c", "a"));

    assertThat(sample.count()).isEqualTo(4);
    assertThat(sample.sample()).containsExactly("a", "a", "b", "c");
  }

  @Test
  void sample_theSmallestHashesOfThousandsOfTexts_whateverTheOrderAndSplit() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 4_000; i++) {
      texts.add("texte n° " + i % 3_500);
    }
    List<String> expected = bottom(texts, KEPT);

    TextSample whole = of(KEPT, texts);

    assertThat(whole.count()).isEqualTo(4_000);
    assertThat(whole.sample()).hasSize(KEPT).isEqualTo(expected);
    Random random = new Random(2017);
    for (int round = 0; round < 5; round++) {
      List<String> shuffled = new ArrayList<>(texts);
      Collections.shuffle(shuffled, random);
      int first = random.nextInt(texts.size());
      int second = first + random.nextInt(texts.size() - first);
      TextSample merged =
          of(KEPT, shuffled.subList(second, texts.size()))
              .merge(of(KEPT, shuffled.subList(0, first)))
              .merge(of(KEPT, shuffled.subList(first, second)));

      assertThat(merged.sample()).isEqualTo(expected);
      assertThat(merged.count()).isEqualTo(4_000);
    }
  }

  @Test
  void hash_fnv1aOfTheUtf8BytesThenMixed() {
    for (String text :
        List.of(
            "", "a", "Très bon accueil", "€ 5", "😀 emoji", "lone \ud800 surrogate", "\udc00")) {
      assertThat(TextSample.hash(text)).as(text).isEqualTo(reference(text));
    }
  }

  @Test
  void hash_fixedWhateverTheRun() {
    // FNV-1a of no byte is its offset basis; the finalizer of MurmurHash3 then mixes it.
    assertThat(TextSample.hash("")).isEqualTo(Hashing.mix64(0xcbf29ce484222325L));
  }

  @Test
  void merge_ofAnotherCapacity_refused() {
    assertThatThrownBy(() -> TextSample.empty(2).merge(TextSample.empty(3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TextSample.empty(0)).isInstanceOf(IllegalArgumentException.class);
  }

  /** The bottom-k sample computed by sorting every text, sorted by text. */
  private static List<String> bottom(List<String> texts, int k) {
    List<String> byHash = new ArrayList<>(texts);
    byHash.sort(
        Comparator.comparing((String text) -> reference(text), Long::compareUnsigned)
            .thenComparing(Comparator.naturalOrder()));
    List<String> kept = new ArrayList<>(byHash.subList(0, Math.min(k, byHash.size())));
    Collections.sort(kept);
    return kept;
  }

  /** The hash computed over the bytes that {@link String#getBytes} gives. */
  private static long reference(String text) {
    long h = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return Hashing.mix64(h);
  }

  private static TextSample of(int capacity, List<String> texts) {
    TextSample sample = TextSample.empty(capacity);
    texts.forEach(sample::add);
    return sample;
  }
}

package io.github.indiko.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TextSampleProperties {
  @Test
  void sample_theBottomKByHashThenText_forAnyOrderAndSplit() {
    qt().forAll(texts(), longs().all(), integers().between(1, 4), integers().between(1, 12))
        .checkAssert(
            (texts, seed, parts, capacity) -> {
              Random random = new Random(seed);
              List<String> shuffled = new ArrayList<>(texts);
              Collections.shuffle(shuffled, random);
              List<TextSample> pieces = new ArrayList<>();
              for (int p = 0; p < parts; p++) {
                TextSample piece = TextSample.empty(capacity);
                for (String text :
                    shuffled.subList(
                        shuffled.size() * p / parts, shuffled.size() * (p + 1) / parts)) {
                  if (random.nextBoolean()) {
                    piece.add(text);
                  } else {
                    byte[] utf8 = ("<" + text + ">").getBytes(StandardCharsets.UTF_8);
                    piece.add(utf8, 1, utf8.length - 2);
                  }
                }
                pieces.add(piece);
              }
              TextSample merged = pieces.get(0);
              for (TextSample piece : pieces.subList(1, pieces.size())) {
                merged = random.nextBoolean() ? merged.merge(piece) : piece.merge(merged);
              }

              assertThat(merged.count()).isEqualTo(texts.size());
              assertThat(merged.sample()).isEqualTo(bottom(texts, capacity));
            });
  }

  @Test
  void hash_ofTheUtf8Bytes_isTheHashOfTheText() {
    qt().withExamples(5_000)
        .forAll(strings().allPossible().ofLengthBetween(0, 12))
        .assuming(TextSampleProperties::wellFormed)
        .checkAssert(
            text -> {
              byte[] utf8 = ("<" + text + ">").getBytes(StandardCharsets.UTF_8);
              assertThat(TextSample.hash(utf8, 1, utf8.length - 2))
                  .as(text)
                  .isEqualTo(TextSample.hash(text));
            });
  }

  /** No unpaired surrogate: the text has UTF-8 bytes of its own. */
  private static boolean wellFormed(String text) {
    return text.equals(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
  }

  /**
   * Texts of a small pool, so that many repeat: ties of hash and text in the heap; some beyond
   * ASCII.
   */
  private static Gen<List<String>> texts() {
    Gen<String> text =
        integers()
            .between(0, 8)
            .map(i -> i < 7 ? "texte " + i : i == 7 ? "très bien" : "😀 à l'accueil")
            .mix(strings().basicLatinAlphabet().ofLengthBetween(0, 3), 30);
    return lists().of(text).ofSizeBetween(0, 50);
  }

  /** The k smallest by unsigned hash then text, sorted by text: sorting all, independently. */
  private static List<String> bottom(List<String> texts, int k) {
    List<String> sorted = new ArrayList<>(texts);
    sorted.sort(
        Comparator.<String>comparingLong(t -> TextSample.hash(t) + Long.MIN_VALUE)
            .thenComparing(Comparator.naturalOrder()));
    List<String> kept = new ArrayList<>(sorted.subList(0, Math.min(k, sorted.size())));
    kept.sort(Comparator.naturalOrder());
    return kept;
  }
}

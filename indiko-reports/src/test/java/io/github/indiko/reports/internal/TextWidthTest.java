package io.github.indiko.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWidthTest {
  @Test
  void of_asciiUsesDejaVuSansAdvancesWithFivePercent() {
    // "Wi": 989 + 278 thousandths of an em, at 10 units, plus 5 %.
    assertThat(TextWidth.of("Wi", 10)).isCloseTo(1.267 * 10 * 1.05, within(1e-9));
    assertThat(TextWidth.of("", 11)).isZero();
  }

  @Test
  void of_accentedLetterIsAsWideAsItsBase_combiningMarkAddsNothing() {
    assertThat(TextWidth.of("é", 11)).isEqualTo(TextWidth.of("e", 11));
    assertThat(TextWidth.of("e\u0301", 11)).isEqualTo(TextWidth.of("e", 11));
    assertThat(TextWidth.of("\u2068a\u2069", 11)).isEqualTo(TextWidth.of("a", 11));
  }

  @Test
  void of_ideographsAreWiderThanLatin() {
    assertThat(TextWidth.of("漢", 11)).isGreaterThan(TextWidth.of("W", 11));
  }

  @Test
  void lines_fittingText_isOneLine() {
    assertThat(TextWidth.lines("Courtoisie", 11, 191, 2)).containsExactly("Courtoisie");
  }

  @Test
  void lines_breaksBetweenWords_eachLineFits() {
    String label = "Enquête en ligne · Délai d'attente et de réponse";
    List<String> lines = TextWidth.lines(label, 11, 191, 2);

    assertThat(lines).containsExactly("Enquête en ligne · Délai", "d'attente et de réponse");
    lines.forEach(line -> assertThat(TextWidth.of(line, 11)).isLessThanOrEqualTo(191));
  }

  @Test
  void lines_tooLongForTwoLines_endsWithAnEllipsisAndFits() {
    String word = "w".repeat(64);
    List<String> lines = TextWidth.lines(word, 11, 191, 2);

    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).isNotEmpty().doesNotContain("…");
    assertThat(lines.get(1)).endsWith("…");
    assertThat(word).startsWith(lines.get(0) + lines.get(1).replace("…", ""));
    lines.forEach(line -> assertThat(TextWidth.of(line, 11)).isLessThanOrEqualTo(191));
  }

  @Test
  void shorten_keepsWholeCodePoints() {
    String emoji = "😀".repeat(40);
    String shortened = TextWidth.shorten(emoji, 11, 100);

    assertThat(shortened).endsWith("…");
    assertThat(shortened.codePoints().filter(c -> c == 0x1F600).count())
        .isEqualTo((shortened.length() - 1) / 2);
    assertThat(TextWidth.of(shortened, 11)).isLessThanOrEqualTo(100);
    assertThat(TextWidth.shorten("court", 11, 100)).isEqualTo("court");
  }
}

package io.github.indiko.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {
  @Test
  void length_countsCodePointsNotChars() {
    String emoji = "😀".repeat(2_000);
    assertThat(emoji.length()).isEqualTo(4_000);
    assertThat(LocalizedText.of("fr", emoji).in("fr")).contains(emoji);
    assertThatThrownBy(() -> LocalizedText.of("fr", emoji + "a"))
        .hasMessage("text in 'fr' has 2001 characters, more than 2000");
  }

  @Test
  void values_areSortedAndImmutable() {
    LocalizedText text = new LocalizedText(Map.of("fr", "Accueil", "en", "Reception"));
    assertThat(text.values().keySet()).containsExactly("en", "fr");
    assertThat(text.has("de")).isFalse();
    assertThatThrownBy(() -> text.values().put("de", "Empfang"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new LocalizedText(Map.of())).hasMessageContaining("at least one");
  }

  @Test
  void numbers_formatWithoutNeedlessFraction() {
    assertThat(Numbers.format(4.0)).isEqualTo("4");
    assertThat(Numbers.format(-1)).isEqualTo("-1");
    assertThat(Numbers.format(2.5)).isEqualTo("2.5");
    assertThat(Numbers.format(79.9)).isEqualTo("79.9");
    assertThat(Numbers.format(1e16)).isEqualTo("10000000000000000");
  }
}

package io.github.indiko.core;

import io.github.indiko.core.format.Numbers;
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

  @Test
  void choose_exactTagThenShorterTagThenSameLanguage() {
    LocalizedText text =
        new LocalizedText(
            Map.of("fr", "Accueil", "fr-CA", "Réception", "en", "Reception", "de-AT", "Empfang"));

    assertThat(text.choose("fr-CA", "en")).isEqualTo(new LocalizedText.Choice("fr-CA", "Réception"));
    assertThat(text.choose("fr-BE", "en")).isEqualTo(new LocalizedText.Choice("fr", "Accueil"));
    assertThat(text.choose("fr-CA-x-quebec", "en"))
        .isEqualTo(new LocalizedText.Choice("fr-CA", "Réception"));
    assertThat(text.choose("de", "en")).isEqualTo(new LocalizedText.Choice("de-AT", "Empfang"));
    assertThat(text.choose("DE-ch", "en")).isEqualTo(new LocalizedText.Choice("de-AT", "Empfang"));
    assertThat(text.choose("EN-GB", "fr")).isEqualTo(new LocalizedText.Choice("en", "Reception"));
  }

  @Test
  void choose_defaultLocaleThenFirstTag() {
    LocalizedText text = new LocalizedText(Map.of("fr", "Accueil", "en", "Reception"));

    assertThat(text.choose("nl-BE", "fr")).isEqualTo(new LocalizedText.Choice("fr", "Accueil"));
    assertThat(text.choose("x-private", "FR")).isEqualTo(new LocalizedText.Choice("fr", "Accueil"));
    assertThat(text.choose("nl", "de")).isEqualTo(new LocalizedText.Choice("en", "Reception"));
  }

  @Test
  void choice_isInComparesPrimaryLanguagesIgnoringCase() {
    LocalizedText.Choice canadian = new LocalizedText.Choice("fr-CA", "Réception");

    assertThat(canadian.language()).isEqualTo("fr");
    assertThat(canadian.isIn("fr")).isTrue();
    assertThat(canadian.isIn("FR-be")).isTrue();
    assertThat(canadian.isIn("en")).isFalse();
    assertThat(canadian.isIn("fra")).isFalse();
  }
}

package io.github.indiko.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BundlesTest {
  @Test
  void load_readsUtf8AndKeepsApostrophes() {
    Map<String, String> bundle = Bundles.load(BundlesTest.class::getResourceAsStream, "sample.properties");

    assertThat(bundle)
        .containsOnly(
            Map.entry("greeting", "Bonjour {0}, c'est l'\u00e9t\u00e9"),
            Map.entry("plain", "D\u00e9lai d'attente"));
    assertThatThrownBy(() -> bundle.put("other", "x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void load_missingResource_namesIt() {
    assertThatThrownBy(
            () -> Bundles.load(BundlesTest.class::getResourceAsStream, "messages_xx.properties"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("missing resource messages_xx.properties");
  }

  @Test
  void fill_replacesEachPlaceholderOnce() {
    assertThat(Bundles.fill("{0} and {1}, {0} again", "a", "b")).isEqualTo("a and b, a again");
    assertThat(Bundles.fill("{1}{0}", "x", "y")).isEqualTo("yx");
  }

  @Test
  void fill_anArgumentThatLooksLikeAPlaceholderStaysAsItIs() {
    assertThat(Bundles.fill("{0} then {1}", "{1}", "second")).isEqualTo("{1} then second");
    assertThat(Bundles.fill("{0}", "{0}")).isEqualTo("{0}");
  }

  @Test
  void fill_keepsApostrophesAndBracesThatAreNotPlaceholders() {
    assertThat(Bundles.fill("l'{0} d'{1}", "accueil", "or")).isEqualTo("l'accueil d'or");
    assertThat(Bundles.fill("{} {x} {0 {2} {123} '{0}'", "a"))
        .isEqualTo("{} {x} {0 {2} {123} 'a'");
    assertThat(Bundles.fill("{\u0661}", "arabic digit")).isEqualTo("{\u0661}");
    assertThat(Bundles.fill("{10}", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "ten"))
        .isEqualTo("ten");
  }
}

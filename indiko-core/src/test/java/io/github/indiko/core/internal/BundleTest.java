package io.github.indiko.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BundleTest {
  private final Bundle french = Bundle.load(BundleTest.class::getResourceAsStream, "fr");

  @Test
  void msg_fillsTheArgumentsAsStringValueOfGivesThem() {
    assertThat(french.msg("greeting", "{1}", 2.5)).isEqualTo("Bonjour {1}, 2.5");
    assertThat(french.find("greeting")).contains("Bonjour {0}, {1}");
    assertThat(french.find("farewell")).isEmpty();
  }

  @Test
  void msg_missingKey_namesKeyAndLanguage() {
    assertThatThrownBy(() -> french.msg("farewell"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no message farewell in language fr");
  }

  @Test
  void load_missingLanguage_fails() {
    assertThatThrownBy(() -> Bundle.load(BundleTest.class::getResourceAsStream, "de"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("missing resource messages_de.properties");
  }
}

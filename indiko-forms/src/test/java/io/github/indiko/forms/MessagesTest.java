package io.github.indiko.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void bundles_frenchAndEnglishMessageForEveryErrorCode() {
    for (FieldError.Code code : FieldError.Code.values()) {
      assertThat(Messages.bundle("fr")).containsKey("error." + code.id());
      assertThat(Messages.bundle("en")).containsKey("error." + code.id());
      assertThat(Messages.bundle("fr").get("error." + code.id()))
          .isNotBlank()
          .isNotEqualTo(Messages.bundle("en").get("error." + code.id()));
    }
  }

  @Test
  void bundles_sameKeysInBothLanguages() {
    assertThat(Messages.bundle("fr").keySet()).isEqualTo(Messages.bundle("en").keySet());
  }

  @Test
  void of_otherLanguagesFallBackToEnglish() {
    assertThat(Messages.of(Locale.GERMAN, "fr").language()).isEqualTo("en");
    assertThat(Messages.of(Locale.CANADA_FRENCH, "fr").language()).isEqualTo("fr");
    assertThat(Messages.of(Locale.GERMAN, "fr").msg("form.submit")).isEqualTo("Send my answers");
  }
}

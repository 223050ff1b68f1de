package io.github.indiko.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.reports.HostileFixture;
import io.github.indiko.reports.HtmlOptions;
import io.github.indiko.reports.ScoreScale;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class HtmlTextTest {
  private static HtmlText text(Locale locale, ScoreScale scale) {
    return HtmlText.of(HostileFixture.definitions(), new HtmlOptions(locale, scale));
  }

  @Test
  void decimal_frenchCommaNarrowSpaceHalfUp() {
    HtmlText french = text(Locale.FRENCH, ScoreScale.HUNDRED);
    HtmlText english = text(Locale.UK, ScoreScale.HUNDRED);

    assertThat(french.decimal(1234.55)).isEqualTo("1\u202F234,6");
    assertThat(english.decimal(1234.55)).isEqualTo("1,234.6");
    // 0.05 and 0.15 are not exact in binary; BigDecimal.valueOf reads their shortest decimal
    assertThat(english.decimal(0.05)).isEqualTo("0.1");
    assertThat(english.decimal(0.15)).isEqualTo("0.2");
    assertThat(english.decimal(-2.25)).isEqualTo("\u22122.3");
    assertThat(french.count(1_000_000)).isEqualTo("1\u202F000\u202F000");
  }

  @Test
  void score_onTheScaleOfTen() {
    HtmlText ten = text(Locale.FRENCH, ScoreScale.TEN);

    assertThat(ten.score(83.0)).isEqualTo("8,3/10");
    assertThat(ten.score(82.5)).isEqualTo("8,3/10");
    assertThat(ten.score(100.0)).isEqualTo("10,0/10");
    assertThat(ten.score(null)).isEqualTo("—");
    assertThat(ten.scoreChange(4.5)).isEqualTo("+0,5");
    assertThat(ten.scoreChange(-0.4)).isEqualTo("0,0");
    assertThat(ten.scoreChange(-4.5)).isEqualTo("\u22120,5");
    assertThat(text(Locale.ENGLISH, ScoreScale.HUNDRED).score(82.45)).isEqualTo("82.5/100");
  }

  @Test
  void percentAndSigned_notRescaled() {
    HtmlText ten = text(Locale.FRENCH, ScoreScale.TEN);

    assertThat(ten.percent(83.33)).isEqualTo("83,3\u202F%");
    assertThat(ten.signed(-12.0)).isEqualTo("\u221212,0");
  }

  @Test
  void names_builtInTranslatedOthersRawIds() {
    HtmlText french = text(Locale.FRENCH, ScoreScale.HUNDRED);

    assertThat(french.theme(Theme.WAITING_TIME)).isEqualTo("Délai d'attente et de réponse");
    assertThat(french.theme(new Theme("ecoute"))).isEqualTo("ecoute");
    assertThat(french.channel(Channel.EMAIL)).isEqualTo("Courriel");
    assertThat(french.channel(new Channel("kiosk"))).isEqualTo("kiosk");
    assertThat(text(Locale.ENGLISH, ScoreScale.HUNDRED).channel(Channel.EMAIL)).isEqualTo("Email");
  }

  @Test
  void msg_placeholdersReplacedAsTheyAre() {
    HtmlText french = text(Locale.FRENCH, ScoreScale.HUNDRED);

    assertThat(french.msg("an.previousEdition", "{1}'x")).isEqualTo("Édition précédente : {1}'x.");
    assertThatThrownBy(() -> french.msg("no.such.key")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void bundles_haveTheSameKeys() throws Exception {
    Properties french = new Properties();
    Properties english = new Properties();
    try (var in = HtmlText.class.getResourceAsStream("messages_fr.properties")) {
      french.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    try (var in = HtmlText.class.getResourceAsStream("messages_en.properties")) {
      english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    assertThat(french.getProperty("nav.home")).isEqualTo("Vue d'ensemble");
  }

  @Test
  void reason_everyRejectReasonNamedInBothLanguages() {
    for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
      HtmlText text = text(locale, ScoreScale.HUNDRED);
      for (RejectReason reason : RejectReason.values()) {
        assertThat(text.reason(reason)).as("%s in %s", reason, locale).isNotBlank();
      }
    }
    assertThat(text(Locale.FRENCH, ScoreScale.HUNDRED).reason(RejectReason.INVALID_SEGMENT))
        .isEqualTo("Segment invalide");
  }
}

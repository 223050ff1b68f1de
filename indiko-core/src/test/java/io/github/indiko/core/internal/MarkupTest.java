package io.github.indiko.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.LocalizedText;
import org.junit.jupiter.api.Test;

class MarkupTest {
  @Test
  void escape_theFiveCharacters() {
    assertThat(Markup.escape("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    assertThat(Markup.escape("&amp;")).isEqualTo("&amp;amp;");
  }

  @Test
  void escape_controlsReplacedWhitespaceAndBidiKept() {
    assertThat(Markup.escape("a\u0000b\u0007c\td\ne\rf\u000Cg\u001Fh"))
        .isEqualTo("a\uFFFDb\uFFFDc\td\ne\rf\uFFFDg\uFFFDh");
    assertThat(Markup.escape("\u007F\u0080\u0085\u009F\u00A0"))
        .isEqualTo("\uFFFD\uFFFD\uFFFD\uFFFD\u00A0");
    assertThat(Markup.escape("\u202Eabc\u2066d\u2069")).isEqualTo("\u202Eabc\u2066d\u2069");
  }

  @Test
  void escape_pairedSurrogatesKeptUnpairedReplaced() {
    assertThat(Markup.escape("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
    assertThat(Markup.escape("a\uD83Db")).isEqualTo("a\uFFFDb");
    assertThat(Markup.escape("a\uDE00\uD83D")).isEqualTo("a\uFFFD\uFFFD");
    assertThat(Markup.escape("\uDE00\uD83D\uDE00")).isEqualTo("\uFFFD\uD83D\uDE00");
  }

  @Test
  void escape_noncharactersReplaced() {
    assertThat(Markup.escape("\uFFFE\uFFFF\uFDD0\uFDEF\uFDCF\uFDF0\uFFFD"))
        .isEqualTo("\uFFFD\uFFFD\uFFFD\uFFFD\uFDCF\uFDF0\uFFFD");
    // U+1FFFE and U+10FFFF: the last two code points of planes 1 and 16
    assertThat(Markup.escape("\uD83F\uDFFE|\uDBFF\uDFFF|\uD83F\uDFFD"))
        .isEqualTo("\uFFFD|\uFFFD|\uD83F\uDFFD");
  }

  @Test
  void bdi_isolatesTheEscapedText() {
    assertThat(Markup.bdi("\u202E<b>")).isEqualTo("<bdi>\u202E&lt;b&gt;</bdi>");
  }

  @Test
  void label_langOnlyWhenTheLanguageDiffers() {
    assertThat(Markup.label(new LocalizedText.Choice("fr-CA", "Accueil"), "fr"))
        .isEqualTo("<bdi>Accueil</bdi>");
    assertThat(Markup.label(new LocalizedText.Choice("fr", "l'<accueil>"), "en"))
        .isEqualTo("<bdi lang=\"fr\">l&#39;&lt;accueil&gt;</bdi>");
  }
}

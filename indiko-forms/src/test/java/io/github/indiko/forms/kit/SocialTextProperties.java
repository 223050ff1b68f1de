package io.github.indiko.forms.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.indiko.testkit.gen.HostileText;
import io.github.indiko.testkit.quicktheories.QuickTheoriesGen;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class SocialTextProperties {
  @Test
  void socialText_fitsIn280AndEndsWithTheWholeLink() {
    qt().withExamples(300)
        .forAll(
            QuickTheoriesGen.of(HostileText.texts()),
            QuickTheoriesGen.of(HostileText.texts()),
            SourceDSL.integers().between(0, 200 - "https://portal.example/?s=mairie-lyon".length()))
        .checkAssert(
            (structure, edition, pathLength) -> {
              CommunicationKit kit =
                  CommunicationKit.of(
                      KitFixtures.edition(Map.of("fr", edition, "en", edition), "fr"),
                      KitFixtures.structure("mairie-lyon", structure),
                      URI.create("https://portal.example/" + "p".repeat(pathLength)));
              String link = kit.link().toString();
              for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                String text = kit.socialText(locale);
                assertThat(text.codePointCount(0, text.length())).isLessThanOrEqualTo(280);
                assertThat(text).endsWith(link).doesNotContain("\n", "\r", "\t", "\u0000", "\u202E");
                String plain = SocialText.plain(structure);
                String shown = plain.contains("…") ? plain.substring(0, plain.indexOf('…')) : plain;
                if (!text.contains(plain)) {
                  // Shortened: a prefix of the name, then the ellipsis.
                  String prefix = text.substring(0, text.indexOf('…'));
                  assertThat(plain).startsWith(prefix);
                } else {
                  assertThat(text).startsWith(shown);
                }
              }
            });
  }

  @Test
  void shorten_keepsGraphemesWhole() {
    qt().forAll(
            SourceDSL.integers().between(0, 30), SourceDSL.integers().between(2, 40))
        .checkAssert(
            (repeats, max) -> {
              String name = "e\u0301👨‍👩‍👧".repeat(repeats);
              String shortened = SocialText.shorten(name, max);
              assertThat(shortened.codePointCount(0, shortened.length())).isLessThanOrEqualTo(max);
              String kept = shortened.endsWith("…") && !name.equals(shortened)
                  ? shortened.substring(0, shortened.length() - 1)
                  : shortened;
              assertThat(name).startsWith(kept);
              // Whole graphemes only: what is kept is a whole number of "é" + family units or
              // ends right after an "é".
              String rest = kept.replace("e\u0301👨‍👩‍👧", "");
              assertThat(rest).isIn("", "e\u0301");
            });
  }
}

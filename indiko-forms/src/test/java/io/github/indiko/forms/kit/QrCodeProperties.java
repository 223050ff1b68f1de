package io.github.indiko.forms.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.indiko.testkit.gen.HostileText;
import io.github.indiko.testkit.quicktheories.QuickTheoriesGen;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class QrCodeProperties {
  @Test
  void pngAndSvg_decodeToTheirText() {
    qt().withExamples(150)
        .forAll(QuickTheoriesGen.of(HostileText.texts(120)))
        .checkAssert(
            text -> {
              QrCode qr = QrCode.of(text);
              assertThat(KitFixtures.decodePng(qr.png(3))).isEqualTo(text);
              assertThat(KitFixtures.decodeSvg(qr.svg(text))).isEqualTo(text);
            });
  }

  @Test
  void kitQrCode_decodesToTheLinkWhateverThePathAndQuery() {
    // Paths and queries of accented, reserved and unreserved characters, which the link
    // percent-encodes (at most 5 tokens of 12 encoded characters, twice: the link stays within
    // 200 characters); ids with letters, digits and the three signs identifiers allow.
    List<String> tokens =
        List.of(
            "a", "é", "/", "-", ".", "_", "~", "!", "$", "'", "(", ")", "*", "+", ",", ";", "=", ":",
            "@", "%20", "à", "ç", "œ", "€", "😀");
    qt().withExamples(40)
        .forAll(
            SourceDSL.lists()
                .of(SourceDSL.integers().between(0, tokens.size() - 1))
                .ofSizeBetween(0, 5),
            SourceDSL.strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 20))
        .checkAssert(
            (picks, id) -> {
              StringBuilder path = new StringBuilder();
              picks.forEach(i -> path.append(tokens.get(i)));
              String raw = path.toString();
              CommunicationKit kit =
                  CommunicationKit.of(
                      KitFixtures.edition(Map.of("fr", "Baromètre"), "fr"),
                      KitFixtures.structure(id + "-0.9_x", "Mairie"),
                      URI.create("https://mairie-évry.example/" + raw + "?q=é" + raw.replace("/", "")));
              String link = kit.link().toString();
              assertThat(link).matches("[\\x21-\\x7e]+").endsWith("s=" + id + "-0.9_x");
              assertThat(KitFixtures.decodePng(kit.qrPng())).isEqualTo(link);
              assertThat(KitFixtures.decodeSvg(kit.qrSvg())).isEqualTo(link);
            });
  }
}

package io.github.indiko.forms.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QrCodeTest {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /** A chunk of a PNG file as the test reads it. */
  record Chunk(String type, byte[] data, int crc) {}

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://portal.example/survey?s=mairie-lyon",
        "https://xn--mairie-vry-h7a.example/enqu%C3%AAte?ann%C3%A9e=%C3%A9t%C3%A9&s=mairie-evry",
        "https://portal.example/?s=a.b_c-9",
        "Mairie d’Évry-Courcouronnes « accueil » 😀 <&>",
        "漢字とかな"
      })
  void png_decodesToItsText(String text) {
    QrCode qr = QrCode.of(text);

    assertThat(KitFixtures.decodePng(qr.png(4))).isEqualTo(text);
    assertThat(KitFixtures.decodePng(qr.png(2))).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://portal.example/survey?s=mairie-lyon",
        "https://xn--mairie-vry-h7a.example/enqu%C3%AAte?ann%C3%A9e=%C3%A9t%C3%A9&s=mairie-evry",
        "Mairie d’Évry-Courcouronnes « accueil » 😀 <&>"
      })
  void svg_decodesToItsText(String text) {
    assertThat(KitFixtures.decodeSvg(QrCode.of(text).svg("QR"))).isEqualTo(text);
  }

  @Test
  void svg_drawsExactlyTheDarkModules() {
    QrCode qr = QrCode.of("https://portal.example/survey?s=mairie-lyon");

    boolean[][] drawn = KitFixtures.svgModules(qr.svg("QR"));

    assertThat(drawn).hasNumberOfRows(qr.width());
    for (int y = 0; y < qr.width(); y++) {
      for (int x = 0; x < qr.width(); x++) {
        assertThat(drawn[y][x]).as("module (%d, %d)", x, y).isEqualTo(qr.isDark(x, y));
      }
    }
  }

  @Test
  void width_isTheVersionsSidePlusTheQuietZone() {
    // In byte mode at level M, version 3 holds 42 bytes and version 4 holds 62: 43 bytes need
    // version 4, of 21 + 4·3 = 33 modules a side, plus the quiet zone on both sides.
    QrCode qr = QrCode.of("https://portal.example/survey?s=mairie-lyon");

    assertThat(qr.text()).hasSize(43);
    assertThat(qr.width()).isEqualTo(33 + 2 * QrCode.QUIET_ZONE);
  }

  @Test
  void isDark_quietZoneIsLightAndFinderCornerIsDark() {
    QrCode qr = QrCode.of("x");
    int w = qr.width();
    for (int i = 0; i < w; i++) {
      for (int q = 0; q < QrCode.QUIET_ZONE; q++) {
        assertThat(qr.isDark(i, q)).isFalse();
        assertThat(qr.isDark(q, i)).isFalse();
        assertThat(qr.isDark(i, w - 1 - q)).isFalse();
        assertThat(qr.isDark(w - 1 - q, i)).isFalse();
      }
    }
    // The top-left finder pattern: a dark 7×7 square ring right after the quiet zone.
    assertThat(qr.isDark(4, 4)).isTrue();
    assertThat(qr.isDark(10, 4)).isTrue();
    assertThat(qr.isDark(5, 5)).isFalse();
    assertThat(qr.isDark(11, 4)).isFalse();
    assertThatThrownBy(() -> qr.isDark(w, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> qr.isDark(0, -1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void png_isWellFormedWithCorrectChunksAndPixels() throws IOException, DataFormatException {
    QrCode qr = QrCode.of("https://portal.example/survey?s=mairie-lyon");
    int scale = 3;
    byte[] png = qr.png(scale);

    assertThat(Arrays.copyOf(png, 8)).isEqualTo(SIGNATURE);
    List<Chunk> chunks = chunks(png);
    assertThat(chunks).extracting(Chunk::type).containsExactly("IHDR", "IDAT", "IEND");
    for (Chunk chunk : chunks) {
      CRC32 crc = new CRC32();
      crc.update(chunk.type().getBytes(StandardCharsets.US_ASCII));
      crc.update(chunk.data());
      assertThat(chunk.crc()).as("CRC of %s", chunk.type()).isEqualTo((int) crc.getValue());
    }
    int side = qr.width() * scale;
    ByteBuffer header = ByteBuffer.wrap(chunks.get(0).data());
    assertThat(header.getInt()).isEqualTo(side);
    assertThat(header.getInt()).isEqualTo(side);
    assertThat(Arrays.copyOfRange(chunks.get(0).data(), 8, 13)).containsExactly(1, 0, 0, 0, 0);
    assertThat(chunks.get(2).data()).isEmpty();

    // Our own inflater: every scanline is filter 0 then 1-bit samples, 1 for white.
    byte[] raw = inflate(chunks.get(1).data());
    int rowBytes = (side + 7) / 8;
    assertThat(raw).hasSize(side * (rowBytes + 1));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(side);
    assertThat(image.getHeight()).isEqualTo(side);
    for (int y = 0; y < side; y++) {
      assertThat(raw[y * (rowBytes + 1)]).as("filter of row %d", y).isZero();
      for (int x = 0; x < side; x++) {
        boolean white = (raw[y * (rowBytes + 1) + 1 + x / 8] & (0x80 >>> (x % 8))) != 0;
        boolean dark = qr.isDark(x / scale, y / scale);
        assertThat(white).as("pixel (%d, %d)", x, y).isEqualTo(!dark);
        assertThat(image.getRGB(x, y) & 0xFFFFFF).isEqualTo(dark ? 0x000000 : 0xFFFFFF);
      }
    }
  }

  @Test
  void png_sameCodeSameBytes() {
    assertThat(QrCode.of("abc").png(8)).isEqualTo(QrCode.of("abc").png(8));
  }

  @Test
  void png_refusesAScaleOutOfRange() {
    QrCode qr = QrCode.of("abc");

    assertThatThrownBy(() -> qr.png(0)).hasMessage("pixels per module must be 1 to 32: 0");
    assertThatThrownBy(() -> qr.png(33)).hasMessage("pixels per module must be 1 to 32: 33");
  }

  @Test
  void of_refusesEmptyAndTooLongTexts() {
    assertThatThrownBy(() -> QrCode.of("")).isInstanceOf(IllegalArgumentException.class);
    // Version 40 at level M holds 2 331 bytes in byte mode.
    String longest = "a".repeat(2331);
    assertThat(QrCode.of(longest).width()).isEqualTo(177 + 8);
    assertThatThrownBy(() -> QrCode.of(longest + "a"))
        .hasMessage("a text of 2332 UTF-8 bytes is too long for a QR code");
  }

  @Test
  void svg_isAnAccessibleImageWithAnEscapedTitle() {
    String hostile = "\"><script>alert(1)</script>";
    String svg = QrCode.of("abc").svg(hostile);

    Document xml = Jsoup.parse(svg, "", Parser.xmlParser());
    Element root = xml.selectFirst("svg");
    assertThat(root).isNotNull();
    assertThat(root.attr("role")).isEqualTo("img");
    assertThat(root.attr("shape-rendering")).isEqualTo("crispEdges");
    assertThat(root.child(0).tagName()).isEqualTo("title");
    assertThat(root.child(0).text()).isEqualTo(hostile);
    assertThat(xml.select("script")).isEmpty();
    assertThat(xml.select("path")).hasSize(1);
    assertThat(svg).contains("&quot;&gt;&lt;script&gt;");
  }

  private static List<Chunk> chunks(byte[] png) {
    ByteBuffer buffer = ByteBuffer.wrap(png, 8, png.length - 8);
    List<Chunk> chunks = new ArrayList<>();
    while (buffer.hasRemaining()) {
      int length = buffer.getInt();
      byte[] type = new byte[4];
      buffer.get(type);
      byte[] data = new byte[length];
      buffer.get(data);
      chunks.add(new Chunk(new String(type, StandardCharsets.US_ASCII), data, buffer.getInt()));
    }
    return chunks;
  }

  private static byte[] inflate(byte[] data) throws DataFormatException {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(data);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && inflater.needsInput()) {
          throw new DataFormatException("truncated zlib stream");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } finally {
      inflater.end();
    }
  }
}

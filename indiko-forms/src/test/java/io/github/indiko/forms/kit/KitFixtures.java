package io.github.indiko.forms.kit;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.structure.StructureType;
import io.github.indiko.testkit.gen.DomainGen;
import io.github.indiko.testkit.property.RandomSource;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Editions, structures and kits for the tests, and ZXing's reader on PNG bytes and SVG paths. */
final class KitFixtures {
  static final String EDITION_FR = "Baromètre Indiko Expérience citoyen 2017";
  static final String EDITION_EN = "Indiko Citizen Experience barometer 2017";
  static final URI BASE = URI.create("https://portal.example/survey");

  private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
  private static final Pattern PATH = Pattern.compile("<path fill=\"#000\" d=\"([^\"]*)\"/>");

  private KitFixtures() {}

  /** A valid edition from the testkit's generator, with this name and default locale. */
  static Edition edition(Map<String, String> name, String defaultLocale) {
    Edition e = DomainGen.editions().generate(RandomSource.seeded(2017));
    return new Edition(
        e.id(),
        new LocalizedText(name),
        defaultLocale,
        e.timeZone(),
        e.registration(),
        e.collection(),
        e.questionnaire(),
        e.grid(),
        e.scoring(),
        e.trophies(),
        e.previous(),
        e.channels());
  }

  static Edition edition() {
    return edition(Map.of("fr", EDITION_FR, "en", EDITION_EN), "fr");
  }

  static Structure structure(String id, String name) {
    return new Structure(new StructureId(id), name, StructureType.COMMUNE, 522_250L, null, null);
  }

  static CommunicationKit kit(String structureName) {
    return CommunicationKit.of(edition(), structure("mairie-lyon", structureName), BASE);
  }

  /** The text of the QR code in PNG bytes, read with {@code javax.imageio} and ZXing. */
  static String decodePng(byte[] png) {
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return decode(image);
  }

  /** The text of a QR code in an image, the whole image given to ZXing's hybrid binarizer. */
  static String decode(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
    return decode(new RGBLuminanceSource(width, height, pixels));
  }

  /**
   * The text of the QR code of an SVG image: its path's runs rasterised as modules of 4 pixels on
   * a white image of the view box's size.
   */
  static String decodeSvg(String svg) {
    boolean[][] modules = svgModules(svg);
    int side = modules.length * 4;
    byte[] luminance = new byte[side * side];
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        luminance[y * side + x] = modules[y / 4][x / 4] ? 0 : (byte) 255;
      }
    }
    return decode(new PlanarYUVLuminanceSource(luminance, side, side, 0, 0, side, side, false));
  }

  /** The dark modules drawn by an SVG image of {@link QrCode#svg}, indexed [y][x]. */
  static boolean[][] svgModules(String svg) {
    Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
    if (!box.find()) {
      throw new AssertionError("no viewBox in " + svg);
    }
    int side = Integer.parseInt(box.group(1));
    Matcher path = PATH.matcher(svg);
    if (!path.find()) {
      throw new AssertionError("no path in " + svg);
    }
    String d = path.group(1);
    boolean[][] modules = new boolean[side][side];
    Matcher run = RUN.matcher(d);
    int end = 0;
    while (run.find()) {
      if (run.start() != end || !run.group(3).equals(run.group(4))) {
        throw new AssertionError("unexpected path data at " + end + ": " + d);
      }
      end = run.end();
      int x = Integer.parseInt(run.group(1));
      int y = Integer.parseInt(run.group(2));
      for (int i = 0; i < Integer.parseInt(run.group(3)); i++) {
        modules[y][x + i] = true;
      }
    }
    if (end != d.length()) {
      throw new AssertionError("unexpected path data at " + end + ": " + d);
    }
    return modules;
  }

  /**
   * Detects and reads the code on the whole image with {@link QRCodeReader}, then, when it finds
   * none, with {@link QRCodeMultiReader}: the single reader keeps the three likeliest finder
   * patterns and is fooled by a few perfect symbols whose data imitates one (zxing/zxing#410,
   * #897; e.g. the link {@code https://xn--mairie-vry-h7a.example/?q=&s=abaaacbaca-0.9_x}), which
   * the multiple reader, trying more combinations, and phones read. Neither is told that the image
   * is a pure barcode.
   */
  private static String decode(LuminanceSource source) {
    Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    try {
      return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints).getText();
    } catch (NotFoundException | ChecksumException | FormatException single) {
      try {
        Result[] results =
            new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(source)), hints);
        if (results.length != 1) {
          throw new AssertionError(results.length + " QR codes found");
        }
        return results[0].getText();
      } catch (NotFoundException multiple) {
        multiple.addSuppressed(single);
        throw new AssertionError("no QR code could be read", multiple);
      }
    }
  }
}

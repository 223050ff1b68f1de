package io.github.indiko.forms.kit;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.github.indiko.core.internal.Markup;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * A QR code of a text, error correction level M, with its quiet zone of four light modules on
 * every side, and its renderings as SVG and PNG. Immutable and thread-safe.
 *
 * <p>A text of US-ASCII characters (a survey link always is) is encoded as is; any other text is
 * encoded in UTF-8 behind an ECI marker, which current readers understand.
 */
public final class QrCode {
  /** Light modules around the symbol on every side, as ISO/IEC 18004 asks. */
  public static final int QUIET_ZONE = 4;

  /** The largest number of pixels per module {@link #png(int)} accepts. */
  public static final int MAX_PIXELS_PER_MODULE = 32;

  private final String text;
  private final int width;
  private final BitSet dark;

  private QrCode(String text, int width, BitSet dark) {
    this.text = text;
    this.width = width;
    this.dark = dark;
  }

  /**
   * @param text the text to encode, not empty
   * @return its QR code, of the smallest version that holds it
   * @throws IllegalArgumentException when the text is empty or too long for a QR code of level M
   *     (2 331 bytes at most)
   */
  public static QrCode of(String text) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a QR code needs a text that is not empty");
    }
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
    hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
    if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
      hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
    }
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
    } catch (WriterException e) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "a text of %d UTF-8 bytes is too long for a QR code",
              text.getBytes(StandardCharsets.UTF_8).length),
          e);
    }
    int width = matrix.getWidth();
    BitSet dark = new BitSet(width * width);
    for (int y = 0; y < width; y++) {
      for (int x = 0; x < width; x++) {
        if (matrix.get(x, y)) {
          dark.set(y * width + x);
        }
      }
    }
    return new QrCode(text, width, dark);
  }

  /**
   * @return the encoded text
   */
  public String text() {
    return text;
  }

  /**
   * @return the number of modules on a side, quiet zone included: 21 + 4·(version − 1) + 8
   */
  public int width() {
    return width;
  }

  /**
   * @param x column, from 0 (left) to {@link #width()} − 1
   * @param y row, from 0 (top) to {@link #width()} − 1
   * @return whether the module is dark; the quiet zone is light
   * @throws IndexOutOfBoundsException when a coordinate is outside the code
   */
  public boolean isDark(int x, int y) {
    if (x < 0 || y < 0 || x >= width || y >= width) {
      throw new IndexOutOfBoundsException(
          String.format(Locale.ROOT, "module (%d, %d) is outside a code of width %d", x, y, width));
    }
    return dark.get(y * width + x);
  }

  /**
   * A standalone SVG image of the code: a light square of {@link #width()} units, quiet zone
   * included, and one {@code <path>} of the dark modules, one unit each, drawn with {@code
   * shape-rendering="crispEdges"}. The image has {@code role="img"} and its {@code <title>} is the
   * given text, escaped; it is {@code 8 · width()} pixels wide unless a style sheet sizes it.
   *
   * @param title what the image is, for assistive technologies
   * @return the {@code <svg>} element, which can also be inlined in HTML
   */
  public String svg(String title) {
    StringBuilder svg = new StringBuilder(width * width);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(width)
        .append("\" width=\"")
        .append(width * 8)
        .append("\" height=\"")
        .append(width * 8)
        .append("\" shape-rendering=\"crispEdges\"><title>")
        .append(Markup.escape(title))
        .append("</title><rect width=\"")
        .append(width)
        .append("\" height=\"")
        .append(width)
        .append("\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
    for (int y = 0; y < width; y++) {
      int x = 0;
      while (x < width) {
        if (!isDark(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < width && isDark(x, y)) {
          x++;
        }
        svg.append('M').append(start).append(' ').append(y);
        svg.append('h').append(x - start).append("v1h-").append(x - start).append('z');
      }
    }
    svg.append("\"/></svg>");
    return svg.toString();
  }

  /**
   * A PNG image of the code: 1-bit greyscale, black on white, quiet zone included, {@code
   * pixelsPerModule · width()} pixels on a side, without metadata (the same code gives the same
   * bytes).
   *
   * @param pixelsPerModule pixels on a module's side, 1 to {@value #MAX_PIXELS_PER_MODULE}
   * @return the bytes of the PNG file
   * @throws IllegalArgumentException when {@code pixelsPerModule} is outside its range
   */
  public byte[] png(int pixelsPerModule) {
    if (pixelsPerModule < 1 || pixelsPerModule > MAX_PIXELS_PER_MODULE) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "pixels per module must be 1 to %d: %d",
              MAX_PIXELS_PER_MODULE,
              pixelsPerModule));
    }
    return Png.bilevel(width * pixelsPerModule, (x, y) -> isDark(x / pixelsPerModule, y / pixelsPerModule));
  }

  @Override
  public String toString() {
    return "QrCode[" + width + "×" + width + ", " + text + "]";
  }
}

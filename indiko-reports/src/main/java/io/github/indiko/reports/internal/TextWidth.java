package io.github.indiko.reports.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * How wide a text of the charts will be, estimated without a font engine so that pages stay
 * byte-deterministic, and how to fit it in a width: on lines broken between words, then
 * shortened with an ellipsis. The advances are DejaVu Sans's, the widest of the fonts the style
 * sheet names that a system is likely to have, plus a margin of 5 %: a text estimated to fit
 * does fit in the narrower ones.
 */
final class TextWidth {
  /** The ellipsis that ends a shortened text. */
  static final String ELLIPSIS = "…";

  /** DejaVu Sans advances of U+0020 to U+007E, in thousandths of an em. */
  private static final int[] ASCII = {
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
    636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
    1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
    603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
    500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
    635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838
  };

  private static final double MARGIN = 1.05;

  private TextWidth() {}

  /** The estimated width of {@code text} at {@code fontSize} user units. */
  static double of(String text, double fontSize) {
    long thousandths = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      thousandths += advance(codePoint);
      i += Character.charCount(codePoint);
    }
    return thousandths / 1000.0 * fontSize * MARGIN;
  }

  /**
   * {@code text} on at most {@code maxLines} lines no wider than {@code width}, broken at spaces;
   * the last line ends with {@link #ELLIPSIS} when the text does not fit. A word wider than the
   * line is broken where it reaches the width.
   */
  static List<String> lines(String text, double fontSize, double width, int maxLines) {
    List<String> lines = new ArrayList<>();
    String rest = text.strip();
    while (!rest.isEmpty() && lines.size() < maxLines - 1 && of(rest, fontSize) > width) {
      int end = Math.max(prefix(rest, fontSize, width), Character.charCount(rest.codePointAt(0)));
      int space = rest.lastIndexOf(' ', end);
      int cut = space > 0 ? space : end;
      lines.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    lines.add(shorten(rest, fontSize, width));
    return lines;
  }

  /** {@code text} if it fits in {@code width}, else its longest fitting prefix and an ellipsis. */
  static String shorten(String text, double fontSize, double width) {
    if (of(text, fontSize) <= width) {
      return text;
    }
    int end = prefix(text, fontSize, width - of(ELLIPSIS, fontSize));
    return text.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  /** The end index of the longest prefix of whole code points that fits in {@code width}. */
  private static int prefix(String text, double fontSize, double width) {
    double used = 0;
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      double next = advance(codePoint) / 1000.0 * fontSize * MARGIN;
      if (used + next > width) {
        break;
      }
      used += next;
      i += Character.charCount(codePoint);
    }
    return i;
  }

  private static int advance(int codePoint) {
    if (codePoint >= 0x20 && codePoint < 0x7F) {
      return ASCII[codePoint - 0x20];
    }
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || type == Character.CONTROL) {
      return 0;
    }
    if (Character.isSpaceChar(codePoint)) {
      return ASCII[0];
    }
    String base = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
    int first = base.codePointAt(0);
    if (first >= 0x20 && first < 0x7F) {
      return ASCII[first - 0x20];
    }
    // Punctuation, symbols, CJK and emoji: at most a full em in DejaVu Sans; 1.2 em is safe for
    // the fallback fonts that draw what it lacks.
    return first < 0x2000 ? 1000 : 1200;
  }
}

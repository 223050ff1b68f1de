package io.github.indiko.reports.internal;

import java.util.List;

/**
 * The texts of the charts fitted to their room, and the boxes they take. A label is wrapped on
 * its lines or shortened with an ellipsis by {@link TextWidth}'s rules, to the width it is given;
 * a label that shows less than its full text says so, and its full text is then its tooltip.
 */
final class ChartLabels {
  /** The font size of every text of the charts, in user units. */
  static final int FONT = 11;
  /** Above the baseline of a text in DejaVu Sans at {@link #FONT}, rounded up. */
  static final double ASCENT = 10.5;
  /** Below the baseline of a text in DejaVu Sans at {@link #FONT}, rounded up. */
  static final double DESCENT = 3;
  /** From a line of a label to the next. */
  static final double LINE = 13;

  /**
   * A text as a chart shows it.
   *
   * @param full the text in full
   * @param lines what is drawn, one or more lines
   */
  record Label(String full, List<String> lines) {
    Label {
      lines = List.copyOf(lines);
    }

    /**
     * Whether the lines, joined by spaces, differ from the full text (shortened, or spaced
     * otherwise): then the full text is the label's tooltip.
     */
    boolean shortened() {
      return !String.join(" ", lines).equals(full);
    }

    /** The first line: the whole label when it has a single line. */
    String line() {
      return lines.get(0);
    }
  }

  private ChartLabels() {}

  /** {@code text} on one line no wider than {@code width}, shortened when it does not fit. */
  static Label fit(String text, double width) {
    return new Label(text, List.of(TextWidth.shorten(text, FONT, width)));
  }

  /**
   * {@code text} on at most {@code maxLines} lines no wider than {@code width}, as {@link
   * TextWidth#lines} breaks it.
   */
  static Label wrap(String text, double width, int maxLines) {
    return new Label(text, TextWidth.lines(text, FONT, width, maxLines));
  }

  /** The estimated width of {@code text} at the charts' font size. */
  static double width(String text) {
    return TextWidth.of(text, FONT);
  }

  /**
   * The box a line of text takes when drawn from (x, baseline).
   *
   * @param anchor {@code start} when x is where the text begins, {@code end} where it ends
   */
  static LabelPlacement.Box box(String line, double x, double baseline, String anchor) {
    double width = width(line);
    double start = anchor.equals("start") ? x : x - width;
    return new LabelPlacement.Box(start, baseline - ASCENT, start + width, baseline + DESCENT);
  }
}

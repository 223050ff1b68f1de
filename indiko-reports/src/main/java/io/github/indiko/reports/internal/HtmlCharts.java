package io.github.indiko.reports.internal;

import io.github.indiko.core.internal.Markup;
import io.github.indiko.reports.internal.ChartLabels.Label;
import io.github.indiko.reports.internal.LabelPlacement.Box;
import io.github.indiko.scoring.spi.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * Inline SVG charts, each in a {@code <figure>} with its caption, a {@code <title>} and a {@code
 * <desc>} stating every value, and its data table. Series differ by fill and pattern (solid,
 * hatched) and are named in the value texts, so that nothing relies on colour alone. The texts are
 * fitted by {@link ChartLabels} and the scatter's marks placed by {@link LabelPlacement}.
 */
final class HtmlCharts {
  /**
   * One bar.
   *
   * @param style 0 solid, 1 hatched
   * @param value the value in axis units, or null for no bar
   * @param ci the whisker, or null
   * @param text the value as shown (with its series' name when a group has several bars), or why
   *     there is no bar
   */
  record Bar(int style, @Nullable Double value, @Nullable Interval ci, String text) {}

  /** Bars that share a label. */
  record Group(String label, List<Bar> bars) {}

  /** The horizontal axis: its range and its ticks. */
  record Axis(double low, double high, List<Double> ticks, DoubleFunction<String> tickText) {}

  /**
   * One point of a scatter, drawn as its marker and its mark; the data table names it in full.
   *
   * @param mark the short text beside the marker, such as its number in the data table
   * @param label its full name, the mark's tooltip
   * @param x horizontal value
   * @param y vertical value
   * @param shape 0 circle, 1 square, 2 triangle, 3 diamond
   */
  record Point(String mark, String label, double x, double y, int shape) {}

  /** The frame of a scatter: axes and their titles, mean lines, quadrant names. */
  record Frame(
      Axis x,
      Axis y,
      String xTitle,
      String yTitle,
      double meanX,
      double meanY,
      List<String> quadrants) {}

  private static final int WIDTH = 680;
  private static final int LABEL_END = 195;
  private static final int PLOT_LEFT = 205;
  private static final int PLOT_RIGHT = 500;
  private static final int BAR = 14;
  private static final int PITCH = 18;
  private static final int GROUP_GAP = 8;
  private static final String TEXT = "#1a1a1a";
  private static final String MUTED = "#404040";
  private static final String SOLID = "#2f6aa3";
  private static final String HATCH = "#7a4300";

  private HtmlCharts() {}

  /**
   * A horizontal bar chart.
   *
   * @param page the page, for unique ids
   * @param caption the figure's caption, also the SVG's title
   * @param legend series names by style, shown above the bars; empty for none
   * @param table the data table's markup
   */
  static String bars(
      Html page,
      String caption,
      List<String> legend,
      Axis axis,
      List<Group> groups,
      String table) {
    String id = page.id("chart");
    StringBuilder svg = new StringBuilder();
    int top = legend.isEmpty() ? 8 : 30;
    // A label takes two lines when it needs them, and its group as many rows.
    List<Label> labels = new ArrayList<>();
    int rows = 0;
    for (Group group : groups) {
      Label label = ChartLabels.wrap(group.label(), LABEL_END - 4, 2);
      labels.add(label);
      rows += Math.max(label.lines().size(), group.bars().size());
    }
    int height = top + rows * PITCH + groups.size() * GROUP_GAP + 28;
    List<String> description = new ArrayList<>();
    svg.append("<defs>").append(pattern(id)).append("</defs>");
    if (!legend.isEmpty()) {
      int x = PLOT_LEFT;
      for (int style = 0; style < legend.size(); style++) {
        svg.append(rect(x, 9, 12, 12, style, id));
        svg.append(text(x + 20, 19, "start", legend.get(style), TEXT));
        x += 30 + (int) Math.ceil(ChartLabels.width(legend.get(style)));
      }
    }
    int bottom = height - 24;
    ticks(svg, axis, top - 4, bottom);
    double zero = axisX(axis, Math.max(axis.low(), Math.min(axis.high(), 0)));
    int y = top;
    for (int g = 0; g < groups.size(); g++) {
      Group group = groups.get(g);
      Label label = labels.get(g);
      int groupTop = y;
      svg.append(titled(label, LABEL_END, y + BAR - 3, "end"));
      List<String> values = new ArrayList<>();
      for (Bar bar : group.bars()) {
        String shown = bar.text();
        values.add(shown);
        if (bar.value() != null) {
          double end = axisX(axis, bar.value());
          double left = Math.min(zero, end);
          double width = Math.max(1, Math.abs(end - zero));
          svg.append(rect(left, y, width, BAR, bar.style(), id));
          if (bar.ci() != null) {
            whisker(svg, axis, bar.ci(), y + BAR / 2.0);
          }
        }
        Label fitted = ChartLabels.fit(shown, WIDTH - PLOT_RIGHT - 10);
        svg.append(titled(fitted, PLOT_RIGHT + 8, y + BAR - 3, "start"));
        y += PITCH;
      }
      y = groupTop + Math.max(label.lines().size(), group.bars().size()) * PITCH + GROUP_GAP;
      description.add(group.label() + " — " + String.join(" ; ", values));
    }
    svg.append(line(zero, top - 4, zero, bottom, TEXT, 1));
    return figure(id, caption, String.join(". ", description) + ".", height, svg, table);
  }

  /**
   * A scatter with its two mean lines and the four quadrants named in their corners. Each point
   * carries its mark, placed where it overlaps no other text nor marker ({@link LabelPlacement}),
   * tied to it by a line when not beside it; its full name is the mark's tooltip and is in the
   * data table.
   */
  static String scatter(
      Html page,
      String caption,
      Frame frame,
      List<Point> points,
      String description,
      String table) {
    String id = page.id("chart");
    int left = 70;
    int right = 640;
    int top = 20;
    int bottom = 360;
    int height = 410;
    StringBuilder svg = new StringBuilder();
    svg.append(rect(left, top, right - left, bottom - top, "none", "#8a96a3"));
    DoubleFunction<Double> sx =
        v -> left + (v - frame.x().low()) / (frame.x().high() - frame.x().low()) * (right - left);
    DoubleFunction<Double> sy =
        v -> bottom - (v - frame.y().low()) / (frame.y().high() - frame.y().low()) * (bottom - top);
    for (double tick : frame.x().ticks()) {
      double x = sx.apply(tick);
      svg.append(line(x, top, x, bottom, "#d0d7de", 1));
      // Low enough to clear the lowest tick text of the vertical axis.
      svg.append(text(x, bottom + 18, "middle", frame.x().tickText().apply(tick), MUTED));
    }
    for (double tick : frame.y().ticks()) {
      double y = sy.apply(tick);
      svg.append(line(left, y, right, y, "#d0d7de", 1));
      svg.append(text(left - 6, y + 4, "end", frame.y().tickText().apply(tick), MUTED));
    }
    double mx = sx.apply(clamp(frame.meanX(), frame.x()));
    double my = sy.apply(clamp(frame.meanY(), frame.y()));
    svg.append(dashed(mx, top, mx, bottom));
    svg.append(dashed(left, my, right, my));
    LabelPlacement placement =
        new LabelPlacement(new Box(left + 1, top + 1, right - 1, bottom - 1));
    double half = (right - left) / 2.0 - 12;
    List<String> quadrants = frame.quadrants();
    svg.append(corner(placement, quadrants.get(0), left + 6, top + 14, "start", half));
    svg.append(corner(placement, quadrants.get(1), right - 6, top + 14, "end", half));
    svg.append(corner(placement, quadrants.get(2), left + 6, bottom - 6, "start", half));
    svg.append(corner(placement, quadrants.get(3), right - 6, bottom - 6, "end", half));
    Label xTitle = ChartLabels.fit(frame.xTitle(), right - left);
    svg.append(titled(xTitle, (left + right) / 2.0, bottom + 34, "middle"));
    Label yTitle = ChartLabels.fit(frame.yTitle(), bottom - top);
    svg.append("<text x=\"14\" y=\"")
        .append(number((top + bottom) / 2.0))
        .append("\" text-anchor=\"middle\" transform=\"rotate(-90 14 ")
        .append(number((top + bottom) / 2.0))
        .append(")\" fill=\"")
        .append(TEXT)
        .append("\">")
        .append(tooltip(yTitle))
        .append("\u2068")
        .append(Markup.escape(yTitle.line()))
        .append("\u2069</text>");
    List<double[]> centres = new ArrayList<>();
    for (Point point : points) {
      double x = sx.apply(clamp(point.x(), frame.x()));
      double y = sy.apply(clamp(point.y(), frame.y()));
      centres.add(new double[] {x, y});
      placement.take(Box.around(x, y, 8));
    }
    for (int i = 0; i < points.size(); i++) {
      Point point = points.get(i);
      double x = centres.get(i)[0];
      double y = centres.get(i)[1];
      double width = ChartLabels.width(point.mark()) + 2;
      Box box = placement.place(x, y, width, ChartLabels.ASCENT + ChartLabels.DESCENT);
      double cx = (box.left() + box.right()) / 2;
      svg.append(marker(point.shape(), x, y));
      if (Math.hypot(cx - x, (box.top() + box.bottom()) / 2 - y) > 20) {
        double toX = nearest(cx, box.left(), box.right());
        double toY = nearest(y, box.top(), box.bottom());
        svg.append(line(x, y, toX, toY, MUTED, 0.75));
      }
      double baseline = box.bottom() - ChartLabels.DESCENT;
      svg.append(text(cx, baseline, "middle", title(point.label()), point.mark(), TEXT));
    }
    return figure(id, caption, description, height, svg, table);
  }

  /** A quadrant's name in its corner, fitted to half the plot's width; its box is taken. */
  private static String corner(
      LabelPlacement placement,
      String name,
      double x,
      double baseline,
      String anchor,
      double width) {
    Label label = ChartLabels.fit(name, width);
    placement.take(ChartLabels.box(label.line(), x, baseline, anchor));
    return titled(label, x, baseline, anchor);
  }

  private static double nearest(double value, double low, double high) {
    return Math.max(low, Math.min(high, value));
  }

  private static String figure(
      String id, String caption, String description, int height, StringBuilder body, String table) {
    return "<figure><figcaption id=\""
        + id
        + "-caption\">"
        + Markup.escape(caption)
        + "</figcaption><svg role=\"img\" aria-labelledby=\""
        + id
        + "-title\" aria-describedby=\""
        + id
        + "-desc\" viewBox=\"0 0 "
        + WIDTH
        + " "
        + height
        + "\" font-size=\""
        + ChartLabels.FONT
        + "\"><title id=\""
        + id
        + "-title\">"
        + Markup.escape(caption)
        + "</title><desc id=\""
        + id
        + "-desc\">"
        + Markup.escape(description)
        + "</desc>"
        + body
        + "</svg>"
        + table
        + "</figure>";
  }

  private static void ticks(StringBuilder svg, Axis axis, int top, int bottom) {
    for (double tick : axis.ticks()) {
      double x = axisX(axis, tick);
      svg.append(line(x, top, x, bottom, "#d0d7de", 1));
      svg.append(text(x, bottom + 14, "middle", axis.tickText().apply(tick), MUTED));
    }
  }

  private static void whisker(StringBuilder svg, Axis axis, Interval ci, double y) {
    double low = axisX(axis, ci.low());
    double high = axisX(axis, ci.high());
    svg.append(line(low, y, high, y, "#000", 1.5));
    svg.append(line(low, y - 5, low, y + 5, "#000", 1.5));
    svg.append(line(high, y - 5, high, y + 5, "#000", 1.5));
  }

  private static double axisX(Axis axis, double value) {
    double clamped = clamp(value, axis);
    double share = (clamped - axis.low()) / (axis.high() - axis.low());
    return PLOT_LEFT + share * (PLOT_RIGHT - PLOT_LEFT);
  }

  private static double clamp(double value, Axis axis) {
    return Math.max(axis.low(), Math.min(axis.high(), value));
  }

  private static String pattern(String id) {
    return "<pattern id=\""
        + id
        + "-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
        + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f6e7d3\"/>"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\""
        + HATCH
        + "\" stroke-width=\"3\"/></pattern>";
  }

  private static String rect(
      double x, double y, double width, double height, int style, String id) {
    return style == 0
        ? rect(x, y, width, height, SOLID, SOLID)
        : rect(x, y, width, height, "url(#" + id + "-hatch)", HATCH);
  }

  private static String rect(
      double x, double y, double width, double height, String fill, String stroke) {
    return "<rect x=\""
        + number(x)
        + "\" y=\""
        + number(y)
        + "\" width=\""
        + number(width)
        + "\" height=\""
        + number(height)
        + "\" fill=\""
        + fill
        + "\" stroke=\""
        + stroke
        + "\"/>";
  }

  private static String marker(int shape, double x, double y) {
    String style = " fill=\"" + SOLID + "\" stroke=\"#000\"";
    return switch (shape) {
      case 0 -> "<circle cx=\"" + number(x) + "\" cy=\"" + number(y) + "\" r=\"6\"" + style + "/>";
      case 1 -> "<rect x=\"" + number(x - 5) + "\" y=\"" + number(y - 5)
          + "\" width=\"10\" height=\"10\"" + style + "/>";
      case 2 -> polygon(style, x, y - 7, x + 7, y + 5, x - 7, y + 5);
      default -> polygon(style, x, y - 7, x + 7, y, x, y + 7, x - 7, y);
    };
  }

  private static String polygon(String style, double... coordinates) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < coordinates.length; i += 2) {
      parts.add(number(coordinates[i]) + "," + number(coordinates[i + 1]));
    }
    return "<polygon points=\"" + String.join(" ", parts) + "\"" + style + "/>";
  }

  private static String line(
      double x1, double y1, double x2, double y2, String colour, double width) {
    return "<line x1=\""
        + number(x1)
        + "\" y1=\""
        + number(y1)
        + "\" x2=\""
        + number(x2)
        + "\" y2=\""
        + number(y2)
        + "\" stroke=\""
        + colour
        + "\" stroke-width=\""
        + number(width)
        + "\"/>";
  }

  private static String dashed(double x1, double y1, double x2, double y2) {
    return line(x1, y1, x2, y2, "#000", 1.5).replace("/>", " stroke-dasharray=\"6 4\"/>");
  }

  /**
   * A label on its lines from {@code firstBaseline} down; when it is shortened, each line carries
   * the full text as its tooltip.
   */
  private static String titled(Label label, double x, double firstBaseline, String anchor) {
    String tooltip = tooltip(label);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < label.lines().size(); i++) {
      double baseline = firstBaseline + i * ChartLabels.LINE;
      out.append(text(x, baseline, anchor, tooltip, label.lines().get(i), TEXT));
    }
    return out.toString();
  }

  /** The full text of a shortened label as an SVG {@code <title>}; nothing for a whole one. */
  private static String tooltip(Label label) {
    return label.shortened() ? title(label.full()) : "";
  }

  private static String title(String full) {
    return "<title>\u2068" + Markup.escape(full) + "\u2069</title>";
  }

  /** A text from data or from the bundle, escaped and isolated (FSI … PDI) from its neighbours. */
  private static String text(double x, double y, String anchor, String content, String colour) {
    return text(x, y, anchor, "", content, colour);
  }

  /** A text after its {@code <title>} markup, or after nothing when {@code title} is empty. */
  private static String text(
      double x, double y, String anchor, String title, String content, String colour) {
    return "<text x=\""
        + number(x)
        + "\" y=\""
        + number(y)
        + "\" text-anchor=\""
        + anchor
        + "\" fill=\""
        + colour
        + "\">"
        + title
        + "\u2068"
        + Markup.escape(content)
        + "\u2069</text>";
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}

package io.github.indiko.reports.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the marks of a chart go so that no text hides another: boxes are taken (markers,
 * texts already drawn), then each mark is placed in the first free position near its point.
 *
 * <p>The contract: a box that {@link #place} returns lies inside the plot and keeps at least one
 * unit from every box taken before it (the boxes it returned included), unless none of the
 * positions it tries, on rings out to the plot's diagonal, is free; only then is the box right of
 * its point, wherever that falls. The same calls give the same boxes. Not thread-safe: one
 * placement serves one chart.
 */
final class LabelPlacement {
  /** A rectangle of the drawing, in user units, y growing downwards. */
  record Box(double left, double top, double right, double bottom) {
    /** The square of half side {@code half} centred on (x, y). */
    static Box around(double x, double y, double half) {
      return new Box(x - half, y - half, x + half, y + half);
    }

    /** Whether the two boxes overlap or are less than one unit apart. */
    boolean overlaps(Box other) {
      return left < other.right + 1
          && other.left < right + 1
          && top < other.bottom + 1
          && other.top < bottom + 1;
    }

    /** Whether this box lies inside {@code other}, edges included. */
    boolean inside(Box other) {
      return left >= other.left
          && right <= other.right
          && top >= other.top
          && bottom <= other.bottom;
    }
  }

  /** The first ring's radius: a mark there sits beside a marker of half size 8. */
  private static final double FIRST = 9;
  /** From a ring to the next, about the height of a mark. */
  private static final double RING = 12;

  private final Box plot;
  private final List<Box> taken = new ArrayList<>();

  /** A placement in {@code plot}, where nothing is taken yet. */
  LabelPlacement(Box plot) {
    this.plot = plot;
  }

  /** Takes {@code box}: no box placed afterwards comes near it. */
  void take(Box box) {
    taken.add(box);
  }

  /**
   * The box of a mark of this size near the point (x, y), now taken: the first position, ring by
   * ring of growing radius and turning from the right (then up, as y grows downwards), that lies
   * in the plot and overlaps nothing taken, beside the point when there is room; right of the
   * point when no position of the plot is free.
   */
  Box place(double x, double y, double width, double height) {
    Box box = free(x, y, width, height);
    taken.add(box);
    return box;
  }

  private Box free(double x, double y, double width, double height) {
    double reach = Math.hypot(plot.right() - plot.left(), plot.bottom() - plot.top());
    for (double radius = FIRST; radius < reach; radius += RING) {
      // About one position every 6 units of the ring, and at least the 8 directions.
      int steps = Math.max(8, (int) (radius / 6));
      for (int step = 0; step < steps; step++) {
        double angle = -2 * Math.PI * step / steps;
        double dx = radius * Math.cos(angle);
        double dy = radius * Math.sin(angle);
        // The box's near edge, not its centre, is on the ring, so that a wide mark clears the
        // point as a narrow one does.
        double cx = x + dx + Math.signum(Math.round(dx)) * width / 2;
        double cy = y + dy + Math.signum(Math.round(dy)) * height / 2;
        Box box = new Box(cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2);
        if (box.inside(plot) && taken.stream().noneMatch(box::overlaps)) {
          return box;
        }
      }
    }
    return new Box(x + FIRST, y - height / 2, x + FIRST + width, y + height / 2);
  }
}

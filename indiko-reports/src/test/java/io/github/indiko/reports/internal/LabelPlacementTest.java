package io.github.indiko.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.reports.internal.LabelPlacement.Box;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelPlacementTest {
  private static final Box PLOT = new Box(71, 21, 639, 359);

  @Test
  void place_roomBesideThePoint_isRightOfItsMarker() {
    LabelPlacement placement = new LabelPlacement(PLOT);
    placement.take(Box.around(300, 200, 8));

    Box box = placement.place(300, 200, 20, 13.5);

    assertThat(box).isEqualTo(new Box(309, 193.25, 329, 206.75));
  }

  @Test
  void place_rightOfThePointTaken_turnsToAFreeSideNearby() {
    LabelPlacement placement = new LabelPlacement(PLOT);
    placement.take(Box.around(300, 200, 8));
    placement.take(new Box(309, 21, 639, 359));

    Box box = placement.place(300, 200, 20, 13.5);

    assertThat(box.right()).isLessThanOrEqualTo(308);
    assertThat(inside(box, PLOT)).isTrue();
    assertThat(apart(box, Box.around(300, 200, 8))).isTrue();
    double centreX = (box.left() + box.right()) / 2;
    double centreY = (box.top() + box.bottom()) / 2;
    assertThat(Math.hypot(centreX - 300, centreY - 200)).isLessThan(40);
  }

  @Test
  void place_manyPointsAtTheSameSpot_boxesApartAndInsideThePlot() {
    LabelPlacement placement = new LabelPlacement(PLOT);
    Box marker = Box.around(300, 200, 8);
    int points = 40;
    for (int i = 0; i < points; i++) {
      placement.take(marker);
    }
    List<Box> placed = new ArrayList<>();
    for (int i = 0; i < points; i++) {
      placed.add(placement.place(300, 200, 6 + i % 3 * 7, 13.5));
    }

    for (int i = 0; i < placed.size(); i++) {
      Box box = placed.get(i);
      assertThat(inside(box, PLOT)).as("box %d inside the plot", i).isTrue();
      assertThat(apart(box, marker)).as("box %d clear of the markers", i).isTrue();
      for (int j = 0; j < i; j++) {
        assertThat(apart(box, placed.get(j))).as("boxes %d and %d apart", j, i).isTrue();
      }
    }
  }

  @Test
  void place_pointsInACorner_boxesStayInsideThePlot() {
    LabelPlacement placement = new LabelPlacement(PLOT);
    List<Box> placed = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      placement.take(Box.around(639, 21, 8));
    }
    for (int i = 0; i < 10; i++) {
      placed.add(placement.place(639, 21, 20, 13.5));
    }

    for (int i = 0; i < placed.size(); i++) {
      assertThat(inside(placed.get(i), PLOT)).as("box %d inside the plot", i).isTrue();
      for (int j = 0; j < i; j++) {
        assertThat(apart(placed.get(i), placed.get(j))).as("boxes %d and %d", j, i).isTrue();
      }
    }
  }

  @Test
  void place_noFreePosition_isRightOfThePoint() {
    LabelPlacement placement = new LabelPlacement(PLOT);
    placement.take(new Box(0, 0, 700, 400));

    assertThat(placement.place(300, 200, 20, 13.5)).isEqualTo(new Box(309, 193.25, 329, 206.75));
  }

  /** At least one unit between the boxes, horizontally or vertically. */
  private static boolean apart(Box a, Box b) {
    return a.left() >= b.right() + 1
        || b.left() >= a.right() + 1
        || a.top() >= b.bottom() + 1
        || b.top() >= a.bottom() + 1;
  }

  private static boolean inside(Box box, Box plot) {
    return box.left() >= plot.left()
        && box.right() <= plot.right()
        && box.top() >= plot.top()
        && box.bottom() <= plot.bottom();
  }
}

package io.github.indiko.core.questionnaire;

import io.github.indiko.core.constraints.ScalePoints;

/**
 * The scale of a rating question: integers {@code min..max}, 2 to 11 points. Checked by Bean
 * Validation: the number of points ({@link ScalePoints}); nothing is checked on construction.
 *
 * @param min the lowest point
 * @param max the highest point
 */
@ScalePoints(min = 2, max = 11)
public record Scale(int min, int max) {

  /**
   * @return the number of points
   */
  public int points() {
    return max - min + 1;
  }

  /**
   * @param value an answer
   * @return whether it is a point of the scale
   */
  public boolean contains(int value) {
    return value >= min && value <= max;
  }

  /** Formats as {@code min..max}. */
  @Override
  public String toString() {
    return min + ".." + max;
  }
}

package io.github.indiko.core.questionnaire;

/**
 * The scale of a rating question: integers {@code min..max}, 2 to 11 points.
 *
 * @param min the lowest point
 * @param max the highest point
 */
public record Scale(int min, int max) {
  /** Checks that the scale has 2 to 11 points. */
  public Scale {
    long points = (long) max - min + 1;
    if (points < 2 || points > 11) {
      throw new IllegalArgumentException(
          "a scale has 2 to 11 points: " + min + ".." + max + " has " + points);
    }
  }

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

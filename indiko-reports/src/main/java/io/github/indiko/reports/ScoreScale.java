package io.github.indiko.reports;

/** How HTML pages show scores of 0–100 (JSON and CSV always carry 0–100). */
public enum ScoreScale {
  /** Out of 100, one decimal. */
  HUNDRED(100),
  /** Out of 10: the score divided by 10, one decimal. */
  TEN(10);

  private final int max;

  ScoreScale(int max) {
    this.max = max;
  }

  /**
   * @return the top of the scale: 100 or 10
   */
  public int max() {
    return max;
  }
}

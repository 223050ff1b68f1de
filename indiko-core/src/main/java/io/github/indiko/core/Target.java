package io.github.indiko.core;

/**
 * The target of a number question or a measure criterion: {@code good} scores 100, {@code bad}
 * scores 0, linearly between (scoring.md §1). Lower is better when {@code good < bad}.
 *
 * @param good the value that scores 100
 * @param bad the value that scores 0; differs from {@code good}
 */
public record Target(double good, double bad) {
  /** Checks that both values are finite and differ. */
  public Target {
    if (!Double.isFinite(good) || !Double.isFinite(bad)) {
      throw new IllegalArgumentException("target values must be finite");
    }
    if (good == bad) {
      throw new IllegalArgumentException("target good and bad must differ: both are " + good);
    }
  }

  /**
   * @param value a measured value
   * @return its item score in [0, 100]
   */
  public double score(double value) {
    if (good < bad) {
      if (value <= good) {
        return 100;
      }
      return value >= bad ? 0 : 100 * (bad - value) / (bad - good);
    }
    if (value >= good) {
      return 100;
    }
    return value <= bad ? 0 : 100 * (value - bad) / (good - bad);
  }
}

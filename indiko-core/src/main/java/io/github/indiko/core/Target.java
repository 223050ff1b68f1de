package io.github.indiko.core;

import io.github.indiko.core.constraints.DistinctTarget;

/**
 * The target of a number question or a measure criterion: {@code good} scores 100, {@code bad}
 * scores 0, linearly between (scoring.md §1). Lower is better when {@code good < bad}. Checked on
 * construction: both values are finite. Checked by Bean Validation: they differ ({@link
 * DistinctTarget}).
 *
 * @param good the value that scores 100
 * @param bad the value that scores 0; differs from {@code good}
 */
@DistinctTarget
public record Target(double good, double bad) {
  /** Checks that both values are finite. */
  public Target {
    if (!Double.isFinite(good) || !Double.isFinite(bad)) {
      throw new IllegalArgumentException("target values must be finite");
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

package io.github.indiko.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as the console shows them; results files keep them unrounded. */
final class Numbers {
  private Numbers() {}

  /**
   * @param score a score
   * @return it with two decimals, half-up, e.g. {@code 77.35}
   */
  static String score(double score) {
    return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * @param quantile a quantile of an interval, t or z
   * @return it with six decimals, half-up, as scoring.md writes them, e.g. {@code 1.959964}
   */
  static String quantile(double quantile) {
    return BigDecimal.valueOf(quantile).setScale(6, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * @param factor a weighting factor: a cell's weight, a design effect
   * @return it with six decimals, half-up, e.g. {@code 1.083333}
   */
  static String factor(double factor) {
    return BigDecimal.valueOf(factor).setScale(6, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * @param alpha Krippendorff's alpha (analysis.md §A5)
   * @return it with three decimals, half-up, as Krippendorff writes it, e.g. {@code 0.849}
   */
  static String alpha(double alpha) {
    return BigDecimal.valueOf(alpha).setScale(3, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * @param confidence a confidence level in (0, 1)
   * @return it as a percentage without trailing zeros, e.g. {@code 95} for 0.95
   */
  static String percent(double confidence) {
    return BigDecimal.valueOf(confidence).movePointRight(2).stripTrailingZeros().toPlainString();
  }

  /**
   * @param weight a weight
   * @return it without trailing zeros, e.g. {@code 1}, {@code 0.6}
   */
  static String weight(double weight) {
    return BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString();
  }
}

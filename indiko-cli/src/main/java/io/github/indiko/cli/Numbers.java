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
   * @param weight a weight
   * @return it without trailing zeros, e.g. {@code 1}, {@code 0.6}
   */
  static String weight(double weight) {
    return BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString();
  }
}

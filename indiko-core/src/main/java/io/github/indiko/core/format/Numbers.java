package io.github.indiko.core.format;

import java.math.BigDecimal;

/** Formatting of numbers in messages and files: integers without a fraction, others in full. */
public final class Numbers {
  /** The largest magnitude format v1 accepts (±1e15). */
  public static final double LIMIT = 1e15;

  private Numbers() {}

  /**
   * @param value a finite number
   * @return {@code 4} for 4.0, {@code 2.5} for 2.5: the shortest text that reads back the same
   */
  public static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e16) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}

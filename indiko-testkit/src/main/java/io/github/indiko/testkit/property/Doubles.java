package io.github.indiko.testkit.property;

/** Constants of {@link Gen#doubles}. */
final class Doubles {
  /** Fractions of a range are drawn as k / 2^53, every double's precision in [0, 1). */
  static final long FRACTION_STEPS = 1L << 53;

  private Doubles() {}
}

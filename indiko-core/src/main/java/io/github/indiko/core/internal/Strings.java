package io.github.indiko.core.internal;

/** Text helpers for messages. */
public final class Strings {
  private static final int SHOWN = 60;

  private Strings() {}

  /**
   * @param value any text
   * @return the text cut to 60 code points with an ellipsis, so messages stay short
   */
  public static String abbreviate(String value) {
    if (value.codePointCount(0, value.length()) <= SHOWN) {
      return value;
    }
    return value.substring(0, value.offsetByCodePoints(0, SHOWN)) + "…";
  }
}

package io.github.indiko.core.internal.data;

/**
 * A row of the fast path that may hold its text answers as their UTF-8 bytes rather than as
 * strings, so that an aggregate that keeps few of them (a bounded sample) hashes the bytes and
 * makes a {@code String} only of a text it keeps. The bytes are well-formed UTF-8 and stand for
 * the answer exactly (no escape left). Valid, like the row, only during the call that gives it.
 */
public interface Utf8Texts {
  /**
   * @param question an answered text question
   * @return the length of its answer's bytes, or -1 when the answer is held as a string only
   *     (then read it through the row's {@code text})
   */
  int textLength(int question);

  /**
   * @param question an answered text question whose {@link #textLength} is not -1
   * @return where its bytes start in {@link #textBytes()}
   */
  int textOffset(int question);

  /**
   * @return the array holding the bytes of the row's text answers
   */
  byte[] textBytes();
}

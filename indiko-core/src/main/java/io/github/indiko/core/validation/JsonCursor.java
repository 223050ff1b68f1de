package io.github.indiko.core.validation;

import io.github.indiko.core.internal.data.Swar;
import java.nio.charset.StandardCharsets;

/**
 * A cursor over the bytes of one JSON line, reading format v1's tokens in place: strings (with
 * their UTF-8 and escapes checked), numbers of at most 15 digits, the literals, separators, and
 * member names or values that must be one of a set of {@link ByteKeys}. Each reader leaves {@link
 * #p} after what it read and returns false (or -1) on anything it does not read here, which the
 * reference parser then decides. The fast reader of responses ({@link FastResponses}) walks a line
 * with it. Not thread-safe: one per thread, reused line after line.
 */
class JsonCursor {
  /** What {@link #separator} read: a comma, and the spaces after it. */
  static final int MORE = 0;

  /** What {@link #separator} read: the closing bracket. */
  static final int CLOSED = 1;

  /** What {@link #separator} read: anything else. */
  static final int WRONG = 2;

  /** Longest integer or decimal read here, in digits: beyond, the reference reads it. */
  static final int MAX_DIGITS = 15;

  static final long TRUE = Swar.partialWord("true".getBytes(StandardCharsets.US_ASCII), 0, 4);
  static final long FALSE = Swar.partialWord("false".getBytes(StandardCharsets.US_ASCII), 0, 5);
  static final long NULL = Swar.partialWord("null".getBytes(StandardCharsets.US_ASCII), 0, 4);
  private static final double[] POWERS_OF_TEN = new double[MAX_DIGITS + 1];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  /** The line's bytes, the position of the next byte to read, and the line's end. */
  byte[] b = new byte[0];

  int p;
  int end;

  /** The last string read: its content's bounds, and whether it holds an escape. */
  int stringStart;

  int stringEnd;
  boolean escaped;

  /** The last number read: digits without the point, and how many follow the point. */
  long mantissa;

  int fractionDigits;

  /**
   * Starts on a line.
   *
   * @param bytes the line's bytes
   * @param offset where the line starts
   * @param length its length, without terminator
   */
  final void start(byte[] bytes, int offset, int length) {
    b = bytes;
    p = offset;
    end = offset + length;
  }

  /**
   * Reads what follows a member or an element: a comma and the spaces after it ({@link #MORE}),
   * or the closing bracket ({@link #CLOSED}), after optional spaces; {@link #WRONG} otherwise.
   */
  final int separator(char closer) {
    if (p + 1 < end) {
      byte c = b[p];
      if (c == ',' && b[p + 1] > ' ') {
        p++;
        return MORE;
      }
      if (c == closer) {
        p++;
        return CLOSED;
      }
    }
    space();
    if (p >= end) {
      return WRONG;
    }
    byte c = b[p++];
    if (c == closer) {
      return CLOSED;
    }
    if (c != ',') {
      return WRONG;
    }
    space();
    return MORE;
  }

  /** The colon after a member name, and the spaces around it. */
  final boolean colon() {
    if (p + 1 < end && b[p] == ':' && b[p + 1] > ' ') {
      p++;
      return true;
    }
    space();
    if (!next(':')) {
      return false;
    }
    space();
    return true;
  }

  final void space() {
    while (p < end) {
      byte c = b[p];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return;
      }
      p++;
    }
  }

  final boolean next(char expected) {
    if (p < end && b[p] == expected) {
      p++;
      return true;
    }
    return false;
  }

  final boolean isNull() {
    return p < end && b[p] == 'n' && literal(NULL);
  }

  /** One of {@link #TRUE}, {@link #FALSE} or {@link #NULL}, followed by a delimiter. */
  final boolean literal(long word) {
    int length = word == FALSE ? 5 : 4;
    if (end - p < length || Swar.partialWord(b, p, length) != word || !delimited(p + length)) {
      return false;
    }
    p += length;
    return true;
  }

  /** Whether a number or literal ending before {@code i} is followed by what may follow it. */
  private boolean delimited(int i) {
    if (i == end) {
      return true;
    }
    byte c = b[i];
    return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /**
   * Reads a member name that must be one of {@code keys}, the colon after it and the whitespace
   * after the colon: found by its first bytes ({@link ByteKeys#nameAt}), else scanned and looked
   * up.
   *
   * @return the key's position, or -1 when the name is not a plain string or not a key, or no
   *     colon follows
   */
  final int key(ByteKeys keys) {
    if (p < end && b[p] == '"') {
      int found = keys.nameAt(b, p + 1, end);
      if (found >= 0) {
        p += keys.length(found) + 3;
        space();
        return found;
      }
    }
    int found = value(keys);
    return found >= 0 && colon() ? found : -1;
  }

  /**
   * Reads a string that must be one of {@code keys}.
   *
   * @return the key's position, or -1 when the string is not plain or not a key
   */
  final int value(ByteKeys keys) {
    if (p >= end || b[p] != '"') {
      return -1;
    }
    int found = keys.findQuoted(b, p + 1, end);
    if (found >= 0) {
      p += keys.length(found) + 2;
      return found;
    }
    if (found == ByteKeys.NOT_A_KEY || !plainString()) {
      return -1;
    }
    return keys.find(b, stringStart, stringEnd);
  }

  final boolean plainString() {
    return string() && !escaped;
  }

  final boolean string() {
    if (p >= end || b[p] != '"') {
      return false;
    }
    int i = p + 1;
    stringStart = i;
    escaped = false;
    while (i < end) {
      // Plain bytes eight at a time, up to the first quote, backslash, control or non-ASCII.
      while (i + 8 <= end) {
        long word = Swar.word(b, i);
        long special = Swar.stringSpecial(word);
        if (special != 0) {
          i += Swar.first(special);
          break;
        }
        i += 8;
      }
      if (i >= end) {
        return false;
      }
      int c = b[i];
      if (c == '"') {
        stringEnd = i;
        p = i + 1;
        return true;
      }
      if (c == '\\') {
        escaped = true;
        i = JsonStrings.escape(b, i + 1, end);
      } else if (c < 0) {
        i = JsonStrings.utf8(b, i, end, c & 0xff);
      } else if (c < 0x20) {
        return false;
      } else {
        i++;
      }
      if (i < 0) {
        return false;
      }
    }
    return false;
  }

  /** {@code -?(0|[1-9][0-9]*)(.[0-9]+)?} with at most 15 digits, followed by a delimiter. */
  final boolean number() {
    if (end - p >= 2) {
      int digit = b[p] - '0';
      byte next = b[p + 1];
      if (digit >= 0 && digit <= 9 && (next == ',' || next == '}')) {
        mantissa = digit;
        fractionDigits = 0;
        p++;
        return true;
      }
    }
    int i = p;
    boolean negative = i < end && b[i] == '-';
    if (negative) {
      i++;
    }
    if (i >= end || b[i] < '0' || b[i] > '9') {
      return false;
    }
    long digits = 0;
    int count = 0;
    if (b[i] == '0') {
      i++;
      count = 1;
    } else {
      while (i < end && b[i] >= '0' && b[i] <= '9') {
        digits = digits * 10 + (b[i++] - '0');
        count++;
      }
    }
    fractionDigits = 0;
    if (i < end && b[i] == '.') {
      i++;
      int start = i;
      while (i < end && b[i] >= '0' && b[i] <= '9') {
        digits = digits * 10 + (b[i++] - '0');
        count++;
      }
      fractionDigits = i - start;
      if (fractionDigits == 0) {
        return false;
      }
    }
    if (count > MAX_DIGITS || !delimited(i)) {
      return false;
    }
    mantissa = negative ? -digits : digits;
    p = i;
    return true;
  }

  /** The last number's value, as {@link java.math.BigDecimal#doubleValue()} gives it. */
  final double value() {
    // Both operands are exact doubles (at most 15 digits), so the quotient is correctly rounded.
    return fractionDigits == 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits];
  }

  /** A string of [a-z0-9][a-z0-9._-]{0,63}. */
  final boolean identifier(int from, int to) {
    int length = to - from;
    if (length < 1 || length > 64 || !lowerOrDigit(b[from])) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      byte c = b[i];
      if (!lowerOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean lowerOrDigit(byte c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }
}

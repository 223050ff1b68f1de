package io.github.indiko.core.validation;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The checks and decoding of a JSON string's content on bytes, for {@link JsonCursor}: escapes,
 * well-formed UTF-8 (Unicode's table 3-7), lengths in code points. Stateless.
 */
final class JsonStrings {
  private JsonStrings() {}

  /**
   * @return the index after the escape whose letter is at {@code i}, or -1 when it is not one
   */
  static int escape(byte[] b, int i, int end) {
    if (i >= end) {
      return -1;
    }
    switch (b[i]) {
      case '"':
      case '\\':
      case '/':
      case 'b':
      case 'f':
      case 'n':
      case 'r':
      case 't':
        return i + 1;
      case 'u':
        if (end - i < 5) {
          return -1;
        }
        for (int k = 1; k <= 4; k++) {
          if (Character.digit(b[i + k], 16) < 0) {
            return -1;
          }
        }
        return i + 5;
      default:
        return -1;
    }
  }

  /**
   * @return the index after the well-formed UTF-8 sequence that starts with {@code lead} at
   *     {@code i} (Unicode's table 3-7), or -1
   */
  static int utf8(byte[] b, int i, int end, int lead) {
    int length;
    int low = 0x80;
    int high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead == 0xe0) {
        low = 0xa0;
      } else if (lead == 0xed) {
        high = 0x9f;
      }
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead == 0xf0) {
        low = 0x90;
      } else if (lead == 0xf4) {
        high = 0x8f;
      }
    } else {
      return -1;
    }
    if (end - i < length) {
      return -1;
    }
    int second = b[i + 1] & 0xff;
    if (second < low || second > high) {
      return -1;
    }
    for (int k = 2; k < length; k++) {
      int next = b[i + k] & 0xff;
      if (next < 0x80 || next > 0xbf) {
        return -1;
      }
    }
    return i + length;
  }

  /**
   * @return the number of code points of the well-formed UTF-8 in {@code b[from..to)}: its bytes
   *     that do not continue a sequence
   */
  static int codePoints(byte[] b, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      count += (b[i] & 0xc0) == 0x80 ? 0 : 1;
    }
    return count;
  }

  /**
   * A string's content {@code b[stringStart..stringEnd)}, its escapes decoded; null when an escape is a surrogate, which the
   * reference reads.
   */
  static @Nullable String decode(byte[] b, int stringStart, int stringEnd) {
    StringBuilder out = new StringBuilder(stringEnd - stringStart);
    int from = stringStart;
    int i = stringStart;
    while (i < stringEnd) {
      if (b[i] != '\\') {
        i++;
        continue;
      }
      out.append(new String(b, from, i - from, StandardCharsets.UTF_8));
      char c;
      switch (b[i + 1]) {
        case 'b' -> c = '\b';
        case 'f' -> c = '\f';
        case 'n' -> c = '\n';
        case 'r' -> c = '\r';
        case 't' -> c = '\t';
        case 'u' -> {
          c = (char) Integer.parseInt(new String(b, i + 2, 4, StandardCharsets.US_ASCII), 16);
          if (Character.isSurrogate(c)) {
            return null;
          }
          i += 4;
        }
        default -> c = (char) b[i + 1];
      }
      out.append(c);
      i += 2;
      from = i;
    }
    return out.append(new String(b, from, stringEnd - from, StandardCharsets.UTF_8)).toString();
  }
}

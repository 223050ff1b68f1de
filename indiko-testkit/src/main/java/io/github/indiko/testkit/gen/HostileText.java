package io.github.indiko.testkit.gen;

import io.github.indiko.testkit.property.Gen;
import java.util.List;

/**
 * Generators of hostile free text: what a citizen may type into a comment box to attack or break
 * whatever shows it later. Spreadsheet formula prefixes ({@code = + - @}) at the start, tabs,
 * carriage returns and line feeds, {@code <script>} and event-handler attributes, quotes that close
 * an attribute, right-to-left and zero-width marks, NUL characters (written {@code \u0000} in JSON),
 * emoji with joiners and variation selectors, and long runs up to the limit. Every text has at most
 * the given number of code points, so it is a valid answer to a {@code text} question of that
 * {@code maxLength}. Deterministic for a seed, shrinking toward a short first fragment. Immutable
 * and thread-safe.
 */
public final class HostileText {
  /** Formula-injection prefixes of spreadsheets: a text starting with one is run as a formula. */
  public static final List<String> FORMULA_PREFIXES = List.of("=", "+", "-", "@");

  private static final List<String> FORMULAS =
      List.of(
          "=1+1",
          "=HYPERLINK(\"http://example.invalid\",\"clic\")",
          "=cmd|' /C calc'!A0",
          "+33 1 23 45 67 89",
          "-2+3",
          "@SUM(A1:A9)",
          "\t=1+1",
          "\r=1+1");

  private static final List<String> FRAGMENTS =
      List.of(
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "\" onmouseover=\"alert(1)",
          "' onfocus='alert(1)' autofocus='",
          "</textarea><svg onload=alert(1)>",
          "javascript:alert(1)",
          "&lt;&amp;&#x3C;",
          "\t",
          "\r",
          "\n",
          "\r\n",
          "a\u0000b",
          "\u0000",
          "\u202Egnp.exe",
          "\u200F\u200E\u200B\uFEFF",
          "😀",
          "👨‍👩‍👧‍👦",
          "🏛️",
          "é\u0301",
          "${7*7}{{7*7}}",
          "\\\"'`",
          ",;\"\"",
          "%s%n%x");

  private static final List<String> RUNS = List.of("x", "😀", "é", "<", "\"");

  private HostileText() {}

  /**
   * @return hostile texts of at most 2 000 code points, the default {@code maxLength} of a {@code
   *     text} question
   */
  public static Gen<String> texts() {
    return texts(2000);
  }

  /**
   * @param maxLength the most code points, at least 1
   * @return hostile texts of 1 to {@code maxLength} code points
   */
  public static Gen<String> texts(int maxLength) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("a hostile text has at least 1 code point: " + maxLength);
    }
    return source -> {
      StringBuilder text = new StringBuilder();
      text.append(Draws.coin(source) ? Draws.pick(source, FORMULAS) : Draws.pick(source, FRAGMENTS));
      for (int more = Draws.between(source, 0, 4); more > 0; more--) {
        text.append(Draws.pick(source, FRAGMENTS));
      }
      if (Draws.oneIn(source, 4)) {
        text.append(Draws.pick(source, RUNS).repeat(Draws.between(source, 1, maxLength)));
      }
      return cut(text.toString(), maxLength);
    };
  }

  /** The first {@code max} code points of {@code text}. */
  private static String cut(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max));
  }
}

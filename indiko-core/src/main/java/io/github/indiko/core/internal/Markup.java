package io.github.indiko.core.internal;

import io.github.indiko.core.LocalizedText;

/**
 * The one escaping function of Indiko's HTML and SVG writers (reports, forms, communication kit):
 * every text that comes from data goes through {@link #escape} before it is written into markup.
 */
public final class Markup {
  private static final char REPLACEMENT = '\uFFFD';

  private Markup() {}

  /**
   * Escapes a text so that it can stand in an element or a double-quoted attribute of HTML or of
   * XML 1.0 (SVG). {@code &}, {@code <}, {@code >}, {@code "} and {@code '} become {@code &amp;},
   * {@code &lt;}, {@code &gt;}, {@code &quot;} and {@code &#39;}; every code point that XML 1.0
   * does not allow or that HTML's parser reports as an error is replaced by U+FFFD: C0 controls
   * but tab, line feed and carriage return; DEL and the C1 controls; unpaired surrogates; and the
   * noncharacters (U+FDD0 to U+FDEF, and the last two code points of every plane, such as U+FFFE
   * and U+FFFF). Everything else, bidirectional controls included, is kept: isolate data with
   * {@link #bdi} where its direction must not leak.
   *
   * @param text any text
   * @return the text as markup, with no other entity or character reference than the five above
   */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> {
          if (allowed(c)) {
            escaped.appendCodePoint(c);
          } else {
            escaped.append(REPLACEMENT);
          }
        }
      }
    }
    return escaped.toString();
  }

  /**
   * @param text any text
   * @return the text escaped and isolated in {@code <bdi>}, so that its bidirectional controls
   *     stay inside
   */
  public static String bdi(String text) {
    return "<bdi>" + escape(text) + "</bdi>";
  }

  /**
   * A label chosen from the definitions, escaped and isolated in {@code <bdi>}, with its own
   * {@code lang} when its language is not the page's.
   *
   * @param label the text and the tag it is written in
   * @param pageLanguage the language of the page, e.g. {@code fr}
   * @return the markup
   */
  public static String label(LocalizedText.Choice label, String pageLanguage) {
    if (label.isIn(pageLanguage)) {
      return bdi(label.text());
    }
    return "<bdi lang=\"" + escape(label.tag()) + "\">" + escape(label.text()) + "</bdi>";
  }

  private static boolean allowed(int c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    if (c >= 0x7f && c <= 0x9f) {
      return false;
    }
    if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
      return false;
    }
    boolean noncharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    return !noncharacter;
  }
}

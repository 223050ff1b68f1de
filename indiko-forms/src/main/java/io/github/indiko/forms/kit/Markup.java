package io.github.indiko.forms.kit;

/**
 * The one escaping function of the kit: every text that comes from data (names, the link) goes
 * through {@link #escape} before it is written into HTML or SVG.
 */
final class Markup {
  private Markup() {}

  /**
   * Escapes {@code & < > " '} so that a text can stand in an element or a quoted attribute of HTML
   * or XML, and replaces what neither allows (C0 controls but tab, line feed and carriage return;
   * DEL; C1 controls; U+FFFE, U+FFFF; unpaired surrogates) by U+FFFD.
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            escaped.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)
              || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
              || (c >= 0x7f && c <= 0x9f)
              || c == '\uFFFE'
              || c == '\uFFFF') {
            escaped.append('\uFFFD');
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  /** A text from data, escaped and isolated so that its bidirectional controls stay inside. */
  static String bdi(String text) {
    return "<bdi>" + escape(text) + "</bdi>";
  }
}

package io.github.indiko.forms;

/** The one escaping function of the forms: every text from data goes through it. */
final class Html {
  private Html() {}

  /**
   * Escapes {@code & < > " '} so that a text can stand in an element or a double-quoted attribute,
   * and replaces what HTML does not allow in text (C0 controls but tab, line feed and carriage
   * return; DEL; C1 controls; unpaired surrogates) by U+FFFD.
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
          } else {
            boolean forbidden =
                (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    || (c >= 0x7f && c <= 0x9f)
                    || Character.isSurrogate(c);
            escaped.append(forbidden ? '\uFFFD' : c);
          }
        }
      }
    }
    return escaped.toString();
  }
}

package io.github.indiko.forms.kit;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * The short text for social networks: the language's {@code social.text} with the structure's
 * name, the edition's name and the link, at most {@value #MAX_LENGTH} code points. Names are
 * shortened with an ellipsis, at a grapheme boundary, until it fits; the link never is.
 */
final class SocialText {
  /** The longest text, in Unicode code points, link included. */
  static final int MAX_LENGTH = 280;

  private static final String ELLIPSIS = "…";

  private SocialText() {}

  static String of(KitText text, String structure, String edition, String link) {
    String structureName = plain(structure);
    String editionName = plain(edition);
    int fixed = length(text.msg("social.text", "", "", link));
    int budget = MAX_LENGTH - fixed;
    int structureLength = length(structureName);
    int editionLength = length(editionName);
    if (structureLength + editionLength > budget) {
      // The structure's name comes first; the edition's keeps at least a third of the room.
      int editionRoom = Math.max(budget - structureLength, Math.min(editionLength, budget / 3));
      editionName = shorten(editionName, editionRoom);
      structureName = shorten(structureName, budget - length(editionName));
    }
    return text.msg("social.text", structureName, editionName, link);
  }

  /**
   * A name as plain text on one line: control characters and the bidirectional embeddings,
   * overrides and isolates (which plain text cannot confine) are removed, runs of white space become
   * one space, and the ends are trimmed.
   */
  static String plain(String name) {
    StringBuilder plain = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = plain.length() > 0;
      } else if (!Character.isISOControl(c)
          && !(c >= 0x202A && c <= 0x202E)
          && !(c >= 0x2066 && c <= 0x2069)) {
        if (space) {
          plain.append(' ');
          space = false;
        }
        plain.appendCodePoint(c);
      }
    }
    return plain.toString();
  }

  /** The name cut to at most {@code max} code points, ellipsis included, at a grapheme boundary. */
  static String shorten(String name, int max) {
    if (length(name) <= max) {
      return name;
    }
    BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
    graphemes.setText(name);
    int end = 0;
    for (int next = graphemes.next(); next != BreakIterator.DONE; next = graphemes.next()) {
      if (name.codePointCount(0, next) > max - 1) {
        break;
      }
      if (!joined(name, next)) {
        end = next;
      }
    }
    return name.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  /**
   * Whether a boundary of Java 17's character iterator lies inside an emoji sequence of Unicode's
   * extended grapheme clusters, which it does not know: next to a zero-width joiner, or before a
   * variation selector or a skin-tone modifier.
   */
  private static boolean joined(String name, int boundary) {
    if (boundary <= 0 || boundary >= name.length()) {
      return false;
    }
    int before = name.codePointBefore(boundary);
    int after = name.codePointAt(boundary);
    return before == 0x200D
        || after == 0x200D
        || after == 0xFE0E
        || after == 0xFE0F
        || (after >= 0x1F3FB && after <= 0x1F3FF);
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}

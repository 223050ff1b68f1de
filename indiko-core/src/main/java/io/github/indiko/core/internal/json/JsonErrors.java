package io.github.indiko.core.internal.json;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * What a Jackson failure to read a document means, in the words of format v1 and with its place,
 * for every strict reader of a document (the definitions, {@code results.json}). Stateless.
 */
public final class JsonErrors {
  private static final String DUPLICATE = "Duplicate Object property ";
  private static final String NON_STANDARD = "Non-standard token '";

  /** How Jackson quotes a character it did not expect: {@code ('c' (code 65279 / 0xfeff))}. */
  private static final Pattern QUOTED =
      Pattern.compile("\\('(.)' \\(code \\d+(?: / 0x[0-9a-f]+)?\\)\\)", Pattern.DOTALL);

  private JsonErrors() {}

  /**
   * @param e a failure to read a document
   * @return the JSON pointer of the value being read when it failed, or {@code ""} (the document)
   */
  public static String pointer(JacksonException e) {
    if (e.processor() instanceof JsonParser parser) {
      return parser.streamReadContext().pathAsPointer().toString();
    }
    return "";
  }

  /**
   * Says what is wrong: a duplicate member, a non-finite number ({@code NaN}, {@code Infinity}),
   * content after the end of the document, a limit passed, or else invalid JSON in Jackson's words;
   * followed by the line and column when Jackson knows them. Every character of the message is
   * {@linkplain #visible visible}.
   *
   * @param e a failure to read a document
   * @return the message
   */
  public static String describe(JacksonException e) {
    String original = String.valueOf(e.getOriginalMessage());
    String message;
    if (original.startsWith(DUPLICATE)) {
      message = "duplicate member " + original.substring(DUPLICATE.length());
    } else if (original.startsWith(NON_STANDARD)) {
      int end = original.indexOf('\'', NON_STANDARD.length());
      message =
          "non-finite number "
              + original.substring(NON_STANDARD.length(), end)
              + ": numbers must be finite";
    } else if (original.startsWith("Trailing token")) {
      message = "content after the end of the document";
    } else if (e instanceof StreamConstraintsException) {
      message = "too large: " + original.replaceAll(", from `[^`]*`", "");
    } else {
      message = "invalid JSON: " + original;
    }
    TokenStreamLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      message +=
          String.format(
              Locale.ROOT, " (line %d, column %d)", location.getLineNr(), location.getColumnNr());
    }
    return visible(message);
  }

  /**
   * Shows the invisible characters of a message as code points: where Jackson quotes a character
   * it did not expect, {@code ('c' (code 65279 / 0xfeff))}, an invisible one becomes {@code U+FEFF
   * (byte order mark)}; any other control, format, separator (but the space), private-use or
   * unassigned character, or unpaired surrogate becomes {@code U+XXXX}, so that a message never
   * holds a character its reader cannot see.
   *
   * @param message a message for a person
   * @return the message, every character visible
   */
  public static String visible(String message) {
    Matcher quoted = QUOTED.matcher(message);
    StringBuilder shown = new StringBuilder(message.length() + 16);
    while (quoted.find()) {
      int c = quoted.group(1).charAt(0);
      String replacement =
          invisible(c)
              ? codePoint(c) + (c == '\uFEFF' ? " (byte order mark)" : "")
              : quoted.group();
      quoted.appendReplacement(shown, Matcher.quoteReplacement(replacement));
    }
    quoted.appendTail(shown);
    StringBuilder visible = new StringBuilder(shown.length());
    shown.codePoints()
        .forEach(c -> visible.append(invisible(c) ? codePoint(c) : Character.toString(c)));
    return visible.toString();
  }

  private static boolean invisible(int c) {
    int type = Character.getType(c);
    return c != ' '
        && (type == Character.CONTROL
            || type == Character.FORMAT
            || type == Character.SPACE_SEPARATOR
            || type == Character.LINE_SEPARATOR
            || type == Character.PARAGRAPH_SEPARATOR
            || type == Character.SURROGATE
            || type == Character.PRIVATE_USE
            || type == Character.UNASSIGNED);
  }

  private static String codePoint(int c) {
    return String.format(Locale.ROOT, "U+%04X", c);
  }
}

package io.github.indiko.core.internal.json;

import java.util.Locale;
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
   * followed by the line and column when Jackson knows them.
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
    return message;
  }
}

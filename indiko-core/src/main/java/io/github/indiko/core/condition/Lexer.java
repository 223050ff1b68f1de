package io.github.indiko.core.condition;

import io.github.indiko.core.internal.Strings;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a condition into tokens on demand, so that the first error in reading order is the one
 * reported. Works on code points, so columns count code points.
 */
final class Lexer {
  /** Longest identifier, in characters. */
  static final int MAX_NAME = 64;

  private static final Map<String, Kind> KEYWORDS =
      Map.of(
          "not", Kind.NOT,
          "and", Kind.AND,
          "or", Kind.OR,
          "in", Kind.IN,
          "contains", Kind.CONTAINS,
          "answered", Kind.ANSWERED,
          "true", Kind.TRUE,
          "false", Kind.FALSE);

  enum Kind {
    NAME,
    NUMBER,
    STRING,
    NOT,
    AND,
    OR,
    IN,
    CONTAINS,
    ANSWERED,
    TRUE,
    FALSE,
    EQ,
    NE,
    LT,
    LE,
    GT,
    GE,
    OPEN,
    CLOSE,
    OPEN_LIST,
    CLOSE_LIST,
    COMMA,
    END
  }

  /**
   * A token.
   *
   * @param kind its kind
   * @param column its 1-based column
   * @param text its source text
   * @param string the name or the string's value, escapes resolved; empty for other kinds
   */
  record Token(Kind kind, int column, String text, String string) {
    /** Describes the token for a message: {@code 'and'}, {@code number 5}, {@code the end}. */
    String describe() {
      switch (kind) {
        case END:
          return "the end";
        case NUMBER:
          return "number " + Strings.abbreviate(text);
        case STRING:
          return "string " + Strings.abbreviate(text);
        default:
          return "'" + text + "'";
      }
    }
  }

  private final int[] source;
  private final Origin origin;
  private int position;

  /**
   * @param source the condition's code points
   * @param origin where a lexical error is thrown
   */
  Lexer(int[] source, Origin origin) {
    this.source = source;
    this.origin = origin;
  }

  static boolean isKeyword(String name) {
    return KEYWORDS.containsKey(name);
  }

  /**
   * @return the next token; {@link Kind#END} at the end, again and again
   * @throws ConditionException on an unexpected character, a bad number, string or name
   */
  Token next() {
    while (position < source.length && isSpace(source[position])) {
      position++;
    }
    int start = position;
    if (position == source.length) {
      return new Token(Kind.END, start + 1, "", "");
    }
    int c = source[position];
    if (c >= 'a' && c <= 'z') {
      return name(start);
    }
    if (c == '-' || isDigit(c)) {
      return number(start);
    }
    if (c == '\'') {
      return string(start);
    }
    position++;
    switch (c) {
      case '(':
        return token(Kind.OPEN, start);
      case ')':
        return token(Kind.CLOSE, start);
      case '[':
        return token(Kind.OPEN_LIST, start);
      case ']':
        return token(Kind.CLOSE_LIST, start);
      case ',':
        return token(Kind.COMMA, start);
      case '<':
        return token(accept('=') ? Kind.LE : Kind.LT, start);
      case '>':
        return token(accept('=') ? Kind.GE : Kind.GT, start);
      case '=':
        if (accept('=')) {
          return token(Kind.EQ, start);
        }
        throw origin.at(start + 1, "expected '==', found '='");
      case '!':
        if (accept('=')) {
          return token(Kind.NE, start);
        }
        throw origin.at(start + 1, "expected '!=', found '!'");
      default:
        throw origin.at(start + 1, "unexpected character " + show(c));
    }
  }

  private Token name(int start) {
    while (position < source.length && isNamePart(source[position])) {
      position++;
    }
    if (position - start > MAX_NAME) {
      throw origin.at(start + 1, "a name has at most " + MAX_NAME + " characters");
    }
    String text = text(start);
    Kind kind = KEYWORDS.getOrDefault(text, Kind.NAME);
    return new Token(kind, start + 1, text, kind == Kind.NAME ? text : "");
  }

  private Token number(int start) {
    if (source[position] == '-') {
      position++;
      digits("'-'");
    } else {
      digits("");
    }
    if (position < source.length && source[position] == '.') {
      position++;
      digits("'.'");
    }
    return token(Kind.NUMBER, start);
  }

  private void digits(String after) {
    int first = position;
    while (position < source.length && isDigit(source[position])) {
      position++;
    }
    if (position == first) {
      throw origin.at(position + 1, "expected a digit after " + after + ", found " + here());
    }
  }

  private Token string(int start) {
    position++;
    StringBuilder value = new StringBuilder();
    while (position < source.length && source[position] != '\'') {
      int c = source[position];
      if (c == '\\') {
        int escaped = position + 1 < source.length ? source[position + 1] : -1;
        if (escaped != '\\' && escaped != '\'') {
          throw origin.at(
              position + 1,
              "a string has only the escapes \\' and \\\\, found \\"
                  + (escaped < 0 ? " at the end" : new String(Character.toChars(escaped))));
        }
        value.appendCodePoint(escaped);
        position += 2;
      } else {
        value.appendCodePoint(c);
        position++;
      }
    }
    if (position == source.length) {
      throw origin.at(start + 1, "this string has no closing quote");
    }
    position++;
    return new Token(Kind.STRING, start + 1, text(start), value.toString());
  }

  private boolean accept(int c) {
    if (position < source.length && source[position] == c) {
      position++;
      return true;
    }
    return false;
  }

  private Token token(Kind kind, int start) {
    return new Token(kind, start + 1, text(start), "");
  }

  private String text(int start) {
    return new String(source, start, position - start);
  }

  private String here() {
    return position < source.length ? show(source[position]) : "the end";
  }

  private static String show(int c) {
    int type = Character.getType(c);
    if (type == Character.CONTROL
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED
        || type == Character.FORMAT
        || Character.isWhitespace(c)) {
      return String.format(Locale.ROOT, "U+%04X", c);
    }
    return "'" + new String(Character.toChars(c)) + "'";
  }

  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isNamePart(int c) {
    return (c >= 'a' && c <= 'z') || isDigit(c) || c == '_';
  }
}

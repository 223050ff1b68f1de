package io.github.indiko.core.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Argument checks shared by the records of the domain; messages name the rule and the value. */
public final class Checks {
  /** Identifiers of format v1: {@code [a-z0-9][a-z0-9._-]{0,63}}. */
  public static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private Checks() {}

  /**
   * @param value a candidate identifier
   * @param what what it identifies, for the message
   * @return the value
   * @throws IllegalArgumentException when it is not an identifier of format v1
   */
  public static String identifier(String value, String what) {
    if (!IDENTIFIER.matcher(value).matches()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s id must match [a-z0-9][a-z0-9._-]{0,63}: \"%s\"",
              what,
              Strings.abbreviate(value)));
    }
    return value;
  }

  /**
   * @param value a text
   * @param max longest allowed, in code points
   * @param what what it is, for the message
   * @return the value
   */
  public static String maxCodePoints(String value, int max, String what) {
    int length = value.codePointCount(0, value.length());
    if (length > max) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s has %d characters, more than %d", what, length, max));
    }
    return value;
  }
}

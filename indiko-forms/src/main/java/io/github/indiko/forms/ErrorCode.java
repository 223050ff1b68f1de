package io.github.indiko.forms;

import java.util.Locale;

/** The codes of {@link FieldError}: each has a message {@code error.<code>} in every bundle. */
enum ErrorCode {
  REQUIRED,
  NOT_A_NUMBER,
  NOT_AN_INTEGER,
  NOT_A_DATE,
  OUT_OF_RANGE,
  NOT_AN_OPTION,
  REPEATED_OPTION,
  TOO_FEW_SELECTED,
  TOO_MANY_SELECTED,
  TOO_LONG,
  REPEATED,
  TOO_LARGE,
  ANSWERED_HIDDEN,
  MALFORMED,
  BODY_TOO_LARGE,
  TOO_MANY_FIELDS,
  UNKNOWN_FIELD,
  NOT_ACCEPTED;

  /** The code as {@link FieldError#code()} gives it, e.g. {@code not_an_option}. */
  String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}

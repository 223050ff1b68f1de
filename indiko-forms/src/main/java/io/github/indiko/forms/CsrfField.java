package io.github.indiko.forms;

import io.github.indiko.core.internal.Markup;
import java.util.Objects;

/**
 * The host's anti-forgery token, rendered as a hidden field of the form and ignored by {@link
 * Submissions} (checking it is the host's job, before parsing). Immutable.
 *
 * @param name the field's name, not empty; it must not be a question id
 * @param value the token
 */
public record CsrfField(String name, String value) {
  /** Checks that the name is not empty and nothing is null. */
  public CsrfField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a CSRF field name must not be empty");
    }
  }

  /** Appends the hidden field, its name and value escaped, as every form of the module has it. */
  void appendHidden(StringBuilder out) {
    out.append("<input type=\"hidden\" name=\"")
        .append(Markup.escape(name))
        .append("\" value=\"")
        .append(Markup.escape(value))
        .append("\">\n");
  }
}

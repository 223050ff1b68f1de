package io.github.indiko.core.questionnaire;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.internal.Strings;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A declared value of a segment key (analysis.md §A2, Declaration), such as {@code 35-64} of the
 * key {@code age}. Checked on construction: the value's form and a label. The specification calls
 * segment values identifiers and writes {@code 65+} in its own example, so a value is an
 * identifier of format v1 in which {@code +} is also allowed (Segments in docs/decisions.md).
 *
 * @param value its value in responses' {@code segment}
 * @param label its label
 */
public record SegmentValue(String value, LocalizedText label) {
  /** The form of a segment value: {@code [a-z0-9][a-z0-9._+-]{0,63}}. */
  public static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._+-]{0,63}");

  /** Checks the value's form and that the label is not null. */
  public SegmentValue {
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a segment value must match [a-z0-9][a-z0-9._+-]{0,63}: \""
              + Strings.abbreviate(value)
              + "\"");
    }
    Objects.requireNonNull(label, "label");
  }
}

package io.github.indiko.core.questionnaire;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A segment key a questionnaire declares, with its values in order (analysis.md §A2,
 * Declaration): responses name a value of it in their {@code segment}, and results break the
 * structure's indicators down by it. Checked on construction: the key is an identifier, the label
 * is not null and the values are distinct. Checked by Bean Validation: {@value #MIN_VALUES} to
 * {@value #MAX_VALUES} values.
 *
 * @param key its key in responses' {@code segment}
 * @param label its label
 * @param values its values, in declared order
 */
public record Segment(
    String key,
    LocalizedText label,
    @Size(
            min = MIN_VALUES,
            max = MAX_VALUES,
            message = "{io.github.indiko.core.questionnaire.Segment.values}")
        List<@Valid SegmentValue> values) {
  /** Fewest values of a key: a breakdown of one value says nothing. */
  public static final int MIN_VALUES = 2;

  /** Most values of a key: a bound on the cells a structure's breakdown holds. */
  public static final int MAX_VALUES = 50;

  /** Checks the key, the label and that values are distinct, and copies the values. */
  public Segment {
    Checks.identifier(key, "segment");
    Objects.requireNonNull(label, "label");
    values = List.copyOf(values);
    Set<String> seen = new HashSet<>();
    for (SegmentValue value : values) {
      if (!seen.add(value.value())) {
        throw new IllegalArgumentException(
            "segment " + key + ": value \"" + value.value() + "\" is repeated");
      }
    }
  }

  /**
   * @param value a value of a response's {@code segment}
   * @return its position among the declared values, or −1 when it is not one of them
   */
  public int position(String value) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).value().equals(value)) {
        return i;
      }
    }
    return -1;
  }
}

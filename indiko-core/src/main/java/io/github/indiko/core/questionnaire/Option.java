package io.github.indiko.core.questionnaire;

import io.github.indiko.core.LocalizedText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An option of a {@code single_choice} or {@code multi_choice} question. Checked on construction:
 * the value is not empty (it names the option in responses) and the label is not null. Checked by
 * Bean Validation: the score's range.
 *
 * @param value its value in responses, non-empty, unique in its question
 * @param label its label
 * @param score its item score in [0, 100], or null when choosing it is not scored (always null in
 *     a multi_choice)
 * @param favourable true or false when the option counts as (un)favourable, else null
 */
public record Option(
    String value,
    LocalizedText label,
    @Nullable @DecimalMin("0") @DecimalMax("100") Double score,
    @Nullable Boolean favourable) {
  /** Checks that the value is not empty and the label not null. */
  public Option {
    if (value.isEmpty()) {
      throw new IllegalArgumentException("an option value must not be empty");
    }
    Objects.requireNonNull(label, "label");
  }

  /**
   * @param options a question's options
   * @param value an option value
   * @return the position of the option with that value
   * @throws IllegalArgumentException when no option has that value
   */
  public static int position(List<Option> options, String value) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).value().equals(value)) {
        return i;
      }
    }
    throw new IllegalArgumentException("\"" + value + "\" is not an option value");
  }
}

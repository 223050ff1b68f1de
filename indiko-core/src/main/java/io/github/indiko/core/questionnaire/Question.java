package io.github.indiko.core.questionnaire;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.Theme;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.util.Objects;
import org.hibernate.validator.constraints.CodePointLength;
import org.jspecify.annotations.Nullable;

/**
 * A question of a questionnaire: the members all types share, and its {@link QuestionType}.
 * Checked on construction: nothing required is null. Checked by Bean Validation: the weight, the
 * length of the condition, and the rules of its type (cascaded).
 *
 * @param id its identifier, unique in the questionnaire
 * @param type its type and the type's own members
 * @param label its label
 * @param help a help text, or null
 * @param theme the theme it is scored on, or null when it has none
 * @param weight its weight in its theme, in (0, 1000] (default 1)
 * @param required whether an answer is required when the question is shown
 * @param when the condition that shows it ({@code conditions.md}), at most 1 000 code points, or
 *     null when always shown
 */
public record Question(
    QuestionId id,
    @Valid QuestionType type,
    LocalizedText label,
    @Nullable LocalizedText help,
    @Nullable Theme theme,
    @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") double weight,
    boolean required,
    @Nullable @CodePointLength(max = 1000) String when) {

  /** Checks that nothing required is null. */
  public Question {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
  }
}

package io.github.indiko.core.grid;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.Theme;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.util.Objects;
import org.hibernate.validator.constraints.CodePointLength;
import org.jspecify.annotations.Nullable;

/**
 * A criterion of an audit grid. Checked on construction: nothing required is null. Checked by Bean
 * Validation: the weight, the length of the condition, and the rules of a measure (cascaded).
 *
 * @param id its identifier, unique in the grid
 * @param channel the channel it is observed on
 * @param type check or measure, with the measure's members
 * @param label its label
 * @param theme the theme it is scored on, or null
 * @param weight its weight in its theme, in (0, 1000] (default 1)
 * @param when the condition that shows it, at most 1 000 code points, or null when always observed
 */
public record Criterion(
    CriterionId id,
    Channel channel,
    @Valid CriterionType type,
    LocalizedText label,
    @Nullable Theme theme,
    @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") double weight,
    @Nullable @CodePointLength(max = 1000) String when) {

  /** Checks that nothing required is null. */
  public Criterion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
  }
}

package io.github.indiko.reports;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.grid.CriterionId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One scored criterion in the organisation audit (scoring.md §8.3).
 *
 * @param id the criterion
 * @param channel its channel
 * @param theme its theme, or null
 * @param weight its weight
 * @param conformity its item value (audit strategy), 0–100
 * @param gap 100 − conformity
 * @param observations item scores (observations other than {@code na})
 * @param failed observations {@code not_met} or {@code missed} or with an item score below 50
 * @param failing whether failed ≥ observations / 2
 */
public record CriterionConformity(
    CriterionId id,
    Channel channel,
    @Nullable Theme theme,
    double weight,
    double conformity,
    double gap,
    long observations,
    long failed,
    boolean failing) {
  /** Checks that nothing required is null. */
  public CriterionConformity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(channel, "channel");
  }
}

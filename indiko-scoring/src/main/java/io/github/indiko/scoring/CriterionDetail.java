package io.github.indiko.scoring;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.grid.CriterionId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The raw results of one audit criterion for one structure (scoring.md §8.1). Immutable.
 *
 * @param id the criterion
 * @param channel its channel
 * @param type {@code check} or {@code measure}
 * @param theme its theme, or null
 * @param weight its weight in its theme
 * @param scored whether its observations have item scores (a check, or a measure with a target)
 * @param met observations {@code met}
 * @param notMet observations {@code not_met}
 * @param measured observations that are a number
 * @param missed observations {@code missed}
 * @param na observations {@code na}
 * @param failing observations whose item score is below 50 ({@code not_met} and {@code missed}
 *     among them); 0 when not scored
 * @param measures the measured numbers, or null when none
 */
public record CriterionDetail(
    CriterionId id,
    Channel channel,
    String type,
    @Nullable Theme theme,
    double weight,
    boolean scored,
    long met,
    long notMet,
    long measured,
    long missed,
    long na,
    long failing,
    @Nullable QuantitySummary measures) {

  /** Checks that nothing required is null. */
  public CriterionDetail {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(type, "type");
  }

  /**
   * @return observations other than {@code na}: met, not met, measured and missed
   */
  public long observed() {
    return met + notMet + measured + missed;
  }
}

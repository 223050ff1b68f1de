package io.github.indiko.scoring.spi;

import io.github.indiko.core.structure.StructureId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a ranking policy may rank an eligible structure on.
 *
 * @param structure the structure
 * @param composite its composite index (never partial for an eligible structure), or null
 * @param respondents responses that scored at least one weighted theme (the respondent index's n)
 * @param respondentIndex the mean respondent index (scoring.md §7), or null when none
 * @param respondentIndexInterval its Student t interval, or null when fewer than two
 */
public record RankingInput(
    StructureId structure,
    @Nullable Double composite,
    long respondents,
    @Nullable Double respondentIndex,
    @Nullable Interval respondentIndexInterval) {
  /** Checks that the structure is given. */
  public RankingInput {
    Objects.requireNonNull(structure, "structure");
  }
}

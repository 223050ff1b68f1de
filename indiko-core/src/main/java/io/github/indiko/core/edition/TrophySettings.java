package io.github.indiko.core.edition;

import jakarta.validation.constraints.Min;

/**
 * The {@code trophies} member of an edition. Checked by Bean Validation: both bounds below;
 * nothing is checked on construction.
 *
 * @param minimumEligible eligible structures a category needs for its trophy, at least 1 (default
 *     3)
 * @param consultationMinimumResponses accepted responses a structure needs for the citizen
 *     consultation trophy, at least 0 (default 30)
 */
public record TrophySettings(@Min(1) int minimumEligible, @Min(0) int consultationMinimumResponses) {
  /**
   * @return 3 and 30
   */
  public static TrophySettings defaults() {
    return new TrophySettings(3, 30);
  }
}

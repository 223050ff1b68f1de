package io.github.indiko.samples;

import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.format.AuditLines;
import io.github.indiko.testkit.property.RandomSource;
import org.jspecify.annotations.Nullable;

/**
 * The valid lines of a {@link SyntheticEdition}'s {@code audits.jsonl}, each followed, with the
 * doubles' ratio as probability, by a calibration double of it (analysis.md §A5) under the next id.
 * The doubles draw from a source of their own: the originals are the same whatever the ratio but
 * for their ids, and a ratio of 0 draws nothing. Not thread-safe: it remembers the last audit made.
 */
final class SyntheticDoubles implements SyntheticLines.LineMaker, SyntheticLines.Follower {
  private static final long PER_MILLION = 1_000_000;

  private final SyntheticPopulation population;
  private final SyntheticAudits audits;
  private final long threshold;
  private final RandomSource source;
  private @Nullable AuditRecord last;

  /**
   * @param population where the original audits are drawn
   * @param audits how a double is made
   * @param ratio the probability that an original has a double, in [0, 1]
   * @param source the doubles' draws
   */
  SyntheticDoubles(
      SyntheticPopulation population, SyntheticAudits audits, double ratio, RandomSource source) {
    this.population = population;
    this.audits = audits;
    this.threshold = Math.round(ratio * PER_MILLION);
    this.source = source;
  }

  /** An original audit under {@code id}, remembered for its double. */
  @Override
  public String line(RandomSource draws, String id) {
    AuditRecord audit = population.audit(draws, id);
    last = audit;
    return AuditLines.line(audit);
  }

  /** The double of the audit just made, under {@code id}, or null when it has none. */
  @Override
  public @Nullable String line(String id) {
    AuditRecord original = last;
    last = null;
    if (original == null || threshold == 0 || source.next(PER_MILLION - 1) >= threshold) {
      return null;
    }
    return AuditLines.line(audits.doubleOf(original, source, id));
  }
}
